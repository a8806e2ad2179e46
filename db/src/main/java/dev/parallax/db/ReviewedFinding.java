package dev.parallax.db;

import java.util.List;

/**
 * A stored discrepancy that has a review: its fingerprint, type and the text of each piece of
 * evidence (in order), enough to compute the fingerprint the same finding has under another event id.
 */
public record ReviewedFinding(String fingerprint, String type, List<String> evidenceTexts) {
    public ReviewedFinding {
        evidenceTexts = List.copyOf(evidenceTexts);
    }
}
