package dev.parallax.comparator;

import static dev.parallax.comparator.Accounts.account;
import static dev.parallax.comparator.Accounts.compare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Event;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which accounts are one event: one visit told from several angles joins; other meetings of the same people do not. */
class EventGroupingTest {
    static final AnalyzedArticle ARRIVAL = account("Agency", "2024-05-23",
            "Russian President Vladimir Putin arrived in Minsk on 23 May for a two-day state visit hosted by Alexander Lukashenko. The talks will focus on security and trade.");
    static final AnalyzedArticle TALKS = account("Daily", "2024-05-24",
            "Putin and Lukashenko held talks in Minsk on 23 May, discussing security, trade and the deployment of tactical weapons during the state visit.");
    static final AnalyzedArticle PRESS = account("Weekly", "2024-05-27",
            "At a joint press conference in Minsk on 24 May, at the end of the two-day state visit, Putin and Lukashenko said the talks on security and trade went well.");
    static final AnalyzedArticle OTHER_MEETING = account("Agency", "2024-06-30",
            "Putin and Lukashenko met again on 29 June in St. Petersburg, this time at an informal summit of post-Soviet leaders on security and trade.");
    static final AnalyzedArticle OTHER_MEETING_2 = account("Daily", "2024-06-30",
            "Lukashenko and Putin spoke on 29 June in St. Petersburg on the sidelines of an informal summit, covering security and trade.");
    static final AnalyzedArticle LAST_YEAR = account("Daily", "2023-05-24",
            "Russian President Vladimir Putin arrived in Minsk on 23 May for a state visit hosted by Alexander Lukashenko, focused on security and trade.");
    static final AnalyzedArticle FLOOD = account("Local", "2024-05-23",
            "Heavy rain flooded the streets of Lisbon on Thursday, and the city council closed two metro stations.");

    @Test
    void oneVisitToldFromSeveralAnglesAndDaysApartIsOneEvent() {
        ComparisonReport r = compare(ARRIVAL, TALKS, PRESS, OTHER_MEETING, OTHER_MEETING_2, LAST_YEAR, FLOOD);
        Set<Set<String>> events = r.events().stream().map(e -> Set.copyOf(e.articles())).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of(ARRIVAL.id(), TALKS.id(), PRESS.id()), Set.of(OTHER_MEETING.id(), OTHER_MEETING_2.id())), events);
        assertEquals(Set.of(LAST_YEAR.id(), FLOOD.id()), Set.copyOf(r.unassigned()));
    }

    @Test
    void eventCarriesDateParticipantsAndPlacesOfItsAccounts() {
        Event e = compare(ARRIVAL, TALKS, PRESS).events().get(0);
        assertEquals("2024-05-23", e.date());
        assertEquals(List.of("person:lukashenko", "person:putin"), e.participants());
        assertTrue(e.places().contains("place:minsk"));
        assertTrue(e.label().contains("Putin") && e.label().contains("Minsk"), e.label());
    }

    @Test
    void theEventsPlaceIsWhereItHappenedNotEveryCityItMentions() {
        AnalyzedArticle a = account("Agency", "2024-05-23", "Putin and Lukashenko held talks in Minsk on 23 May about "
                + "security and trade. The meeting lasted four hours. Lukashenko recalled that troops had once crossed "
                + "into Ukraine towards Kyiv from Belarusian soil.");
        AnalyzedArticle b = account("Daily", "2024-05-23", "In Minsk on 23 May, Putin and Lukashenko discussed security "
                + "and trade for four hours. Putin said both sides would keep their promises. Analysts compared the "
                + "visit with the drive towards Kyiv two years earlier.");
        AnalyzedArticle c = account("Weekly", "2024-05-24", "Putin and Lukashenko spent four hours on security and "
                + "trade at their talks in Minsk on 23 May. The two leaders also spoke about grain.");
        Event e = compare(a, b, c).events().get(0);
        assertEquals(List.of("place:minsk"), e.places().stream().filter(p -> p.startsWith("place:")).toList(),
                e.places().toString());
    }

    @Test
    void theLabelPutsTheMeetingWhereTheMeetingIsSaidToBe() {
        // every account opens on a disaster "in Belarus", and says the talks were held in Minsk
        AnalyzedArticle a = account("Agency", "2024-05-23", "With wildfires burning in Belarus, Putin and Lukashenko "
                + "held talks in Minsk on 23 May. They spoke about security and trade.");
        AnalyzedArticle b = account("Daily", "2024-05-23", "As floods spread in Belarus, Lukashenko welcomed Putin "
                + "for talks in Minsk on 23 May. Trade was on the agenda.");
        Event e = compare(a, b).events().get(0);
        assertTrue(e.label().contains("in Minsk"), e.label());
    }

    @Test
    void undatedAccountsThatPutTheMeetingInDifferentCitiesAreTwoMeetings() {
        // no date anywhere: only where each says the leaders met keeps a Minsk meeting from a St. Petersburg one
        AnalyzedArticle minsk = account("Agency", null, "Putin and Lukashenko held talks in Minsk about security and trade. "
                + "The two leaders discussed the Ostrovets reactor, Iskander launchers, the Yamal pipeline and a grain corridor.");
        AnalyzedArticle minskToo = account("Daily", null, "Lukashenko welcomed Putin for talks in Minsk about security and trade. "
                + "The Ostrovets reactor, Iskander launchers, the Yamal pipeline and a grain corridor were discussed.");
        AnalyzedArticle petersburg = account("Weekly", null, "Putin and Lukashenko met in St. Petersburg to talk about security and "
                + "trade. They discussed the Ostrovets reactor, Iskander launchers, the Yamal pipeline and a grain corridor.");
        ComparisonReport r = compare(minsk, minskToo, petersburg);
        assertEquals(List.of(Set.of(minsk.id(), minskToo.id())), r.events().stream().map(e -> Set.copyOf(e.articles())).toList());
        assertTrue(r.unassignedReasons().get(petersburg.id()).contains("somewhere else"), r.unassignedReasons().toString());
    }
}
