package dev.parallax.db;

import java.time.OffsetDateTime;

/** An article's metadata without its texts, as listings need it. */
public record ArticleRow(String id, String outlet, String title, String url, OffsetDateTime published, String byline,
                         String language, String source, int length, OffsetDateTime importedAt) {}
