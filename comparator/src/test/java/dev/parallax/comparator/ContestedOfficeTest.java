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
 * After a disputed election or during a war some outlets deny a leader his office in their own words ("the
 * self-styled president", "the dictator") where others write "President". The comparison shows which
 * outlets do; a quotation of an opponent's words, and an outlet that no other outlet contradicts with a plain
 * office, stay silent. Every account here is written for this test.
 */
class ContestedOfficeTest {
    private static AnalyzedArticle account(String outlet, String text) {
        return RealAccounts.account(outlet, "2031-06-09", null, text);
    }

    private static List<Discrepancy> entities(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.ENTITY);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String REST = " The two men spoke about gas prices and a new grain terminal on the Baltic coast.";

    @Test
    void anOfficeDeniedInTheOutletsOwnWordsIsSetAgainstThePlainOne() {
        List<Discrepancy> found = entities(
                account("River Gazette", "On Friday the self-proclaimed president Alexander Lukashenko spent the day in Sochi with "
                        + "Vladimir Putin." + REST),
                account("Morning Ledger", "On Friday President Alexander Lukashenko of Belarus spent the day in Sochi with Vladimir Putin." + REST));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertTrue(ev.contains("self-proclaimed president Alexander Lukashenko") && ev.contains("President"), ev);
    }

    @Test
    void anOpponentsWordQuotedIsNotTheOutletsAndALoneContestedNamingHasNothingToDifferFrom() {
        // the look-alikes: the denial in quote marks is the opposition's word; "leader" gives no office to set against
        List<Discrepancy> quoted = entities(
                account("River Gazette", "On Friday President Alexander Lukashenko of Belarus spent the day in Sochi with Vladimir Putin. "
                        + "The opposition said Putin was propping up “the illegitimate ruler”, as it calls Lukashenko." + REST),
                account("Morning Ledger", "On Friday President Alexander Lukashenko of Belarus spent the day in Sochi with Vladimir Putin." + REST));
        assertEquals(List.of(), quoted, evidence(quoted));
        List<Discrepancy> alone = entities(
                account("River Gazette", "On Friday the self-proclaimed president Alexander Lukashenko spent the day in Sochi with "
                        + "Vladimir Putin." + REST),
                account("Morning Ledger", "On Friday the Belarusian leader Alexander Lukashenko spent the day in Sochi with Vladimir Putin." + REST));
        assertEquals(List.of(), alone, evidence(alone));
    }
}
