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
 * A yearless dateline ("MINSK, 7 April (BelTA) -") on a page with no publication date takes the latest year the
 * article names as a floor; a year of a sentence about what is to come ("the two sides will adopt a doctrine in 2024") is
 * no such floor. With the real analyzer;
 * every account here is written for this test.
 */
class DatelineYearOfPlansTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String published, String text) {
        return ANALYZER.analyze(new RawArticle("Wire", null, null, published == null ? null : OffsetDateTime.parse(published + "T12:00:00Z"),
                null, "en", text, SourceFormat.TEXT, "Wire"));
    }

    @Test
    void aYearOfPlansIsNoFloorForADatelinesYear() {
        AnalyzedArticle wrapUp = account(null, "MINSK, 7 April (BelTA) - The president took part in the council's meeting in "
                + "Moscow on 6 April. The council reviewed the work done so far in 2023. The two sides will adopt a "
                + "joint defence doctrine at the council's session in 2024.");
        assertEquals(LocalDate.of(2023, 4, 7), EventDates.dating(wrapUp).event());
        // stays silent: a year the article reports as past still sets the floor
        AnalyzedArticle past = account(null, "MINSK, 7 April (BelTA) - The president took part in the council's meeting in "
                + "Moscow on 6 April. The council reviewed the work done so far in 2023. In 2024 the council approved a security "
                + "concept.");
        assertEquals(LocalDate.of(2024, 4, 7), EventDates.dating(past).event());
    }
}
