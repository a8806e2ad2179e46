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
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A day named once past the opening and far from the publication day ("the counter-attack launched on June 4" in a
 * report published in late July) is background: it does not outweigh the publication day as the meeting's day. With the real analyzer;
 * every account here is written for this test.
 */
class BackgroundDayFarFromPublicationTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String published, String text) {
        return ANALYZER.analyze(new RawArticle("Wire", null, null, published == null ? null : OffsetDateTime.parse(published + "T12:00:00Z"),
                null, "en", text, SourceFormat.TEXT, "Wire"));
    }

    @Test
    void aBackgroundDayNamedOnceFarFromPublicationDoesNotDateTheMeeting() {
        AnalyzedArticle report = account("2031-07-24", "The two presidents met near St. Petersburg and visited a naval cathedral. "
                + "They then walked through the old harbour town. Crowds gathered to see them. One of them spoke of the war. He "
                + "said the counter-attack launched on June 4 had cost thousands of lives.");
        assertEquals(LocalDate.of(2031, 7, 24), EventDates.dating(report).event());
        // stays silent: a far day the opening names is the meeting's day all the same
        AnalyzedArticle late = account("2031-07-24", "The two presidents met on June 4 near St. Petersburg, their aides said "
                + "weeks later. They visited a naval cathedral.");
        assertEquals(LocalDate.of(2031, 6, 4), EventDates.dating(late).event());
    }
}
