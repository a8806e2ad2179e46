package dev.parallax.db;

import java.time.OffsetDateTime;

/**
 * An article's metadata without its texts, as listings need it: {@code event} is the public id of
 * its event or null, {@code unassignedReason} why it is in no event (null when it is in one, or
 * when it was never placed); {@code record}: the official record of its event (marked so, or of an
 * outlet of the kind official record).
 */
public record ArticleRow(String id, String outlet, String title, String url, OffsetDateTime published, String byline,
                         String language, String source, int length, OffsetDateTime importedAt, boolean fictional,
                         String event, String unassignedReason, boolean record) {}
