package dev.parallax.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.TimeExpression;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeExpressionExtractorTest {
    private static final TimeExpressionExtractor EXTRACTOR = new TimeExpressionExtractor();
    /** A Thursday. */
    private static final LocalDate DEC_19_2024 = LocalDate.of(2024, 12, 19);

    private static TimeExpression only(String sentence, LocalDate ref, String surface) {
        List<TimeExpression> found = EXTRACTOR.extract(sentence, 0, ref);
        for (TimeExpression t : found) {
            if (t.surface().equals(surface)) {
                assertEquals(surface, sentence.substring(t.start(), t.end()));
                return t;
            }
        }
        return fail("'" + surface + "' not found in " + found);
    }

    /** Asserts that {@code surface}, written in {@code sentence} published on {@code ref}, denotes the days {@code from..to}. */
    static void assertResolves(String sentence, String surface, LocalDate ref, String from, String to, Granularity g) {
        TimeExpression t = only(sentence, ref, surface);
        assertEquals(LocalDate.parse(from), t.from(), surface);
        assertEquals(LocalDate.parse(to), t.to(), surface);
        assertEquals(g, t.granularity(), surface);
    }

    static void assertDuration(String sentence, String surface, String period) {
        TimeExpression t = only(sentence, DEC_19_2024, surface);
        assertEquals(Granularity.DURATION, t.granularity());
        assertEquals(Period.parse(period), t.duration(), surface);
        assertNull(t.from());
    }

    @Test
    void deicticWords() {
        assertResolves("He spoke yesterday.", "yesterday", DEC_19_2024, "2024-12-18", "2024-12-18", Granularity.DAY);
        assertResolves("They meet today.", "today", DEC_19_2024, "2024-12-19", "2024-12-19", Granularity.DAY);
        assertResolves("Talks resume tomorrow.", "tomorrow", DEC_19_2024, "2024-12-20", "2024-12-20", Granularity.DAY);
    }

    @Test
    void lastWeekMonthYearAreCalendarUnits() {
        assertResolves("It happened last month.", "last month", DEC_19_2024, "2024-11-01", "2024-11-30", Granularity.MONTH);
        assertResolves("It happened last week.", "last week", DEC_19_2024, "2024-12-09", "2024-12-15", Granularity.WEEK);
        assertResolves("Trade grew next year.", "next year", DEC_19_2024, "2025-01-01", "2025-12-31", Granularity.YEAR);
        assertResolves("It happened last month.", "last month", LocalDate.of(2024, 1, 10), "2023-12-01", "2023-12-31",
                Granularity.MONTH);
    }

    @Test
    void weekdaysLookBackUnlessTheSentenceSpeaksOfTheFuture() {
        assertResolves("The leaders met on Wednesday.", "on Wednesday", DEC_19_2024, "2024-12-18", "2024-12-18", Granularity.DAY);
        assertResolves("The leaders met on Thursday.", "on Thursday", DEC_19_2024, "2024-12-19", "2024-12-19", Granularity.DAY);
        assertResolves("He plans to attend the council on Friday.", "on Friday", DEC_19_2024, "2024-12-20", "2024-12-20",
                Granularity.DAY);
        assertResolves("They will sign it on Monday.", "on Monday", DEC_19_2024, "2024-12-23", "2024-12-23", Granularity.DAY);
    }

    @Test
    void aWeekdayAVerbOfThePastGovernsIsPastWhateverAQuotationPromises() {
        assertResolves("A channel cited him as saying Wednesday that Moscow \"will never abandon its ally\".", "Wednesday", DEC_19_2024,
                "2024-12-18", "2024-12-18", Granularity.DAY);
        assertResolves("The minister said on Monday that the two sides will sign the treaty soon.", "on Monday", DEC_19_2024,
                "2024-12-16", "2024-12-16", Granularity.DAY);
        assertResolves("He told reporters Tuesday: \u201cWe will meet again.\u201d", "Tuesday", DEC_19_2024, "2024-12-17", "2024-12-17",
                Granularity.DAY);
        assertResolves("The leaders will sign it on Monday, the ministry said.", "on Monday", DEC_19_2024, "2024-12-23", "2024-12-23",
                Granularity.DAY);
    }

    @Test
    void datesWithAndWithoutYears() {
        assertResolves("The press conference was held on 19 December.", "19 December", DEC_19_2024, "2024-12-19",
                "2024-12-19", Granularity.DAY);
        assertResolves("It ended on Dec. 19 in Minsk.", "Dec. 19", DEC_19_2024, "2024-12-19", "2024-12-19", Granularity.DAY);
        assertResolves("They met on December 20, local time.", "December 20", DEC_19_2024, "2024-12-20", "2024-12-20",
                Granularity.DAY);
        assertResolves("They met on December 20, 2022.", "December 20, 2022", DEC_19_2024, "2022-12-20", "2022-12-20",
                Granularity.DAY);
        assertResolves("A treaty signed on 2 January.", "2 January", DEC_19_2024, "2025-01-02", "2025-01-02", Granularity.DAY);
        assertResolves("Weapons moved in 2023.", "2023", DEC_19_2024, "2023-01-01", "2023-12-31", Granularity.YEAR);
        assertResolves("Exercises ran 3-5 December.", "3-5 December", DEC_19_2024, "2024-12-03", "2024-12-05",
                Granularity.RANGE);
        assertResolves("He arrived on the 4th.", "on the 4th", DEC_19_2024, "2024-12-04", "2024-12-04", Granularity.DAY);
    }

    @Test
    void agoExpressions() {
        assertResolves("Just over two months ago, troops moved.", "Just over two months ago", DEC_19_2024, "2024-10-01",
                "2024-10-31", Granularity.MONTH);
        assertResolves("It began three days ago.", "three days ago", DEC_19_2024, "2024-12-16", "2024-12-16", Granularity.DAY);
    }

    @Test
    void durationsNormalizeSoEqualLengthsCompareEqual() {
        assertDuration("It lasted six months.", "six months", "P6M");
        assertDuration("It lasted half a year.", "half a year", "P6M");
        assertDuration("For a year and a half nothing moved.", "a year and a half", "P18M");
        assertDuration("It took eighteen months.", "eighteen months", "P18M");
        assertDuration("The ban lasts two weeks.", "two weeks", "P14D");
        assertDuration("A two-day visit began.", "two-day", "P2D");
        assertDuration("Within 1.5 years it was done.", "1.5 years", "P18M");
    }

    @Test
    void modalMayAndArticlesAloneAreNotTimes() {
        assertTrue(EXTRACTOR.extract("Russia may respond once a year.", 0, DEC_19_2024).isEmpty());
    }

    @Test
    void withoutAReferenceDateRelativeExpressionsStayUnresolved() {
        TimeExpression t = only("It happened last month.", null, "last month");
        assertNull(t.from());
        assertTrue(t.relative());
        assertEquals(LocalDate.of(2023, 1, 1), only("Weapons moved in 2023.", null, "2023").from());
    }
}
