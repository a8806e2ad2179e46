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

    /** How a test class writes an account: its own analyzer, outlet, publication day and text. */
    interface Writer {
        AnalyzedArticle account(String outlet, String published, String text);
    }

    /**
     * Accounts of other meetings that a real batch holds beside the one under test: with only a handful of pages, a
     * word two of them share is no specific of a story ({@code AccountProfile}), so cases of undated accounts are run in a
     * batch of realistic size.
     */
    static List<AnalyzedArticle> otherMeetings(Writer writer) {
        return List.of(
                writer.account("Ledger", "2031-06-02", "Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in "
                        + "Ottawa on Monday to discuss steel tariffs and a new rail corridor."),
                writer.account("Courier", "2031-07-15", "Indian Prime Minister Narendra Modi hosted Brazilian President Luiz Inacio Lula "
                        + "da Silva in New Delhi on Tuesday; they signed accords on ethanol and satellites."),
                writer.account("Monitor", "2031-08-21", "Turkish President Recep Tayyip Erdogan received Egyptian President Abdel Fattah "
                        + "el-Sisi in Ankara on Thursday for talks on gas fields and ferry routes."),
                writer.account("Dispatch", "2031-09-09", "South African President Cyril Ramaphosa and Nigerian President Bola Tinubu met in "
                        + "Pretoria on Tuesday and agreed to open a shared vaccine plant."),
                writer.account("Observer", "2031-11-03", "Argentine President Javier Milei visited Chilean President Gabriel Boric in "
                        + "Santiago on Monday; lithium exports and a border tunnel were discussed."),
                writer.account("Sentinel", "2031-12-01", "Indonesian President Prabowo Subianto welcomed Vietnamese Prime Minister Pham Minh "
                        + "Chinh to Jakarta on Monday to talk about rice quotas and fishing grounds."));
    }

    /** The accounts given, then {@link #otherMeetings}. */
    static List<AnalyzedArticle> withOtherMeetings(Writer writer, AnalyzedArticle... accounts) {
        List<AnalyzedArticle> all = new java.util.ArrayList<>(List.of(accounts));
        all.addAll(otherMeetings(writer));
        return all;
    }
}
