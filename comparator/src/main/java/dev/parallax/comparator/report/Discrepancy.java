package dev.parallax.comparator.report;

import java.util.List;

/**
 * One typed finding with every involved account's exact words.
 *
 * @param claimGroup  the claim group it was found in, or null for event-level findings (e.g. SPELLING)
 * @param fingerprint stable across re-analysis: SHA-256 of event id, type and normalized evidence; reviews attach to it
 */
public record Discrepancy(String id, DiscrepancyType type, Severity severity, String summary, String claimGroup,
                          List<Span> evidence, String fingerprint) {
    public Discrepancy {
        evidence = List.copyOf(evidence);
    }
}
