package dev.parallax.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.TimeExpression;
import java.time.DayOfWeek;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class PartialDatesTest {
    private static TimeExpression unresolved(String surface) {
        return new TimeExpression(0, surface.length(), surface, null, null, Granularity.DAY, null, false);
    }

    @Test
    void aDayOfTheYearInEnglishOrWithAnotherLanguagesMonthName() {
        assertEquals(MonthDay.of(6, 12), PartialDates.of(unresolved("June 12"), "en").monthDay());
        // undated accounts in Russian, German or Spanish name their day too: "19 December" is not "27 December"
        assertEquals(MonthDay.of(12, 27), PartialDates.of(unresolved("27 декабря"), "ru").monthDay());
        assertEquals(MonthDay.of(4, 10), PartialDates.of(unresolved("10. April"), "de").monthDay());
        assertEquals(MonthDay.of(6, 5), PartialDates.of(unresolved("5 de junio"), "es").monthDay());
        assertNull(PartialDates.of(unresolved("12 человек"), "ru").monthDay(), "a count of something is no day");
    }

    @Test
    void aRussianDayOfTheYearAndWeekdayAreRead() {
        // which of an article's days counts is EventDates.yearlessDays's to weigh (MeetingDayAmongOtherDaysTest)
        assertEquals(MonthDay.of(12, 19), PartialDates.of(unresolved("19 декабря"), "ru").monthDay());
        assertEquals(DayOfWeek.TUESDAY, PartialDates.of(unresolved("во вторник"), "ru").dayOfWeek());
    }
}
