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

    /**
     * The parts of a stored analysis a side-by-side diff reads, picked out by PostgreSQL without reading
     * the rest (tokens, mentions, claims): {@code [article id, analysis id, meta as JSON, text, sentence
     * bounds]} per article analyzed by {@code analyzerVersion}. The bounds are "start,end,start,end..."
     * (empty when the analysis has no sentences, null when its sentences are not a list).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> diffParts(Collection<String> articleIds, String analyzerVersion) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("""
                        select a.article_id, a.analysis ->> 'id', cast(a.analysis -> 'meta' as text), a.analysis ->> 'text',
                            case when jsonb_typeof(a.analysis -> 'sentences') = 'array' then coalesce((
                                select string_agg(concat(s ->> 'start', ',', s ->> 'end'), ',' order by n)
                                from jsonb_array_elements(a.analysis -> 'sentences') with ordinality as t(s, n)), '') end
                        from article_analyses a
                        where a.article_id in (:ids) and a.analyzer_version = :version
                        """).setParameter("ids", articleIds).setParameter("version", analyzerVersion).getResultList();
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
