package dev.parallax.web.api;

import java.util.List;

/** An event's discrepancies, ranked (most important first), with evidence. */
public record EventDiscrepancies(EventRef event, List<DiscrepancySummary> items, long total, int offset, int limit) {}
