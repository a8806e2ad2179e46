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
 * "Putin, standing next to Lukashenko in the hall, said that ...": news writing sets an aside between commas
 * after the sentence's subject, and the aside often names the other leader. The speaker is the subject, not the
 * person the aside names last; read the other way every such sentence gives the words to the wrong leader and
 * the accounts that name the speaker plainly appear to disagree. Every account here is written for this test.
 */
class SpeakerBeforeAnAsideTest {
    private static AnalyzedArticle account(String outlet, String text) {
        return RealAccounts.account(outlet, "2031-12-15", null, text);
    }

    private static List<Discrepancy> attribution(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.ATTRIBUTION);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String VISIT = "Vladimir Putin flew to Minsk on Monday for talks with Alexander Lukashenko on the "
            + "union budget and a rail bridge at Vitebsk. ";

    @Test
    void theSubjectBeforeAnAsideNamingTheOtherLeaderIsTheSpeaker() {
        List<Discrepancy> found = attribution(
                account("Northern Ledger", VISIT + "Russian President Vladimir Putin, standing next to his Belarusian "
                        + "counterpart Alexander Lukashenko, whose plane had landed an hour late, said that work on the Vitebsk bridge "
                        + "would begin in April."),
                account("Harbour Post", VISIT + "Putin said after the talks that work on the Vitebsk bridge would begin in April."),
                account("Valley Courier", VISIT + "In the palace hall, Vladimir Putin said that work on the new Vitebsk bridge "
                        + "would begin in April."));
        assertEquals(List.of(), found, evidence(found));
    }

    @Test
    void aQuotationAfterTheAsideIsTheSubjectsToo() {
        // the subject's words, so they are compared with another outlet's rendering of his words
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(
                account("Northern Ledger", "Vladimir Putin flew to Minsk on Monday for talks with Alexander Lukashenko on the union "
                        + "budget. Vladimir Putin, standing next to Alexander Lukashenko, said: “The first trains will cross the new "
                        + "Vitebsk bridge in two years, and freight will move over it from the very first day of the new timetable.”"),
                account("Harbour Post", "The Russian president spent Monday in the Belarusian capital, where the budget of the union "
                        + "and a bridge were discussed. “The first trains will cross the new Vitebsk bridge in two years, and freight "
                        + "will move over it from the first day of the timetable,” Putin said.")));
        List<Discrepancy> quotes = Accounts.discrepancies(r, DiscrepancyType.QUOTE_WORDING);
        String ev = evidence(quotes);
        assertEquals(1, quotes.size(), ev);
        assertTrue(ev.contains("very first day of the new timetable") && ev.contains("first day of the timetable,"), ev);
        assertEquals(List.of(), Accounts.discrepancies(r, DiscrepancyType.ATTRIBUTION));
    }

    @Test
    void wordsGivenToTheOtherLeaderBeforeHisOwnAsideAreStillMisattributed() {
        // the look-alike that must still be found: the account's subject is the other leader
        List<Discrepancy> found = attribution(
                account("Northern Ledger", VISIT + "Belarusian President Alexander Lukashenko, standing next to "
                        + "Vladimir Putin, whose plane had landed an hour late, said that work on the Vitebsk bridge would begin in April."),
                account("Harbour Post", VISIT + "Putin said after the talks that work on the Vitebsk bridge would begin in April."));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertTrue(ev.contains("Lukashenko, standing next to") && ev.contains("Putin said after the talks"), ev);
    }
}
