package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.comparator.event.EventDates;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * An undated account that names its meeting's day as an ordinal ("on September 15th", "the 15th of September") still
 * says which day of the year it was, as "September 15" does. With the real analyzer; every account here is written
 * for this test.
 */
class OrdinalDayOfTheYearTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static MonthDay dayOfTheYear(String text) {
        AnalyzedArticle a = ANALYZER.analyze(new RawArticle("Wire", null, null, null, null, "en", text, SourceFormat.TEXT, "Wire"));
        return EventDates.dating(a).yearless();
    }

    @Test
    void anOrdinalDayNamesTheDayOfTheYear() {
        assertEquals(MonthDay.of(9, 15), dayOfTheYear("The president looked back on his talks in Sochi on September 15th. "
                + "He said they were devoted to defence."));
        assertEquals(MonthDay.of(9, 15), dayOfTheYear("The president described the talks held on the 15th of September in "
                + "Sochi. He said they were devoted to defence."));
        // stays silent: a day of the month alone, ordinal or not, names no day of the year
        assertEquals(null, dayOfTheYear("The president described the talks held on the 15th in Sochi. He said they were "
                + "devoted to defence."));
    }
}
