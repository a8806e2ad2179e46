package dev.parallax.web.service;

import java.util.List;

/** A job a worker now owns: what to do and on which articles. */
public record ClaimedJob(long id, String kind, List<String> articleIds, int attempts, String worker) {
    public static final String ANALYZE = "analyze";
    public static final String REANALYZE = "reanalyze";
}
