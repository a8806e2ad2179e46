package dev.parallax.web.api;

import java.util.List;

/** Every change to the review of discrepancy {@code id}, oldest first. */
public record ReviewHistory(String id, List<AuditEntry> items) {}
