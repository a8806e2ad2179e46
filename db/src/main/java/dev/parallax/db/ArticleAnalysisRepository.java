package dev.parallax.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stored analyses (core's AnalyzedArticle as JSON), keyed by article id. */
@ApplicationScoped
public class ArticleAnalysisRepository implements PanacheRepositoryBase<ArticleAnalysisEntity, String> {
    @Inject
    AgroalDataSource database;

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
     * (empty when the analysis has no sentences, null when its sentences are not a list). A plain
     * read on a connection of its own (no transaction, no session): it runs for every diff of an
     * account not kept in memory.
     */
    public List<Object[]> diffParts(Collection<String> articleIds, String analyzerVersion) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement st = c.prepareStatement(DIFF_PARTS)) {
            st.setArray(1, c.createArrayOf("varchar", articleIds.toArray()));
            st.setString(2, analyzerVersion);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read stored analyses: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The columns V8 generates from each analysis for diffs: the analysis itself is not read. */
    private static final String DIFF_PARTS = """
            select a.article_id, a.diff_id, cast(a.diff_meta as text), a.diff_text,
                case when a.diff_starts is not null then coalesce((
                    select string_agg(concat(s, ',', e), ',' order by n)
                    from jsonb_array_elements_text(a.diff_starts) with ordinality as starts(s, n)
                    join jsonb_array_elements_text(a.diff_ends) with ordinality as ends(e, m) on m = n), '') end
            from article_analyses a
            where a.article_id = any(?) and a.analyzer_version = ?
            """;

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
