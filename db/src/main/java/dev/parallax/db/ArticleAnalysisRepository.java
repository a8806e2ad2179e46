package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stored analyses (core's AnalyzedArticle as JSON), keyed by article id. */
@ApplicationScoped
public class ArticleAnalysisRepository implements PanacheRepositoryBase<ArticleAnalysisEntity, String> {

    /** The analyses of these articles made by {@code analyzerVersion}; older ones are not returned. */
    public List<ArticleAnalysisEntity> current(Collection<String> articleIds, String analyzerVersion) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return list("articleId in ?1 and analyzerVersion = ?2", articleIds, analyzerVersion);
    }

    /** Which of these articles have no analysis yet. */
    public Set<String> withoutAnalysis(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Set.of();
        }
        Set<String> missing = new HashSet<>(articleIds);
        missing.removeAll(getEntityManager()
                .createQuery("select a.articleId from ArticleAnalysisEntity a where a.articleId in :ids", String.class)
                .setParameter("ids", articleIds).getResultList());
        return missing;
    }

    public void deleteFor(Collection<String> articleIds) {
        if (!articleIds.isEmpty()) {
            delete("articleId in ?1", articleIds);
        }
    }
}
