package dev.parallax.db;

import java.time.OffsetDateTime;

/** One account of an event: the article and its outlet. */
public record EventArticleRow(String id, String outlet, String title, String url, OffsetDateTime published) {}
