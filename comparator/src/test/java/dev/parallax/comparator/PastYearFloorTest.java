package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.event.EventDates;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A page with no date that tells a year as past ("In 2030, Moscow stationed short-range missiles on Belarusian soil") was written
 * in that year or later: it reports no meeting of an earlier year, however like that meeting's coverage it reads. A
 * year of plans ("by 2035"), of a period ("gas prices for 2031") or in a speaker's words sets no such floor. With the
 * real analyzer; every account here is written for this test.
 */
class PastYearFloorTest {
    private static AnalyzedArticle account(String outlet, String published, String text) {
        return RealAccounts.account(outlet, published, "en", text);
    }

    private static int floor(String text) {
        return EventDates.dating(account("Digest", null, text)).notBefore();
    }

    @Test
    void aYearToldAsPastIsAFloorAndYearsOfPlansAreNot() {
        assertEquals(2030, floor("Putin and Lukashenko met in Minsk. In 2030, Moscow stationed short-range missiles on Belarusian soil."));
        // stays: plans, periods and quoted years say nothing of when the page was written
        assertEquals(0, floor("Putin and Lukashenko met in Minsk. The new air defence system will be ready by 2035."));
        assertEquals(0, floor("Putin and Lukashenko met in Minsk and agreed on gas prices for 2031."));
        assertEquals(0, floor("Putin and Lukashenko met in Minsk. Plans are in place to approve the doctrine at a summit in 2032."));
        assertEquals(0, floor("Putin and Lukashenko met in Minsk. \"In 2033 we will have a common market,\" Lukashenko said."));
    }

    @Test
    void anUndatedPageThatTellsALaterYearAsPastJoinsNoMeetingOfAnEarlierYear() {
        // two visits to Minsk by the same leaders, two years apart, each with its dated reports
        AnalyzedArticle winterA = account("Wire", "2029-12-17", "Vladimir Putin arrived in Minsk on Monday for talks with Alexander "
                + "Lukashenko on air defence, joint exercises and the union state. The leaders inspected a new radar.");
        AnalyzedArticle winterB = account("Herald", "2029-12-17", "Putin and Lukashenko met in Minsk on Monday and discussed air "
                + "defence, joint exercises and the union state; a new radar was shown to the guests.");
        AnalyzedArticle springA = account("Post", "2031-05-23", "Vladimir Putin arrived in Minsk on Friday at the start of his new "
                + "term for talks with Alexander Lukashenko on security and the economy of the union state.");
        AnalyzedArticle springB = account("Times", "2031-05-23", "Putin and Lukashenko met in Minsk on Friday; security, the economy "
                + "and the union state were on the agenda as Putin began his new term.");
        // a page with no date that tells 2030 as past: it cannot report the 2029 visit
        AnalyzedArticle page = account("Digest", null, "Vladimir Putin arrived in Minsk for talks with Alexander Lukashenko on air "
                + "defence, joint exercises and the union state. The leaders inspected a new radar. In 2030, Moscow stationed "
                + "short-range missiles on Belarusian soil.");
        List<AnalyzedArticle> batch = new ArrayList<>(List.of(winterA, winterB, springA, springB, page));
        batch.addAll(Accounts.otherMeetings(PastYearFloorTest::account));
        ComparisonReport r = Comparison.withDefaults().compare(batch);
        Set<Set<String>> events = r.events().stream().map(e -> Set.copyOf(e.articles())).collect(Collectors.toSet());
        assertTrue(events.stream().noneMatch(e -> e.contains(page.id()) && e.contains(winterA.id())), events + " " + r.unassignedReasons());
    }
}
