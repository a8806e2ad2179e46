package dev.parallax.comparator.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.ComparisonConfig.EventRules;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the grouping calibration maximises, on accounts read by the real analyzer: leaving two accounts of one
 * meeting apart costs less than taking two meetings for one, since a wrong merge turns every difference between
 * the meetings into a false discrepancy. Every account here is written for this test.
 */
class CalibrationWeighsPrecisionTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String published, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse(published + "T12:00:00Z"), null, null, text,
                SourceFormat.TEXT, outlet));
    }

    @Test
    void aWrongMergeScoresBelowAccountsLeftApart() {
        // two meetings of one leader on two days, two accounts each
        List<AnalyzedArticle> accounts = List.of(
                account("Herald", "2031-03-11", "French President Emmanuel Macron received German Chancellor Olaf Scholz in Paris on Tuesday for talks on a joint fighter jet."),
                account("Courier", "2031-03-11", "Emmanuel Macron and Olaf Scholz agreed in Paris on Tuesday to order a new fighter jet together."),
                account("Wire", "2031-03-12", "Emmanuel Macron flew to Rome on Wednesday to discuss migration with Italian Prime Minister Giorgia Meloni."),
                account("Gazette", "2031-03-12", "Giorgia Meloni and Emmanuel Macron spoke about migration over lunch in Rome on Wednesday."));
        GroupingCalibrator.Batch batch = new GroupingCalibrator.Batch("one host, two meetings", accounts, List.of("a", "a", "b", "b"));
        EventRules apart = EventRules.defaults().withThreshold(1.01).withAttachThreshold(1.01);
        EventRules merged = EventRules.defaults().withThreshold(0.01).withAttachThreshold(0.01);
        // the two groupings are mirror images: B-cubed precision 1 and recall 0.5, or precision 0.5 and recall 1
        assertEquals(4, new EventGrouper(apart).group(accounts).size());
        assertEquals(1, new EventGrouper(merged).group(accounts).size());
        double leftApart = GroupingCalibrator.meanFBeta(List.of(batch), apart);
        double wrongMerge = GroupingCalibrator.meanFBeta(List.of(batch), merged);
        assertTrue(leftApart > wrongMerge + 0.1, leftApart + " vs " + wrongMerge);
        // stays silent: the right grouping scores full marks whatever the weighting
        double right = GroupingCalibrator.meanFBeta(List.of(batch), EventRules.defaults());
        assertEquals(1.0, right, 1e-9);
    }
}
