package dev.parallax.web.api;

import java.util.List;

/**
 * One discrepancy with every outlet's words in context and its review. When {@code orphaned}, the
 * discrepancy is gone (an article deleted, the event compared again without it) and everything but
 * the review comes from the review's snapshot.
 */
public record DiscrepancyDetail(String id, boolean orphaned, EventRef event, ClaimGroupRef claimGroup, String type,
                                String severity, Integer rank, String summary, List<EvidenceView> evidence,
                                ReviewView review) {}
