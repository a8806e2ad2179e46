package dev.parallax.web.api;

import java.util.List;

/** One page of a listing; {@code total} counts every match, not just this page. */
public record ArticlePage(List<ArticleSummary> items, long total, int offset, int limit) {}
