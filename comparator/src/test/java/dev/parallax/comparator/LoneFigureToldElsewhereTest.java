package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure only one outlet seems to carry ("some 4,500 workers struck at the tractor plant ...") is flagged as that
 * outlet's alone; but when another outlet states the same figure with the same surroundings in a sentence alignment
 * did not pair ("4,500 staff of the tractor works downed tools ..."), it is carried twice, not left out. The same
 * figure in an unrelated sentence does not count. Every account here is written for this test.
 */
class LoneFigureToldElsewhereTest {
    private static AnalyzedArticle account(String outlet, String text) {
        return RealAccounts.account(outlet, "2031-03-04", null, text);
    }

    private static List<Discrepancy> omissions(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.OMISSION);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String TALKS = "Vladimir Putin received Alexander Lukashenko in Sochi on Tuesday and promised him a "
            + "state loan. The two leaders also agreed to hold joint military drills this autumn. ";
    private static final String STRIKE = "Two days after some 4,500 workers struck at the Minsk tractor plant over unpaid wages "
            + "and a cut in night-shift pay, Lukashenko, in power for 27 years, travelled south to ask Moscow for money.";

    @Test
    void aFigureAnotherOutletStatesWithTheSameSurroundingsIsNotOneOutletsAlone() {
        List<Discrepancy> found = omissions(
                account("Harbour Wire", TALKS + STRIKE),
                account("Upland Review", TALKS + "On Sunday 4,500 staff of the tractor works in Minsk downed tools, saying their "
                        + "wages had not been paid."),
                account("Delta Post", TALKS + "Putin said the finance ministers were already working on the details."),
                account("Cape Journal", TALKS + "The Kremlin said the talks went on for several hours."));
        assertEquals(List.of(), found.stream().filter(d -> evidence(List.of(d)).contains("4,500")).toList(), evidence(found));
    }

    @Test
    void theSameFigureInAnUnrelatedSentenceDoesNotCarryTheClaim() {
        List<Discrepancy> found = omissions(
                account("Harbour Wire", TALKS + STRIKE),
                account("Upland Review", TALKS + "The loan will also pay for 4,500 tonnes of seed grain for farms."),
                account("Delta Post", TALKS + "Putin said the finance ministers were already working on the details."),
                account("Cape Journal", TALKS + "The Kremlin said the talks went on for several hours."));
        String ev = evidence(found);
        assertTrue(ev.contains("some 4,500 workers struck"), ev);
    }
}
