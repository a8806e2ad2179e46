package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.comparator.event.EventDates;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A day an account names as the point something runs from ("their first talks since a contested vote on August 9")
 * lies before its meeting: it is no day of the meeting, neither as the day of the year an undated account gives nor as
 * a dated account's event day. With the real analyzer;
 * every account here is written for this test.
 */
class SinceDayTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String published, String text) {
        return ANALYZER.analyze(new RawArticle("Wire", null, null, published == null ? null : OffsetDateTime.parse(published + "T12:00:00Z"),
                null, "en", text, SourceFormat.TEXT, "Wire"));
    }

    @Test
    void aDayNamedAfterSinceIsNotTheDayOfTheMeeting() {
        AnalyzedArticle since = account(null, "The two presidents met in Sochi on Monday, their first talks since a contested "
                + "vote on August 9 brought crowds onto the streets. The host promised a loan.");
        assertEquals(null, EventDates.dating(since).yearless(), EventDates.dating(since).toString());
        // stays silent: a day of the meeting itself is read
        AnalyzedArticle plain = account(null, "The two presidents met in Sochi on September 14 and agreed on a loan.");
        assertEquals(MonthDay.of(9, 14), EventDates.dating(plain).yearless());
        // a dated account: the day after "since" is not its event day, the publication day is
        AnalyzedArticle dated = account("2031-09-15", "The two presidents met in Sochi for their first talks since the vote on "
                + "September 9. The host promised a loan.");
        assertEquals(LocalDate.of(2031, 9, 15), EventDates.dating(dated).event());
    }
}
