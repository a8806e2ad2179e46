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
 * "Putin told reporters the sides “had fixed the timetable.” The project is meant “to join ...”": an outlet
 * quotes a leader, then goes on quoting him in the next sentence without naming him again. Those words are still
 * his, and another outlet's rendering of them is compared with them; a quotation after someone else is named, or a
 * paragraph further on, is not given to him. Every account here is written for this test.
 */
class QuotationGoingOnInTheNextSentenceTest {
    private static AnalyzedArticle account(String outlet, String text) {
        return RealAccounts.account(outlet, "2031-09-10", null, text);
    }

    private static List<Discrepancy> quoteWording(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.QUOTE_WORDING);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String TALKS = "Vladimir Putin and Alexander Lukashenko held talks in Moscow on Thursday and then "
            + "spoke to the press about a rail bridge at Vitebsk. ";

    private static final String FIRST = "Putin said: “We have agreed on the timetable for the new bridge.” He explained that the aim "
            + "is to “link the two railways, cut freight times by a day and open the line to passengers by the autumn”.";

    @Test
    void aQuotationInTheNextSentenceIsStillTheLeadersAndIsComparedWithAnotherRendering() {
        List<Discrepancy> found = quoteWording(
                account("Lakeside Daily", TALKS + FIRST),
                account("Eastern Wire", TALKS + "Speaking after the talks, Putin told reporters the sides “have fixed the timetable "
                        + "for the bridge.” The project is meant “to join the two rail networks, shorten freight journeys by a day "
                        + "and let passengers use the line from the autumn”."));
        String ev = evidence(found);
        assertTrue(ev.contains("join the two rail networks") && ev.contains("link the two railways"), ev);
    }

    @Test
    void aQuotationAfterSomeoneElseIsNamedIsNotTheLeaders() {
        // the nearest look-alike: between the leader's quotation and the next one another person is named, so the
        // next quotation may be that person's words and is not compared as the leader's
        List<Discrepancy> found = quoteWording(
                account("Lakeside Daily", TALKS + FIRST),
                account("Eastern Wire", TALKS + "Speaking after the talks, Putin told reporters the sides “have fixed the timetable "
                        + "for the bridge.” Dmitry Peskov described the project as meant “to join the two rail networks, shorten "
                        + "freight journeys by a day and let passengers use the line from the autumn”."));
        String ev = evidence(found);
        assertEquals(false, ev.contains("join the two rail networks"), ev);
    }
}
