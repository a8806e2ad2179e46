package dev.parallax.db;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An event's summary as listings need it; {@code places}/{@code participants} are JSON arrays;
 * {@code hasRecord}: its last comparison read one of its accounts as its official record.
 */
public record EventRow(long id, String publicId, String label, LocalDate date, String places, String participants,
                       int articleCount, int outletCount, long discrepancyCount, OffsetDateTime updatedAt,
                       boolean hasRecord) {}
