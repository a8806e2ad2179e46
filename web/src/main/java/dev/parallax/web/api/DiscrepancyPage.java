package dev.parallax.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of discrepancies; {@code total} counts every match. */
public record DiscrepancyPage(@Schema(required = true) List<DiscrepancySummary> items, @Schema(required = true) long total, @Schema(required = true) int offset, @Schema(required = true) int limit) {}
