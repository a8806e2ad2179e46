package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name spelled another way inside a compound of names ("Russian-Belorussian trade") is still a spelling of
 * that name: it was read as one word and never set against "Belarusian". Compounds of two different names stay
 * two names. Every account here is written for this test.
 */
class NameSpelledInsideACompoundTest {
    private static AnalyzedArticle account(String outlet, String text) {
        return RealAccounts.account(outlet, "2031-05-23", null, text);
    }

    private static List<Discrepancy> spelling(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.SPELLING);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    @Test
    void aVariantInsideACompoundIsSetAgainstTheNameWrittenAlone() {
        List<Discrepancy> found = spelling(
                account("Coastal Times", "Alexander Lukashenko landed in Sochi on Monday for Russian-Belorussian trade talks with "
                        + "Vladimir Putin. Russian-Ukrainian relations were also on the table."),
                account("Plains Herald", "The Belarusian leader Alexander Lukashenko met Vladimir Putin in Sochi on Monday to talk "
                        + "about trade and security. The war in Ukraine was also discussed."));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertTrue(ev.contains("Belorussian") && ev.contains("Belarusian"), ev);
        // the other part of the compound, and a compound of another name, are not variants of anything
        assertFalse(ev.contains("Russian") || ev.contains("Ukrain"), ev);
    }
}
