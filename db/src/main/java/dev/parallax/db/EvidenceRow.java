package dev.parallax.db;

import java.time.OffsetDateTime;

/**
 * One account's words for a discrepancy, with the article it comes from. {@code exact} is the
 * cleaned text between {@code start} and {@code end} (code points); {@code before} and {@code after}
 * are up to the requested number of code points around it (null when not asked for).
 */
public record EvidenceRow(long discrepancyId, int position, String articleId, String outlet, String title, String url,
                          OffsetDateTime published, String byline, String text, int start, int end, String exact,
                          String before, String after) {}
