package dev.parallax.comparator;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Event;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.List;

/** Test harness: {@code compare(account("TASS", "2024-05-23", "..."), account(...))} reads like the domain. */
final class Accounts {
    private Accounts() {}

    static AnalyzedArticle account(String outlet, String published, String text) {
        return MiniAnalyzer.analyze(outlet, published, null, text);
    }

    static ComparisonReport compare(AnalyzedArticle... accounts) {
        return Comparison.withDefaults().compare(List.of(accounts));
    }

    static List<Discrepancy> discrepancies(ComparisonReport r, DiscrepancyType type) {
        return r.events().stream().flatMap(e -> e.discrepancies().stream()).filter(d -> d.type() == type).toList();
    }

    static Event onlyEvent(ComparisonReport r) {
        if (r.events().size() != 1) throw new AssertionError("expected one event, got " + r.events().size() + ": " + r);
        return r.events().get(0);
    }

    static String evidenceText(Discrepancy d) {
        return String.join(" | ", d.evidence().stream().map(s -> s.text()).toList());
    }
}
