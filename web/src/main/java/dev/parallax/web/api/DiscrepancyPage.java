package dev.parallax.web.api;

import java.util.List;

/** One page of discrepancies; {@code total} counts every match. */
public record DiscrepancyPage(List<DiscrepancySummary> items, long total, int offset, int limit) {}
