package dev.parallax.db;

import java.time.OffsetDateTime;

/**
 * An article to insert if its id is not stored yet ({@link ArticleRepository#insertAbsent}). The
 * JSON columns come as JSON text;
 * {@code record} marks the official record of its event.
 */
public record NewArticleRow(String id, long outletId, String url, String title, OffsetDateTime published,
                            String byline, String language, String source, String format, String rawText,
                            String cleanedText, String removedJson, String datelineJson, String warningsJson,
                            OffsetDateTime importedAt, boolean record) {}
