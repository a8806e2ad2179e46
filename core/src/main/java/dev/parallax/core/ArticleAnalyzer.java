package dev.parallax.core;

import dev.parallax.core.claim.ClaimExtractor;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.clean.OutletBoilerplateLearner;
import dev.parallax.core.entity.EntityLinker;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.core.number.QuantityExtractor;
import dev.parallax.core.quote.QuoteExtraction;
import dev.parallax.core.quote.QuoteExtractor;
import dev.parallax.core.time.DatelineYearResolver;
import dev.parallax.core.time.TimeExpressionExtractor;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.ArticleMeta;
import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Meaning;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.segment.InputInspector;
import dev.parallax.core.segment.Segmentation;
import dev.parallax.core.segment.SentenceSegmenter;
import dev.parallax.core.segment.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Core's front door: turns one raw article into everything core understands of it.
 *
 * <pre>clean -> segment -> date a yearless dateline -> link entities -> times -> numbers -> quotes -> claims</pre>
 *
 * One instance may be used from many threads: every stage is immutable. Bad input never throws:
 * a stage that fails contributes nothing and the analysis carries a warning saying so.
 */
public final class ArticleAnalyzer {
    private final AnalyzerConfig config;
    private final SentenceSegmenter segmenter;
    private final EntityLinker linker;
    private final InputInspector inspector = new InputInspector();
    private final TimeExpressionExtractor times = new TimeExpressionExtractor();
    private final QuantityExtractor quantities = new QuantityExtractor();
    private final DatelineYearResolver datelineYears = new DatelineYearResolver();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final ClaimExtractor claims;

    public ArticleAnalyzer(AnalyzerConfig config) {
        this.config = config;
        this.segmenter = new SentenceSegmenter(new Tokenizer(), config.thresholds().maxSentenceChars());
        this.linker = new EntityLinker(config.gazetteer(), config.thresholds().linker());
        this.claims = new ClaimExtractor(config.thresholds().claimThreshold());
    }

    /** An analyzer with the shipped gazetteer, default thresholds and the standard cleaner. */
    public static ArticleAnalyzer withDefaults() {
        return new ArticleAnalyzer(AnalyzerConfig.defaults());
    }

    /**
     * This analyzer, but cleaning away the lines each outlet repeats across its articles in {@code batch}
     * (its slogan, its footer: see {@link OutletBoilerplateLearner}). Use it when many articles are
     * analyzed together; the result depends only on the batch. A cleaner other than an
     * {@link ArticleCleaner} is kept as it is.
     */
    public ArticleAnalyzer learningFrom(Collection<RawArticle> batch) {
        if (!(config.cleaner() instanceof ArticleCleaner cleaner)) {
            return this;
        }
        ArticleCleaner learned = cleaner.learningFrom(batch);
        return learned == cleaner ? this : new ArticleAnalyzer(config.withCleaner(learned));
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
        return analyzeCleaned(input, cleaned, warnings);
    }

    /**
     * Analyzes an article cleaned earlier (a stored one): {@code cleaned}'s text, removals, dateline and
     * warnings are taken as they are and the cleaner is not run, so every offset points into
     * {@code cleaned.text()}. {@code raw} only gives the metadata (outlet, title, publication date, ...).
     * The id is the hash of {@code cleaned.text()}; a caller that stores articles under another id
     * (cleaned with learned rules) sets its own.
     */
    public AnalyzedArticle analyze(RawArticle raw, CleanedArticle cleaned) {
        List<String> warnings = new ArrayList<>();
        if (raw == null) {
            raw = new RawArticle(null, null, null, null, null, null, "", null, null);
            warnings.add("no article given");
        }
        if (cleaned == null) {
            cleaned = new CleanedArticle("", List.of(), null, List.of("no cleaned text given"));
        }
        return analyzeCleaned(raw, cleaned, warnings);
    }

    private AnalyzedArticle analyzeCleaned(RawArticle input, CleanedArticle cleaned, List<String> warnings) {
        warnings.addAll(cleaned.warnings());
        String text = cleaned.text() == null ? "" : cleaned.text();
        for (String w : inspector.inspect(text)) {
            if (!warnings.contains(w) && !(w.equals("no text to analyze") && warnings.contains("empty text"))) {
                warnings.add(w);
            }
        }
        Segmentation segmentation = stage("segmentation", warnings, () -> segmenter.segment(text),
                new Segmentation(List.of(), List.of()));
        warnings.addAll(segmentation.warnings());
        List<Sentence> sentences = segmentation.sentences();
        DatelineYearResolver.Result dated = stage("dateline year", warnings, () -> datelineYears.resolve(cleaned.dateline(),
                input.published() == null ? null : input.published().toLocalDate(), sentences, cleaned.removed()),
                new DatelineYearResolver.Result(cleaned.dateline(), null));
        Dateline dateline = dated.dateline();
        if (dated.warning() != null) {
            warnings.add(dated.warning());
        }
        LocalDate reference = referenceDate(input, dateline);
        List<EntityMention> mentions = stage("entity linking", warnings, () -> linker.link(sentences, reference), List.of());
        List<TimeExpression> timeList = stage("time expressions", warnings, () -> times.extract(sentences, reference),
                List.of());
        if (reference == null && dated.warning() == null && timeList.stream().anyMatch(TimeExpression::relative)) {
            warnings.add("no dateline or publication date: relative time expressions are left unresolved");
        }
        List<Quantity> quantityList = stage("numbers", warnings, () -> quantities.extract(sentences, timeList), List.of());
        QuoteExtraction quoteResult = stage("quotes", warnings, () -> quotes.extract(text, sentences, mentions),
                new QuoteExtraction(List.of(), List.of()));
        warnings.addAll(quoteResult.warnings());
        List<Claim> claimList = stage("claims", warnings, () -> claims.extract(text, sentences, mentions, timeList,
                quantityList, quoteResult.quotes()), List.of());
        if (!text.isBlank() && claimList.isEmpty()) {
            warnings.add("no check-worthy statement found");
        }
        return new AnalyzedArticle(ArticleIds.of(text), ArticleMeta.of(input), text, dateline,
                cleaned.removed(), sentences, mentions, timeList, quantityList, quoteResult.quotes(), claimList,
                language(input, text), Meaning.NONE, warnings);
    }

    /** The declared language, else the one the text is written in (see {@link LanguageIdentifier}). */
    private static String language(RawArticle raw, String text) {
        if (raw.language() != null && !raw.language().isBlank()) return raw.language().strip().toLowerCase(java.util.Locale.ROOT);
        return LanguageIdentifier.identify(text);
    }

    /** The day relative expressions and role phrases are resolved against: dateline, else publication date. */
    static LocalDate referenceDate(RawArticle raw, Dateline dateline) {
        if (dateline != null && dateline.date() != null) {
            return dateline.date();
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
