package dev.parallax.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One discrepancy with every outlet's words in context and its review. When {@code orphaned}, the
 * discrepancy is gone (an article deleted, the event compared again without it) and everything but
 * the review comes from the review's snapshot.
 */
public record DiscrepancyDetail(@Schema(required = true) String id, @Schema(required = true) boolean orphaned, EventRef event, ClaimGroupRef claimGroup, @Schema(required = true) String type,
                                @Schema(required = true) String severity, Integer rank, String summary, @Schema(required = true) List<EvidenceView> evidence,
                                @Schema(required = true) ReviewView review) {}
