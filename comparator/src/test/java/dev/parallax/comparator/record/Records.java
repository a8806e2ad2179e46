package dev.parallax.comparator.record;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test harness for checks against the record, with core's real analyzer (it reads transcripts' speaker turns):
 * {@code against(record("The Chancellery", "PRESIDENT KOVAC: ..."), account("Wire", "..."))} reads like the domain.
 * Every text in these tests is written for them: invented people, places and outlets.
 */
final class Records {
    private Records() {}

    static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();
    static final String DAY = "2025-03-04";

    static AnalyzedArticle record(String outlet, String text) {
        return article(outlet, "Remarks before the meeting", text, "en");
    }

    static AnalyzedArticle account(String outlet, String text) {
        return article(outlet, null, text, "en");
    }

    static AnalyzedArticle article(String outlet, String title, String text, String language) {
        RawArticle raw = new RawArticle(outlet, "https://" + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example/a",
                title, OffsetDateTime.parse(DAY + "T18:00:00Z"), null, language, text, SourceFormat.TEXT, outlet + ".txt");
        return ANALYZER.analyze(raw);
    }

    /** The accounts compared as one event with {@code record} as its record. */
    static Event against(AnalyzedArticle record, AnalyzedArticle... accounts) {
        List<AnalyzedArticle> all = new ArrayList<>(List.of(accounts));
        all.add(record);
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(all, Set.of(record.id()));
        if (r.events().size() != 1) throw new AssertionError("expected one event: " + r);
        return r.events().get(0);
    }

    /** The verdict on the quotation of {@code account} whose words contain {@code words}. */
    static Fidelity verdictOn(Event e, AnalyzedArticle account, String words) {
        for (Fidelity f : e.fidelity()) {
            if (f.article().equals(account.id()) && f.quote().text().contains(words)) return f;
        }
        throw new AssertionError("no verdict on '" + words + "' in " + e.fidelity());
    }

    static boolean hasVerdictOn(Event e, AnalyzedArticle account, String words) {
        return e.fidelity().stream().anyMatch(f -> f.article().equals(account.id()) && f.quote().text().contains(words));
    }

    static FidelityVerdict verdict(Event e, AnalyzedArticle account, String words) {
        return verdictOn(e, account, words).verdict();
    }
}
