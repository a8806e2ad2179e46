package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.ComparisonConfig.PairWeights;
import dev.parallax.comparator.event.EventGrouper;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The word likeness of two accounts counts the words they could share: a word no other account of the batch uses
 * scores highest by TF-IDF yet can match nothing, so two long accounts of one meeting, each with its own colour,
 * still read as alike on the words they have in common. With the real analyzer; every account here is written for
 * this test.
 */
class TermsOnlyOneAccountUsesTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));
    private static final int WORDS = PairWeights.NAMES.indexOf("words");

    private static AnalyzedArticle account(String outlet, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2031-09-15T12:00:00Z"), null, "en", text,
                SourceFormat.TEXT, outlet));
    }

    @Test
    void wordsOnlyOneAccountUsesDoNotDiluteTheLikenessOfTwo() {
        AnalyzedArticle wire = account("Wire", "Vladimir Putin promised Alexander Lukashenko a state loan of 1.5 billion dollars "
                + "at their talks in Sochi. Fog hung over the harbour, gulls circled the pier, fishermen mended nets, waiters "
                + "polished cutlery, tourists bargained for souvenirs, and musicians tuned guitars along the promenade while "
                + "limousines idled near cypress hedges.");
        AnalyzedArticle herald = account("Herald", "Alexander Lukashenko left Sochi with a state loan of 1.5 billion dollars from "
                + "Vladimir Putin. Commentators in Warsaw grumbled, economists in Vilnius sketched gloomy charts, opposition "
                + "exiles drafted petitions, bankers recalculated reserves, and traders hoarded euros as the currency wobbled "
                + "through another anxious week.");
        AnalyzedArticle other = account("Gazette", "Farmers in Brittany blocked motorways with tractors to protest against fuel "
                + "taxes, and the police cleared the roads by evening.");
        Map<Long, double[]> f = EventGrouper.allFeatures(List.of(wire, herald, other), ComparisonConfig.defaults().events());
        double alike = f.get((0L << 32) | 1)[WORDS];
        assertTrue(alike >= 0.5, "words " + alike);
        // stays silent: an account of something else shares no word worth counting
        assertEquals(0.0, f.get((0L << 32) | 2)[WORDS], 1e-9);
    }
}
