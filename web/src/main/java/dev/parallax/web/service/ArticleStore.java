package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.db.ArticleRepository;
import dev.parallax.db.NewArticleRow;
import dev.parallax.db.OutletRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes prepared articles: one transaction per batch, each article at most once, whoever imports it at the same time. */
@ApplicationScoped
public class ArticleStore {
    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final ObjectMapper json;

    public ArticleStore(ArticleRepository articles, OutletRepository outlets, ObjectMapper json) {
        this.articles = articles;
        this.outlets = outlets;
        this.json = json;
    }

    /**
     * Stores the batch in one transaction and says, per article, whether this call created it or
     * found it stored. Concurrent imports of overlapping batches never fail on each other: outlets
     * and articles are inserted with {@code on conflict do nothing}, in a fixed order (see the
     * repositories), and an article another import stored first is reported as existing.
     */
    @Transactional
    public List<ImportedArticle> store(List<PreparedArticle> batch) {
        Map<String, Long> outletIds = outlets.idsCreatingMissing(
                batch.stream().map(a -> a.raw().outlet().strip()).toList());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, NewArticleRow> rows = new LinkedHashMap<>();
        for (PreparedArticle article : batch) {
            rows.computeIfAbsent(article.id(), id -> toRow(article, outletIds.get(article.raw().outlet().strip()), now));
        }
        Set<String> inserted = new HashSet<>(articles.insertAbsent(List.copyOf(rows.values())));
        List<ImportedArticle> results = new ArrayList<>(batch.size());
        for (PreparedArticle article : batch) {
            // the first occurrence of an id in the batch is the one created; repeats are existing
            results.add(result(article, inserted.remove(article.id()) ? ImportedArticle.CREATED : ImportedArticle.EXISTING));
        }
        return results;
    }

    /** Marks stored articles as their events' records (imported again with {@code "record": true}); answers those newly marked. */
    @Transactional
    public Set<String> markRecords(java.util.Collection<String> ids) {
        return articles.markRecords(ids);
    }

    /** Clears the record mark of stored articles (imported again with {@code "record": false}); answers those that had it. */
    @Transactional
    public Set<String> unmarkRecords(java.util.Collection<String> ids) {
        return articles.unmarkRecords(ids);
    }

    /** Per outlet named, the raw texts of its {@code perOutlet} latest stored articles (see the repository). */
    @Transactional
    public List<ArticleRepository.OutletRawText> recentRawTexts(java.util.Collection<String> outletNames, int perOutlet) {
        return articles.recentRawTexts(outletNames, perOutlet);
    }

    private NewArticleRow toRow(PreparedArticle article, long outletId, OffsetDateTime now) {
        var raw = article.raw();
        var cleaned = article.cleaned();
        return new NewArticleRow(article.id(), outletId, raw.url(), raw.title(), raw.published(), raw.byline(),
                raw.language(), raw.source(), raw.format() == null ? "TEXT" : raw.format().name(), raw.text(),
                cleaned.text(), write(cleaned.removed()), cleaned.dateline() == null ? null : write(cleaned.dateline()),
                write(cleaned.warnings()), now, raw.record());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static ImportedArticle result(PreparedArticle article, String status) {
        return new ImportedArticle(article.id(), status, article.raw().outlet().strip(), article.raw().title(),
                article.raw().source());
    }
}
