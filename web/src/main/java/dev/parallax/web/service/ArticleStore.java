package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.db.ArticleEntity;
import dev.parallax.db.ArticleRepository;
import dev.parallax.db.OutletEntity;
import dev.parallax.db.OutletRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes prepared articles: one transaction per batch, each article at most once. */
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

    @Transactional
    public List<ImportedArticle> store(List<PreparedArticle> batch) {
        Set<String> stored = articles.existingIds(batch.stream().map(PreparedArticle::id).distinct().toList());
        Set<String> seen = new HashSet<>(stored);
        Map<String, OutletEntity> outletsByName = new HashMap<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ImportedArticle> results = new ArrayList<>(batch.size());
        for (PreparedArticle article : batch) {
            String outletName = article.raw().outlet().strip();
            if (!seen.add(article.id())) {
                results.add(result(article, ImportedArticle.EXISTING));
                continue;
            }
            OutletEntity outlet = outletsByName.computeIfAbsent(outletName, this::findOrCreateOutlet);
            articles.persist(toEntity(article, outlet, now));
            results.add(result(article, ImportedArticle.CREATED));
        }
        return results;
    }

    /** Per outlet named, the raw texts of its {@code perOutlet} latest stored articles (see the repository). */
    @Transactional
    public List<ArticleRepository.OutletRawText> recentRawTexts(java.util.Collection<String> outletNames, int perOutlet) {
        return articles.recentRawTexts(outletNames, perOutlet);
    }

    private OutletEntity findOrCreateOutlet(String name) {
        return outlets.findByName(name).orElseGet(() -> {
            OutletEntity outlet = OutletEntity.named(name);
            outlets.persist(outlet);
            return outlet;
        });
    }

    private ArticleEntity toEntity(PreparedArticle article, OutletEntity outlet, OffsetDateTime now) {
        var raw = article.raw();
        ArticleEntity entity = new ArticleEntity();
        entity.id = article.id();
        entity.outlet = outlet;
        entity.url = raw.url();
        entity.title = raw.title();
        entity.published = raw.published();
        entity.byline = raw.byline();
        entity.language = raw.language();
        entity.source = raw.source();
        entity.format = raw.format() == null ? "TEXT" : raw.format().name();
        entity.rawText = raw.text();
        entity.cleanedText = article.cleaned().text();
        entity.removed = write(article.cleaned().removed());
        entity.dateline = article.cleaned().dateline() == null ? null : write(article.cleaned().dateline());
        entity.warnings = write(article.cleaned().warnings());
        entity.importedAt = now;
        return entity;
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
