package dev.parallax.comparator.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With core's real analyzer: an account saying the speaker "denied" something and one saying the speaker
 * "dismissed claims" of it carry the same stance (both DENIED), so no hedge is reported between them,
 * while an account asserting the very thing is still set against the denial.
 */
class DenialStanceTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();
    /** Two independently written openings, so the accounts are not taken for copies of one wire. */
    private static final String ARRIVAL_A = "Russian President Vladimir Putin arrived in Minsk on 23 May for two days of "
            + "talks with Alexander Lukashenko at the Palace of Independence.\n\nThe first day was given over to "
            + "grain, gas prices and the rail link through Gomel.\n\n";
    private static final String ARRIVAL_B = "Alexander Lukashenko welcomed Vladimir Putin at the Palace of Independence "
            + "in Minsk on 23 May, opening a two-day visit.\n\nOfficials said energy and transport would dominate "
            + "the agenda of the Belarusian side.\n\n";
    private static final String ARRIVAL_C = "Talks between the Russian and Belarusian presidents opened in Minsk on "
            + "23 May, with Vladimir Putin and Alexander Lukashenko meeting at the Palace of Independence.\n\n"
            + "Trade between the neighbours has grown for three years running.\n\n";

    private static AnalyzedArticle account(String outlet, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2024-05-23T15:00:00Z"), null,
                "en", text, SourceFormat.TEXT, outlet));
    }

    private static long hedges(ComparisonReport r) {
        return r.events().stream().flatMap(e -> e.discrepancies().stream())
                .filter(d -> d.type() == DiscrepancyType.HEDGE).count();
    }

    @Test
    void deniedAndDismissedClaimsAgree() {
        ComparisonReport r = Comparison.withDefaults().compare(List.of(
                account("A", ARRIVAL_A + "Putin denied that Western instructors had trained the new brigade near Brest."),
                account("B", ARRIVAL_B + "Putin dismissed claims that Western instructors had trained the new brigade near Brest."),
                account("C", ARRIVAL_C + "Putin brushed aside reports that Western instructors had trained the new brigade near Brest.")));
        assertEquals(1, r.events().size(), r.toString());
        assertEquals(0, hedges(r), r.toString());
    }

    @Test
    void anAssertionIsStillSetAgainstADenialHowEverItIsWorded() {
        ComparisonReport r = Comparison.withDefaults().compare(List.of(
                account("A", ARRIVAL_A + "Putin dismissed claims that Western instructors had trained the new brigade near Brest."),
                account("B", ARRIVAL_B + "Putin confirmed that Western instructors had trained the new brigade near Brest.")));
        assertEquals(1, hedges(r), r.toString());
        r = Comparison.withDefaults().compare(List.of(
                account("C", ARRIVAL_C + "Putin brushed aside reports that Western instructors had trained the new brigade near Brest."),
                account("B", ARRIVAL_B + "Putin confirmed that Western instructors had trained the new brigade near Brest.")));
        assertEquals(1, hedges(r), r.toString());
    }
}
