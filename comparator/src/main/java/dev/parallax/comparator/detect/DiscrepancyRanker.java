package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import java.util.Comparator;
import java.util.List;

/**
 * Conflicts of substance first: by severity, then by type in {@link DiscrepancyType} order; SPELLING always
 * last whatever its severity, so a reviewer sees a fused weapon system before a transliteration.
 */
public final class DiscrepancyRanker {
    private static final Comparator<Discrepancy> ORDER = Comparator
            .comparing((Discrepancy d) -> d.type() == DiscrepancyType.SPELLING)
            .thenComparing(Discrepancy::severity)
            .thenComparing(Discrepancy::type)
            .thenComparing(Discrepancy::id);

    public List<Discrepancy> rank(List<Discrepancy> found) {
        return found.stream().sorted(ORDER).toList();
    }
}
