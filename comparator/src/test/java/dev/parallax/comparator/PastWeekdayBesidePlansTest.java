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
 * A weekday after a verb of the past and its object ("made a short trip Monday") is the past day, even in a sentence
 * that also speaks of plans ("brushed off plans to merge"), which otherwise sends a weekday ahead. With the real analyzer;
 * every account here is written for this test.
 */
class PastWeekdayBesidePlansTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String published, String text) {
        return ANALYZER.analyze(new RawArticle("Wire", null, null, published == null ? null : OffsetDateTime.parse(published + "T12:00:00Z"),
                null, "en", text, SourceFormat.TEXT, "Wire"));
    }

    @Test
    void aWeekdayAfterAVerbOfThePastAndItsObjectIsPastEvenBesidePlans() {
        // published on a Tuesday; "plans to" in the sentence must not send Monday a week ahead
        AnalyzedArticle visit = account("2031-12-16", "The leader brushed off plans to merge the two states as he made a short trip "
                + "Monday to the neighbouring capital. He called the two countries close allies.");
        assertEquals(LocalDate.of(2031, 12, 15), EventDates.dating(visit).event());
        // stays silent: a weekday after a word of the future is ahead
        AnalyzedArticle ahead = account("2031-12-16", "The president said talks will resume Monday in the capital. He called "
                + "the two countries close allies.");
        assertEquals(LocalDate.of(2031, 12, 22), EventDates.dating(ahead).event());
    }
}
