package dev.parallax.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A discrepancy in a listing. {@code id} is its fingerprint: stable across re-analysis. An orphaned
 * one is a review whose discrepancy is gone; its fields are what the discrepancy said when last seen.
 * {@code evidence} is filled in an event's ranked list, left out elsewhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscrepancySummary(@Schema(required = true) String id, EventRef event, String claimGroup, @Schema(required = true) String type, @Schema(required = true) String severity, Integer rank,
                                 String summary, @Schema(required = true) List<String> outlets, @Schema(required = true) ReviewView review, @Schema(required = true) boolean orphaned,
                                 List<EvidenceView> evidence) {}
