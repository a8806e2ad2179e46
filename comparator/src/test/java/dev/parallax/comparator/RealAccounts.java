package dev.parallax.comparator;

import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.OffsetDateTime;

/** Test harness: accounts read by the real analyzer with the sentence model, as the application reads them. */
final class RealAccounts {
    private RealAccounts() {}

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    /**
     * An account of {@code outlet} (also its file name), published at noon UTC on {@code published} (an ISO day; null for
     * none), in {@code language} (null: the analyzer tells).
     */
    static AnalyzedArticle account(String outlet, String published, String language, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, published == null ? null : OffsetDateTime.parse(published + "T12:00:00Z"),
                null, language, text, SourceFormat.TEXT, outlet));
    }
}
