package dev.parallax.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.Removal;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.web.api.ArticleDetail;
import dev.parallax.web.service.ArticleQueryService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyzes a stored article on the fly, so pages can highlight entities, quotes and claims and the
 * comparator can diff accounts. The stored cleaned text is used as is (its cleaning is not redone),
 * so every offset points into the text the API serves and the id stays the article's identity.
 * Articles never change under their id (it is a hash of the text), so analyses are cached (LRU).
 */
@ApplicationScoped
public class StoredAnalysis {
    private static final int CACHE_SIZE = 512;

    private final ArticleQueryService articles;
    private final ObjectMapper json;
    private final ArticleAnalyzer analyzer;
    /** Stored removals and dateline of articles being analyzed, handed to the analyzer's cleaner slot. */
    private final Map<RawArticle, CleanedArticle> pending = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, AnalyzedArticle> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnalyzedArticle> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public StoredAnalysis(ArticleQueryService articles, ObjectMapper json) {
        this.articles = articles;
        this.json = json;
        AnalyzerConfig defaults = AnalyzerConfig.defaults();
        // The cleaner is the identity on stored articles: the text already is the cleaned text.
        this.analyzer = new ArticleAnalyzer(new AnalyzerConfig(defaults.gazetteer(), defaults.thresholds(),
                raw -> pending.getOrDefault(raw, new CleanedArticle(raw.text(), List.of(), null, List.of()))));
    }

    /** The article with its analysis; a 404 problem when there is no such article. */
    public Analyzed get(String id) {
        ArticleDetail detail = articles.get(id);
        return new Analyzed(detail, analyze(detail));
    }

    /** The analysis alone: from the cache when there, without reading the article again. */
    public AnalyzedArticle analysis(String id) {
        synchronized (cache) {
            AnalyzedArticle cached = cache.get(id);
            if (cached != null) {
                return cached;
            }
        }
        return get(id).analysis();
    }

    public AnalyzedArticle analyze(ArticleDetail detail) {
        synchronized (cache) {
            AnalyzedArticle cached = cache.get(detail.id());
            if (cached != null) {
                return cached;
            }
        }
        RawArticle raw = new RawArticle(detail.outlet(), detail.url(), detail.title(), detail.published(),
                detail.byline(), detail.language(), detail.cleanedText(), format(detail.format()), detail.source());
        pending.put(raw, new CleanedArticle(detail.cleanedText(), removals(detail.removed()),
                dateline(detail.dateline()), List.of()));
        AnalyzedArticle analyzed;
        try {
            analyzed = analyzer.analyze(raw);
        } finally {
            pending.remove(raw);
        }
        synchronized (cache) {
            cache.put(detail.id(), analyzed);
        }
        return analyzed;
    }

    /** A stored article and what core understands of it. */
    public record Analyzed(ArticleDetail detail, AnalyzedArticle analysis) {}

    private List<Removal> removals(JsonNode removed) {
        List<Removal> list = new ArrayList<>();
        if (removed != null && removed.isArray()) {
            for (JsonNode r : removed) {
                list.add(new Removal(r.path("text").asText(""), r.path("reason").asText(""), r.path("line").asInt(0)));
            }
        }
        return list;
    }

    private static Dateline dateline(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        LocalDate date = null;
        String day = node.path("date").asText("");
        if (day.length() >= 10) {
            try {
                date = LocalDate.parse(day.substring(0, 10));
            } catch (java.time.format.DateTimeParseException ignored) {
                // an unreadable stored date only loses the reference day for relative times
            }
        }
        return new Dateline(text(node, "text"), text(node, "place"), date, text(node, "agency"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static SourceFormat format(String stored) {
        if (stored == null) {
            return SourceFormat.TEXT;
        }
        try {
            return SourceFormat.valueOf(stored.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return SourceFormat.TEXT;
        }
    }
}
