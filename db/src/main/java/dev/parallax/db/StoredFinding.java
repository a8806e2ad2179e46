package dev.parallax.db;

import java.util.List;

/**
 * A stored discrepancy as reviews and old links know it: its fingerprint, type, the text of each
 * piece of evidence (in order), the event it is in and whether someone reviewed it. Enough to find
 * the same finding again after its event was compared anew.
 */
public record StoredFinding(String fingerprint, String type, List<String> evidenceTexts, String event,
                            boolean reviewed) {
    public StoredFinding {
        evidenceTexts = List.copyOf(evidenceTexts);
    }
}
