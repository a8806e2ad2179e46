package dev.parallax.core;

import dev.parallax.core.entity.EntityLinker;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.ArticleMeta;
import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.segment.InputInspector;
import dev.parallax.core.segment.Segmentation;
import dev.parallax.core.segment.SentenceSegmenter;
import dev.parallax.core.segment.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Core's front door: turns one raw article into everything core understands of it.
 *
 * <pre>clean -> segment -> link entities -> times -> numbers -> quotes -> claims</pre>
 *
 * One instance may be used from many threads: every stage is immutable. Bad input never throws:
 * a stage that fails contributes nothing and the analysis carries a warning saying so.
 */
public final class ArticleAnalyzer {
    private final AnalyzerConfig config;
    private final SentenceSegmenter segmenter;
    private final EntityLinker linker;
    private final InputInspector inspector = new InputInspector();

    public ArticleAnalyzer(AnalyzerConfig config) {
        this.config = config;
        this.segmenter = new SentenceSegmenter(new Tokenizer(), config.thresholds().maxSentenceChars());
        this.linker = new EntityLinker(config.gazetteer(), config.thresholds().linker());
    }

    /** An analyzer with the shipped gazetteer, default thresholds and the standard cleaner. */
    public static ArticleAnalyzer withDefaults() {
        return new ArticleAnalyzer(AnalyzerConfig.defaults());
    }

    public AnalyzerConfig config() {
        return config;
    }

    public AnalyzedArticle analyze(RawArticle raw) {
        List<String> warnings = new ArrayList<>();
        if (raw == null) {
            raw = new RawArticle(null, null, null, null, null, null, "", null, null);
            warnings.add("no article given");
        }
        RawArticle input = raw;
        CleanedArticle cleaned = stage("cleaning", warnings,
                () -> config.cleaner().apply(input),
                new CleanedArticle(input.text() == null ? "" : input.text(), List.of(), null, List.of()));
        warnings.addAll(cleaned.warnings());
        String text = cleaned.text() == null ? "" : cleaned.text();
        for (String w : inspector.inspect(text)) {
            if (!warnings.contains(w) && !(w.equals("no text to analyze") && warnings.contains("empty text"))) {
                warnings.add(w);
            }
        }
        LocalDate reference = referenceDate(input, cleaned);
        Segmentation segmentation = stage("segmentation", warnings, () -> segmenter.segment(text),
                new Segmentation(List.of(), List.of()));
        warnings.addAll(segmentation.warnings());
        List<Sentence> sentences = segmentation.sentences();
        List<EntityMention> mentions = stage("entity linking", warnings, () -> linker.link(sentences, reference), List.of());
        return new AnalyzedArticle(ArticleIds.of(text), ArticleMeta.of(input), text, cleaned.dateline(),
                cleaned.removed(), sentences, mentions, List.of(), List.of(), List.of(), List.of(), warnings);
    }

    /** The day relative expressions and role phrases are resolved against: dateline, else publication date. */
    static LocalDate referenceDate(RawArticle raw, CleanedArticle cleaned) {
        if (cleaned.dateline() != null && cleaned.dateline().date() != null) {
            return cleaned.dateline().date();
        }
        return raw.published() == null ? null : raw.published().toLocalDate();
    }

    private static <T> T stage(String name, List<String> warnings, Supplier<T> work, T fallback) {
        try {
            T result = work.get();
            return result == null ? fallback : result;
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add(name + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
            return fallback;
        }
    }
}
