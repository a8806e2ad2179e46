package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.ArticleMeta;
import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.Removal;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.db.ArticleAnalysisEntity;
import dev.parallax.db.ArticleAnalysisRepository;
import dev.parallax.db.ArticleEntity;
import dev.parallax.db.ArticleRepository;
import dev.parallax.db.EntityMentionEntity;
import dev.parallax.db.EntityMentionRepository;
import dev.parallax.web.config.PipelineConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;

/**
 * Core's analysis of stored articles: from memory, from {@code article_analyses}, or made now and
 * saved (with the article's entity mentions). Analysis runs outside transactions; each batch of
 * results is saved in one short transaction. This is the one analysis of a stored article: pages,
 * diffs and stored events all use it.
 *
 * <p>The stored cleaned text is analyzed as it is, with its stored removals, dateline and warnings
 * (it may have been cleaned of learned outlet boilerplate, which re-cleaning the raw text would not
 * redo), so every offset points into the text {@code GET /api/articles/{id}} serves; the analyzer is
 * {@link AnalyzerProvider#current()}, with the aliases and merges editors stored.
 */
@ApplicationScoped
public class AnalysisService {
    /** Bump when core's output changes: stored analyses of another version are made again. */
    public static final String ANALYZER_VERSION = "core-5";
    private static final Logger LOG = Logger.getLogger(AnalysisService.class);

    private final ArticleRepository articles;
    private final ArticleAnalysisRepository analyses;
    private final EntityMentionRepository mentions;
    private final ObjectMapper json;
    private final PipelineConfig config;
    private final AnalyzerProvider analyzers;
    private final Map<String, AnalyzedArticle> cache;
    private final List<Consumer<Collection<String>>> listeners = new CopyOnWriteArrayList<>();

    public AnalysisService(ArticleRepository articles, ArticleAnalysisRepository analyses, EntityMentionRepository mentions,
                           ObjectMapper json, PipelineConfig config,
                           AnalyzerProvider analyzers) {
        this.analyzers = analyzers;
        this.articles = articles;
        this.analyses = analyses;
        this.mentions = mentions;
        this.json = json;
        this.config = config;
        int capacity = Math.max(0, config.jobs().analysisCacheSize());
        this.cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AnalyzedArticle> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * The analyses of these stored articles, keyed by id; deleted or unknown ids are absent.
     *
     * @param fresh    analyze anew even when an analysis is stored (after the gazetteer changed)
     * @param analyzed told how many articles were done so far, as it goes
     */
    public Map<String, AnalyzedArticle> analyses(Collection<String> ids, boolean fresh, IntConsumer analyzed) {
        Map<String, AnalyzedArticle> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            AnalyzedArticle cached = fresh ? null : cache.get(id);
            if (cached != null) {
                found.put(id, cached);
            } else if (!found.containsKey(id)) {
                missing.add(id);
            }
        }
        int batch = Math.max(1, config.jobs().batchSize());
        int done = found.size();
        analyzed.accept(done);
        for (int from = 0; from < missing.size(); from += batch) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + batch));
            Map<String, AnalyzedArticle> stored = fresh ? Map.of() : stored(chunk);
            found.putAll(stored);
            List<String> toAnalyze = chunk.stream().filter(id -> !stored.containsKey(id)).toList();
            if (!toAnalyze.isEmpty()) {
                List<AnalyzedArticle> made = analyze(toAnalyze);
                save(made);
                made.forEach(a -> {
                    found.put(a.id(), a);
                    cache.put(a.id(), a);
                });
                // saved and held: whoever made something from the former analyses makes it again
                changed(made.stream().map(AnalyzedArticle::id).toList());
            }
            done += chunk.size();
            analyzed.accept(done);
        }
        return found;
    }

    /** One stored article's analysis, or null when there is no such article. */
    public AnalyzedArticle analysis(String id) {
        return analyses(List.of(id), false, n -> { }).get(id);
    }

    /** Forgets a deleted article. */
    public void forget(String id) {
        cache.remove(id);
        changed(List.of(id));
    }

    /** The analysis held in memory for this article, or null: never reads the database nor analyzes. */
    public AnalyzedArticle held(String id) {
        return cache.get(id);
    }

    /**
     * Tells {@code listener} the ids of articles whose analysis changed (made again and held, or the
     * article deleted), after the change: whoever keeps something made from the former analyses drops it.
     */
    public void onChange(Consumer<Collection<String>> listener) {
        listeners.add(listener);
    }

    private void changed(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        listeners.forEach(l -> l.accept(ids));
    }

    /**
     * What a side-by-side diff reads of a stored analysis: its id, metadata, text and sentence bounds
     * (start, end, ... in UTF-16 chars, as {@link AnalyzedArticle#sentences()} carries them).
     */
    public record DiffParts(String id, ArticleMeta meta, String text, int[] sentenceBounds) {}

    /**
     * The {@link DiffParts} of these articles' stored analyses, read without the rest of each analysis;
     * articles without a current stored analysis (or with one that does not read) are absent.
     */
    public Map<String, DiffParts> diffParts(Collection<String> ids) {
        List<Object[]> rows = analyses.diffParts(ids, ANALYZER_VERSION);
        Map<String, DiffParts> found = new HashMap<>();
        for (Object[] row : rows) {
            try {
                String id = (String) row[1], meta = (String) row[2], text = (String) row[3], bounds = (String) row[4];
                if (id == null || text == null || bounds == null) {
                    continue;
                }
                found.put((String) row[0], new DiffParts(id, meta == null ? null : json.readValue(meta, ArticleMeta.class),
                        text, bounds.isEmpty() ? new int[0]
                                : java.util.Arrays.stream(bounds.split(",")).mapToInt(Integer::parseInt).toArray()));
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.debugf("stored analysis of %s unreadable for a diff: %s", row[0], e.getMessage());
            }
        }
        return found;
    }

    private Map<String, AnalyzedArticle> stored(List<String> ids) {
        List<ArticleAnalysisEntity> rows = QuarkusTransaction.requiringNew().call(() -> analyses.current(ids, ANALYZER_VERSION));
        Map<String, AnalyzedArticle> found = new HashMap<>();
        for (ArticleAnalysisEntity row : rows) {
            try {
                AnalyzedArticle a = json.readValue(row.analysis, AnalyzedArticle.class);
                found.put(row.articleId, a);
                cache.put(row.articleId, a);
            } catch (JsonProcessingException | RuntimeException e) {
                LOG.debugf("stored analysis of %s unreadable, analyzing again: %s", row.articleId, e.getMessage());
            }
        }
        return found;
    }

    /** A stored article as the analyzer takes it: its metadata and its cleaning as stored. */
    private record StoredArticle(String id, RawArticle raw, CleanedArticle cleaned) {}

    private List<AnalyzedArticle> analyze(List<String> ids) {
        List<StoredArticle> stored = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (ArticleEntity a : articles.list("from ArticleEntity a join fetch a.outlet where a.id in ?1 order by a.id", ids)) {
                RawArticle raw = new RawArticle(a.outlet.name, a.url, a.title, a.published, a.byline, a.language, a.rawText,
                        format(a.format), a.source);
                stored.add(new StoredArticle(a.id, raw, new CleanedArticle(a.cleanedText,
                        read(a.id, a.removed, REMOVALS, List.of()), read(a.id, a.dateline, DATELINE, null),
                        read(a.id, a.warnings, WARNINGS, List.of()))));
            }
        });
        List<AnalyzedArticle> made = new ArrayList<>(stored.size());
        // the shipped gazetteer with the aliases and merges editors stored, as of this batch
        ArticleAnalyzer analyzer = analyzers.current();
        for (StoredArticle article : stored) {
            AnalyzedArticle a = analyzer.analyze(article.raw(), article.cleaned());
            if (!a.id().equals(article.id())) {
                // cleaned of learned outlet boilerplate after the id was taken: the stored identity stays
                a = new AnalyzedArticle(article.id(), a.meta(), a.text(), a.dateline(), a.removed(), a.sentences(),
                        a.mentions(), a.times(), a.quantities(), a.quotes(), a.claims(), a.language(), a.meaning(), a.warnings());
            }
            made.add(a);
        }
        return made;
    }

    private static final TypeReference<List<Removal>> REMOVALS = new TypeReference<>() { };
    private static final TypeReference<Dateline> DATELINE = new TypeReference<>() { };
    private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() { };

    /** A stored JSON column; unreadable, the fallback (the analysis goes on without it). */
    private <T> T read(String id, String column, TypeReference<T> type, T fallback) {
        if (column == null || column.isBlank()) {
            return fallback;
        }
        try {
            T value = json.readValue(column, type);
            return value == null ? fallback : value;
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.debugf("stored cleaning of %s unreadable (%s), analyzing without it", id, e.getMessage());
            return fallback;
        }
    }

    private void save(List<AnalyzedArticle> made) {
        List<String> documents = new ArrayList<>(made.size());
        for (AnalyzedArticle a : made) {
            try {
                documents.add(json.writeValueAsString(a));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the analysis of " + a.id() + " as JSON", e);
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            var em = analyses.getEntityManager();
            for (int i = 0; i < made.size(); i++) {
                AnalyzedArticle a = made.get(i);
                // the upsert locks the row, so two workers saving one article do not interleave its mentions
                int rows = em.createNativeQuery("""
                                insert into article_analyses (article_id, analyzer_version, analysis, analyzed_at)
                                select :id, :version, cast(:analysis as jsonb), now()
                                where exists (select 1 from articles where id = :id)
                                on conflict (article_id) do update set analyzer_version = excluded.analyzer_version,
                                    analysis = excluded.analysis, analyzed_at = excluded.analyzed_at
                                """).setParameter("id", a.id()).setParameter("version", ANALYZER_VERSION)
                        .setParameter("analysis", documents.get(i)).executeUpdate();
                if (rows == 0) {
                    continue; // deleted meanwhile
                }
                mentions.deleteFor(List.of(a.id()));
                for (EntityMention m : a.mentions()) {
                    EntityMentionEntity e = new EntityMentionEntity();
                    e.articleId = a.id();
                    e.entityId = m.entityId() == null ? "unknown:" + m.surface().strip().toLowerCase(java.util.Locale.ROOT) : m.entityId();
                    e.surface = m.surface();
                    e.start = dev.parallax.core.model.CodePoints.offset(a.text(), m.start());
                    e.end = dev.parallax.core.model.CodePoints.offset(a.text(), m.end());
                    e.match = m.match() == null ? "unknown" : m.match().name().toLowerCase(java.util.Locale.ROOT);
                    mentions.persist(e);
                }
            }
        });
    }

    private static SourceFormat format(String name) {
        try {
            return name == null ? SourceFormat.TEXT : SourceFormat.valueOf(name);
        } catch (IllegalArgumentException e) {
            return SourceFormat.TEXT;
        }
    }
}
