package dev.parallax.core;

import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.entity.Gazetteer;
import dev.parallax.core.meaning.MeaningLimits;
import dev.parallax.core.meaning.SentenceEncoder;
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
 * @param encoder    the sentence model the lead, claims and quotes are embedded with, or null for none
 *                   ({@link dev.parallax.core.model.Meaning#NONE}: comparison falls back to words)
 * @param meaning    which spans are embedded, and how many at most
 */
public record AnalyzerConfig(Gazetteer gazetteer, AnalysisThresholds thresholds,
                             Function<RawArticle, CleanedArticle> cleaner, SentenceEncoder encoder,
                             MeaningLimits meaning) {
    public AnalyzerConfig {
        meaning = meaning == null ? MeaningLimits.defaults() : meaning;
    }

    /** Without sentence embeddings. */
    public AnalyzerConfig(Gazetteer gazetteer, AnalysisThresholds thresholds, Function<RawArticle, CleanedArticle> cleaner) {
        this(gazetteer, thresholds, cleaner, null, MeaningLimits.defaults());
    }

    /** The shipped gazetteer, default thresholds, the standard cleaner; no sentence embeddings. */
    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(Gazetteer.defaults(), AnalysisThresholds.defaults(), new ArticleCleaner());
    }

    public AnalyzerConfig withCleaner(Function<RawArticle, CleanedArticle> newCleaner) {
        return new AnalyzerConfig(gazetteer, thresholds, newCleaner, encoder, meaning);
    }

    public AnalyzerConfig withGazetteer(Gazetteer newGazetteer) {
        return new AnalyzerConfig(newGazetteer, thresholds, cleaner, encoder, meaning);
    }

    /** This configuration embedding with {@code newEncoder} (null: no embeddings). */
    public AnalyzerConfig withEncoder(SentenceEncoder newEncoder) {
        return new AnalyzerConfig(gazetteer, thresholds, cleaner, newEncoder, meaning);
    }

    public AnalyzerConfig withMeaning(MeaningLimits newLimits) {
        return new AnalyzerConfig(gazetteer, thresholds, cleaner, encoder, newLimits);
    }
}
