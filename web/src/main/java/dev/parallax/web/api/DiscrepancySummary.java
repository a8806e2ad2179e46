package dev.parallax.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A discrepancy in a listing. {@code id} is its fingerprint: stable across re-analysis. An orphaned
 * one is a review whose discrepancy is gone; its fields are what the discrepancy said when last seen.
 * {@code evidence} is filled in an event's ranked list, left out elsewhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscrepancySummary(String id, EventRef event, String claimGroup, String type, String severity, Integer rank,
                                 String summary, List<String> outlets, ReviewView review, boolean orphaned,
                                 List<EvidenceView> evidence) {}
