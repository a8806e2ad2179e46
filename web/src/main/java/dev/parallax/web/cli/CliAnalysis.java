package dev.parallax.web.cli;

import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.util.List;

/** How the command-line tools analyze: core's defaults with sentence embeddings, articles in parallel. */
final class CliAnalysis {
    private CliAnalysis() {}

    /** Core's analyzer with the shipped gazetteer and the sentence model (loaded on first use). */
    static ArticleAnalyzer analyzer() {
        return new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));
    }

    /**
     * Every article analyzed, in the given order. Articles are independent, so they are analyzed on all
     * cores; the result does not depend on how the work was split.
     */
    static List<AnalyzedArticle> analyzeAll(ArticleAnalyzer analyzer, List<RawArticle> articles) {
        return articles.parallelStream().map(analyzer::analyze).toList();
    }
}
