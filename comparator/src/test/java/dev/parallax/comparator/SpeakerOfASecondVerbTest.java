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
 * "Putin praised Lukashenko for the harvest and said the bridge would open in spring": the speech verb is the
 * second verb of the subject's predicate, and the speaker is the subject, not the person the first verb's object
 * names. Every account here is written for this test.
 */
class SpeakerOfASecondVerbTest {
    private static AnalyzedArticle account(String outlet, String text) {
        return RealAccounts.account(outlet, "2031-09-15", null, text);
    }

    private static List<Discrepancy> attribution(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.ATTRIBUTION);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String VISIT = "Vladimir Putin received Alexander Lukashenko in Sochi on Monday and offered a state loan. ";

    @Test
    void theSubjectSpeaksTheSecondVerbNotTheObjectOfTheFirst() {
        List<Discrepancy> found = attribution(
                account("Gulf Observer", VISIT + "Vladimir Putin praised Alexander Lukashenko for the record harvest and said "
                        + "that the new bridge at Vitebsk would open to trains in the spring."),
                account("Prairie News", VISIT + "Putin said that the new bridge at Vitebsk would open to trains in the spring."));
        assertEquals(List.of(), found, evidence(found));
    }

    @Test
    void theOtherLeaderAsSubjectStillMakesTheWordsHis() {
        // the look-alike: here the subject is the other leader, so the account gives the words to him
        List<Discrepancy> found = attribution(
                account("Gulf Observer", VISIT + "Alexander Lukashenko thanked Vladimir Putin for the loan and said "
                        + "that the new bridge at Vitebsk would open to trains in the spring."),
                account("Prairie News", VISIT + "Putin said that the new bridge at Vitebsk would open to trains in the spring."));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertTrue(ev.contains("Lukashenko thanked Vladimir Putin"), ev);
    }
}
