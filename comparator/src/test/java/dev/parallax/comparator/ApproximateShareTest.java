package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
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
 * A share said approximately ("about 90%", "some 70 per cent") allows a few points either side, not a fraction of
 * itself: "about 90%" and "about 70%" of the same programme are a NUMBER finding, "about 40%" and "about 45%" are
 * not. Real analyzer and sentence model; every account is written for this test.
 */
class ApproximateShareTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String share) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2031-10-02T12:00:00Z"), null, "en",
                "President Ilya Varga of Nordavia hosted Prime Minister Joanna Keel in Port Alder on Thursday. "
                        + "Varga told the joint council that the common road programmes had been carried out by " + share
                        + ", and thanked Keel for the new ferry line.", SourceFormat.TEXT, outlet));
    }

    private static List<Discrepancy> numbers(AnalyzedArticle... accounts) {
        return Accounts.discrepancies(Comparison.withDefaults().compareAsOneEvent(List.of(accounts)), DiscrepancyType.NUMBER);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    @Test
    void twentyPointsApartIsAConflictEvenWhenBothAreApproximate() {
        List<Discrepancy> found = numbers(account("Wire", "about 90%"), account("Herald", "about 70 per cent"));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertTrue(ev.contains("about 90%") && ev.contains("about 70 per cent"), ev);
    }

    @Test
    void sharesWithinRoundingAgree() {
        assertTrue(numbers(account("Wire", "about 40%"), account("Herald", "about 45 percent")).isEmpty());
        assertTrue(numbers(account("Wire", "about 90%"), account("Herald", "nearly 90 per cent")).isEmpty());
    }
}
