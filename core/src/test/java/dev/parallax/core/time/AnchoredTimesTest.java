package dev.parallax.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.core.model.TimeExpression;
import dev.parallax.core.segment.SentenceSegmenter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without a dateline or publication date, relative times are read against a full date the text gives. */
class AnchoredTimesTest {
    private static final TimeExpressionExtractor EXTRACTOR = new TimeExpressionExtractor();

    private static List<TimeExpression> times(String text, LocalDate reference) {
        return EXTRACTOR.extract(new SentenceSegmenter().segment(text).sentences(), reference, "en");
    }

    private static TimeExpression find(List<TimeExpression> times, String surface) {
        return times.stream().filter(t -> t.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not in " + times));
    }

    @Test
    void aCaptionDateAnchorsTheWeekdaysOfTheStory() {
        // 4 October 2021 was a Monday
        String text = "Two ministers shake hands in Oslo, Norway, Oct. 4, 2021.\n\n"
                + "The ministers met in Oslo on Monday and will meet again Wednesday, officials said.\n\n"
                + "They had spoken by phone on Friday.";
        List<TimeExpression> times = times(text, null);
        assertEquals(LocalDate.of(2021, 10, 4), find(times, "on Monday").from());
        assertEquals(LocalDate.of(2021, 10, 6), find(times, "Wednesday").from());
        assertEquals(LocalDate.of(2021, 10, 1), find(times, "on Friday").from());
    }

    @Test
    void yesterdayIsTheDayBeforeTheGivenDate() {
        String text = "March 3, 2022, Paris\n\nYesterday the two delegations talked for hours.";
        assertEquals(LocalDate.of(2022, 3, 2), find(times(text, null), "Yesterday").from());
    }

    @Test
    void aReferenceDateWinsOverTheText() {
        String text = "A photo taken on Oct. 4, 2021.\n\nThe ministers met on Monday.";
        // a Thursday: the Monday before it
        assertEquals(LocalDate.of(2022, 1, 10), find(times(text, LocalDate.of(2022, 1, 13)), "on Monday").from());
    }

    @Test
    void withoutAnyFullDateNothingIsGuessed() {
        String text = "The ministers met on Monday in Oslo.";
        assertNull(find(times(text, null), "on Monday").from());
    }
}
