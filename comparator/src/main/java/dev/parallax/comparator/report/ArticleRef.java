package dev.parallax.comparator.report;

/** An account in the report: who published it and where it was read from. {@code published} is ISO-8601 or null. */
public record ArticleRef(String id, String outlet, String title, String url, String published, String source) {}
