package dev.parallax.web.service;

/** A job as an import answer names it: follow {@code url} to see its progress. */
public record JobRef(long id, String state, String url) {
    public static JobRef of(long id, String state) {
        return new JobRef(id, state, "/api/jobs/" + id);
    }
}
