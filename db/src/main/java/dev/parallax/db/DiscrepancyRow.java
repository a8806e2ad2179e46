package dev.parallax.db;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A discrepancy with its review, as listings read it. For an orphaned review (its discrepancy is
 * gone) the discrepancy's fields come from the review's snapshot and {@code discrepancyId} is null.
 *
 * @param status   the review's status, "open" when nobody reviewed it yet
 * @param version  the review's version, 0 when nobody reviewed it yet
 * @param snapshot the review's snapshot JSON, only for orphaned reviews
 */
public record DiscrepancyRow(String fingerprint, String event, String eventLabel, LocalDate eventDate,
                             String claimGroup, String claimGroupSummary, String type, String severity, Integer rank,
                             String summary, String status, String verdict, String note, String assignee, long version,
                             boolean orphaned, OffsetDateTime reviewedAt, String reviewedBy, Long discrepancyId,
                             String snapshot) {}
