package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One meeting's coverage is one event even when two pages without a day, close to each other and to one dated report,
 * read unlike the other reports: the dated reports of both groups decide. With the real analyzer and sentence model;
 * every account here is written for this test.
 */
class DatedAccountsDecideTest {
    private static AnalyzedArticle account(String outlet, String published, String text) {
        return RealAccounts.account(outlet, published, "en", text);
    }

    private static Set<Set<String>> events(ComparisonReport r) {
        return r.events().stream().map(e -> Set.copyOf(e.articles())).collect(Collectors.toSet());
    }

    // three dated reports of the visit, about defence and the union state
    private static final AnalyzedArticle WIRE = account("Wire", "2031-12-15", "Vladimir Putin arrived in Minsk on Monday for "
            + "talks with Alexander Lukashenko on air defence and the union state. The two presidents inspected a new radar "
            + "system and agreed to train pilots together. Putin said the union state budget would grow next year.");
    private static final AnalyzedArticle HERALD = account("Herald", "2031-12-15", "Russian President Vladimir Putin held talks "
            + "with Alexander Lukashenko in Minsk on Monday. The leaders discussed joint air defence, a radar system and the "
            + "training of pilots, and Putin promised more money for the union state.");
    private static final AnalyzedArticle POST = account("Post", "2031-12-16", "Putin and Lukashenko met in Minsk on Monday. They "
            + "agreed on joint pilot training and a shared radar system for air defence, and spoke about the budget of the "
            + "union state.");
    // a dated report of the next day that also carries the denial the page below is about
    private static final AnalyzedArticle TIMES = account("Times", "2031-12-16", "Russia has no wish to absorb Belarus, Vladimir "
            + "Putin said in Minsk, where he visited Alexander Lukashenko. The Kremlin denied that Moscow wanted to swallow its "
            + "neighbour or drag it into the war, and Lukashenko said nobody would take over his country.");
    // a syndicated page of the denial with no day of its own
    private static final AnalyzedArticle PAGE = account("Syndicate", null, "The Kremlin on Monday denied that Russia wanted to absorb "
            + "Belarus or swallow its small neighbour. Putin said Moscow had no such wish, and Lukashenko said nobody would take "
            + "over his country or drag it into the war.");

    @Test
    void pagesWithoutADayDoNotKeepOneMeetingInTwoGroups() {
        List<AnalyzedArticle> batch = new ArrayList<>(List.of(WIRE, HERALD, POST, TIMES, PAGE));
        batch.addAll(Accounts.otherMeetings(DatedAccountsDecideTest::account));
        ComparisonReport r = Comparison.withDefaults().compare(batch);
        Set<String> visit = Set.of(WIRE.id(), HERALD.id(), POST.id(), TIMES.id(), PAGE.id());
        assertTrue(events(r).contains(visit), events(r) + " " + r.unassignedReasons());
    }

    @Test
    void aCallOfTheSameLeadersTwoDaysLaterStaysItsOwnEvent() {
        // stays: the same two leaders on the phone two days later, with a page of its own that names no day
        AnalyzedArticle call = account("Gazette", "2031-12-17", "Vladimir Putin and Alexander Lukashenko spoke by telephone on "
                + "Wednesday about gas deliveries for the winter and the price Belarus will pay next year.");
        AnalyzedArticle callWire = account("Agency", "2031-12-17", "In a phone call on Wednesday, Putin and Lukashenko agreed on gas "
                + "deliveries for the winter; the price for Belarus next year stays unchanged, the Kremlin said.");
        AnalyzedArticle callPage = account("Energy Digest", null, "Putin and Lukashenko agreed by phone that gas deliveries to Belarus "
                + "continue through the winter and that next year's price stays unchanged.");
        List<AnalyzedArticle> batch = new ArrayList<>(List.of(WIRE, HERALD, POST, TIMES, PAGE, call, callWire, callPage));
        batch.addAll(Accounts.otherMeetings(DatedAccountsDecideTest::account));
        ComparisonReport r = Comparison.withDefaults().compare(batch);
        assertTrue(events(r).contains(Set.of(WIRE.id(), HERALD.id(), POST.id(), TIMES.id(), PAGE.id())), events(r).toString());
        assertTrue(events(r).stream().noneMatch(e -> e.contains(call.id()) && e.contains(WIRE.id())), events(r).toString());
    }
}
