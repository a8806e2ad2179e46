package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import java.util.Comparator;
import java.util.List;

/**
 * Conflicts of substance first: what an account changed against the event's official record before what two
 * outlets disagree on, then by severity, then by type in {@link DiscrepancyType} order; SPELLING always
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

    /** {@link #rank(List)}, the discrepancies whose ids are in {@code againstRecord} (an account against the record) first. */
    public List<Discrepancy> rank(List<Discrepancy> found, java.util.Set<String> againstRecord) {
        Comparator<Discrepancy> record = Comparator.comparing((Discrepancy d) -> d.type() == DiscrepancyType.SPELLING)
                .thenComparing(d -> !againstRecord.contains(d.id()));
        return found.stream().sorted(record.thenComparing(ORDER)).toList();
    }
}
