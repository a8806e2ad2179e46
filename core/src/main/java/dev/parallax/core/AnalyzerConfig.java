package dev.parallax.core;

import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.entity.Gazetteer;
import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.RawArticle;
import java.util.function.Function;

/**
 * What an {@link ArticleAnalyzer} is built from.
 *
 * @param gazetteer  the entities it knows ({@link Gazetteer#defaults()} or {@link Gazetteer#load})
 * @param thresholds tuning numbers
 * @param cleaner    turns a raw article into cleaned text (normally an {@link ArticleCleaner}; only that one
 *                   can learn outlet boilerplate, see {@link ArticleAnalyzer#learningFrom})
 */
public record AnalyzerConfig(Gazetteer gazetteer, AnalysisThresholds thresholds,
                             Function<RawArticle, CleanedArticle> cleaner) {
    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(Gazetteer.defaults(), AnalysisThresholds.defaults(), new ArticleCleaner());
    }

    public AnalyzerConfig withCleaner(Function<RawArticle, CleanedArticle> newCleaner) {
        return new AnalyzerConfig(gazetteer, thresholds, newCleaner);
    }

    public AnalyzerConfig withGazetteer(Gazetteer newGazetteer) {
        return new AnalyzerConfig(newGazetteer, thresholds, cleaner);
    }
}
