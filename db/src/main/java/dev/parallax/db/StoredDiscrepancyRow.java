package dev.parallax.db;

/** A stored discrepancy as an event page shows it: {@code claimGroup} is the group's public id or null. */
public record StoredDiscrepancyRow(long id, String fingerprint, String type, String severity, String summary,
                                   String claimGroup, String status) {}
