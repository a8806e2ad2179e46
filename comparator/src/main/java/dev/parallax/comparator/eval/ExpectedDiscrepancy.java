package dev.parallax.comparator.eval;

import dev.parallax.comparator.report.DiscrepancyType;
import java.util.List;

/** One planted discrepancy from an event folder's expected.json. */
public record ExpectedDiscrepancy(DiscrepancyType type, List<String> evidence, String note) {
    public ExpectedDiscrepancy {
        evidence = List.copyOf(evidence);
    }
}
