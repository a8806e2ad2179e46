package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Reads and re-links stored entity mentions: the spellings each outlet uses for each entity. */
@ApplicationScoped
public class EntitySurfaceRepository implements PanacheRepository<EntityMentionEntity> {

    /** Every entity id mentioned at least once, with counts, by id. */
    public List<EntityMentionStats> stats() {
        return getEntityManager().createQuery("""
                select new dev.parallax.db.EntityMentionStats(m.entityId, count(m), count(distinct m.articleId))
                from EntityMentionEntity m group by m.entityId order by m.entityId""", EntityMentionStats.class)
                .getResultList();
    }

    /** Ids of entities written, in some article, with a spelling containing {@code fragment} (any case). */
    public List<String> idsWithSurfaceLike(String fragment) {
        return getEntityManager().createQuery("""
                select distinct m.entityId from EntityMentionEntity m
                where lower(m.surface) like :pattern escape '!'""", String.class)
                .setParameter("pattern", "%" + likeEscape(fragment.toLowerCase(java.util.Locale.ROOT)) + "%")
                .getResultList();
    }

    /** The spellings of the given entities, per outlet, ordered by entity, outlet and spelling. */
    public List<SurfaceCount> surfaces(Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select new dev.parallax.db.SurfaceCount(m.entityId, o.name, m.surface, count(m))
                from EntityMentionEntity m, ArticleEntity a join a.outlet o
                where a.id = m.articleId and m.entityId in :ids
                group by m.entityId, o.name, m.surface
                order by m.entityId, o.name, m.surface""", SurfaceCount.class)
                .setParameter("ids", entityIds).getResultList();
    }

    /** Ids of the articles that mention any of the given entities, sorted. */
    public List<String> articlesMentioning(Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select distinct m.articleId from EntityMentionEntity m where m.entityId in :ids
                order by m.articleId""", String.class).setParameter("ids", entityIds).getResultList();
    }

    /** Points every mention of {@code fromId} at {@code intoId}; returns how many moved. */
    public int relink(String fromId, String intoId) {
        return update("entityId = ?1 where entityId = ?2", intoId, fromId);
    }

    /**
     * Ids of the articles whose cleaned text contains {@code phrase} (any case), sorted. The
     * full-text index narrows the search first, so this stays cheap on a large corpus.
     */
    @SuppressWarnings("unchecked")
    public List<String> articlesContaining(String phrase) {
        return getEntityManager().createNativeQuery("""
                select a.id from articles a
                where a.search @@ phraseto_tsquery('simple', :phrase)
                  and strpos(lower(a.cleaned_text), lower(:phrase)) > 0
                order by a.id""", String.class).setParameter("phrase", phrase).getResultList();
    }

    static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
