package dev.parallax.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.Removal;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.segment.SentenceSegmenter;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineYearResolverTest {
    private static final DatelineYearResolver RESOLVER = new DatelineYearResolver();
    private static final Dateline YEARLESS = new Dateline("9 Mar. (NORTHLINE) –", null, null, "NORTHLINE");

    private static List<Sentence> sentences(String text) {
        return new SentenceSegmenter().segment(text).sentences();
    }

    @Test
    void readsTheDayAndMonthADatelineNames() {
        assertEquals(MonthDay.of(3, 9), DatelineYearResolver.monthDay("9 Mar. (NORTHLINE) –"));
        assertEquals(MonthDay.of(6, 3), DatelineYearResolver.monthDay("08:30, 3 June"));
        assertEquals(MonthDay.of(11, 7), DatelineYearResolver.monthDay("GOMEL, Nov 7 (Northline) -"));
        assertNull(DatelineYearResolver.monthDay("GOMEL (Northline) -"));
        assertNull(DatelineYearResolver.monthDay("31 Feb. (NORTHLINE) –"));
    }

    @Test
    void thePublicationYearComesFirst() {
        var r = RESOLVER.resolve(YEARLESS, LocalDate.of(2022, 3, 10), sentences("Talks began in Gomel in 2019."), List.of());
        assertEquals(LocalDate.of(2022, 3, 9), r.dateline().date());
        assertNull(r.warning());
        var december = new Dateline("GOMEL, Dec 30 (Northline) -", "GOMEL", null, "Northline");
        assertEquals(LocalDate.of(2021, 12, 30),
                RESOLVER.resolve(december, LocalDate.of(2022, 1, 2), List.of(), List.of()).dateline().date());
    }

    @Test
    void withoutPublicationTheCopyrightLineThenTheLatestPastYearNamed() {
        var copyright = List.of(new Removal("© 2018-2021 Northline Media", "copyright", 30));
        var r = RESOLVER.resolve(YEARLESS, null, sentences("The depot opened in 2016."), copyright);
        assertEquals(LocalDate.of(2021, 3, 9), r.dateline().date());
        assertTrue(r.warning().contains("copyright"), r.warning());

        r = RESOLVER.resolve(YEARLESS, null, sentences("The depot opened in 2016. Rail tariffs rose in 2020. "
                + "The lease runs until 2035 and the line is to be electrified by 2030."), List.of());
        assertEquals(LocalDate.of(2020, 3, 9), r.dateline().date(), "years that look ahead are not the report's");
        assertTrue(r.warning().contains("2020"), r.warning());
    }

    @Test
    void aYearNamedIsAFloorThatTheLeadsWeekdayMovesOn() {
        // 9 March was a Thursday in 2017 and a Friday in 2018: the visit "since 2016" reported "on Friday" is of 2018
        var r = RESOLVER.resolve(YEARLESS, null, sentences("The envoy arrived in Gomel on Friday, his first visit since May 2016. "
                + "Talks follow."), List.of());
        assertEquals(LocalDate.of(2018, 3, 9), r.dateline().date());
        assertTrue(r.warning().contains("Friday"), r.warning());
        // a weekday that agrees with the year named changes nothing; one outside the lead sentence is not read
        assertEquals(LocalDate.of(2017, 3, 9), RESOLVER.resolve(YEARLESS, null,
                sentences("The envoy arrived on Thursday, as planned in 2017."), List.of()).dateline().date());
        assertEquals(LocalDate.of(2016, 3, 9), RESOLVER.resolve(YEARLESS, null,
                sentences("The envoy arrived, first time since 2016. He leaves on Friday."), List.of()).dateline().date());
    }

    @Test
    void withNoYearAnywhereTheDayAndMonthStayWithAWarning() {
        var r = RESOLVER.resolve(YEARLESS, null, sentences("The envoys met on Tuesday and again yesterday."), List.of());
        assertEquals(YEARLESS, r.dateline());
        assertTrue(r.warning().contains("9 March but no year"), r.warning());
    }

    @Test
    void aDatedOrMissingDatelineIsLeftAlone() {
        var dated = new Dateline("GOMEL, Nov 7 2021 (Northline) -", "GOMEL", LocalDate.of(2021, 11, 7), "Northline");
        assertEquals(new DatelineYearResolver.Result(dated, null), RESOLVER.resolve(dated, null, List.of(), List.of()));
        assertEquals(new DatelineYearResolver.Result(null, null), RESOLVER.resolve(null, null, List.of(), List.of()));
    }
}
