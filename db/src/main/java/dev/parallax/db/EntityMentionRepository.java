package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every name each article uses for an entity, written when the article is analyzed. */
@ApplicationScoped
public class EntityMentionRepository implements PanacheRepository<EntityMentionEntity> {

    public void deleteFor(Collection<String> articleIds) {
        if (!articleIds.isEmpty()) {
            delete("articleId in ?1", articleIds);
        }
    }

    /** What an account is about: its key entity ids and its most frequent words (letters and digits only). */
    public record AccountKeys(Collection<String> entities, Collection<String> words) {}

    /**
     * Stored articles that name the same entities as these accounts: for each account (its id -> its
     * keys), up to {@code perAccount} other articles naming the most of its key entities (at least two
     * of them, or its only one); among those naming as many, the ones whose text ranks highest for the
     * account's words, then by article id, so the answer depends only on the data. The accounts
     * themselves are left out. With {@code undatedOnly}, only articles without a publication date.
     */
    public Set<String> sharingEntities(Map<String, AccountKeys> accounts, int perAccount, boolean undatedOnly) {
        StringBuilder wanted = new StringBuilder("[");
        accounts.forEach((account, keys) -> {
            String words = String.join(" | ", keys.words().stream()
                    .filter(w -> !w.isEmpty() && w.codePoints().allMatch(Character::isLetterOrDigit)).toList());
            for (String entity : new TreeSet<>(keys.entities())) {
                if (wanted.length() > 1) {
                    wanted.append(',');
                }
                wanted.append("{\"own\":").append(json(account)).append(",\"entity\":").append(json(entity))
                        .append(",\"q\":").append(json(words)).append('}');
            }
        });
        wanted.append(']');
        if (wanted.length() == 2 || perAccount <= 0) {
            return new TreeSet<>();
        }
        if (undatedOnly && getEntityManager().createNativeQuery("select 1 from articles where published is null")
                .setMaxResults(1).getResultList().isEmpty()) {
            return new TreeSet<>(); // the usual case, answered by an index
        }
        @SuppressWarnings("unchecked")
        List<String> rows = getEntityManager().createNativeQuery("""
                with wanted as (
                    select w.own, w.entity, w.q, count(*) over (partition by w.own) as keys
                    from jsonb_to_recordset(cast(:wanted as jsonb)) as w(own text, entity text, q text)
                ), mentions as materialized (
                    select distinct m.article_id, m.entity_id from entity_mentions m
                """ + (undatedOnly ? "where m.article_id in (select id from articles where published is null)\n"
                        : "where m.entity_id in (select entity from wanted)\n") + """
                ), shared as (
                    select w.own, m.article_id as other, count(*) as n, max(w.keys) as keys, max(w.q) as q
                    from wanted w join mentions m on m.entity_id = w.entity
                    where m.article_id not in (select own from wanted)
                    group by w.own, m.article_id
                ), ranked as (
                    select s.other, row_number() over (partition by s.own order by s.n desc,
                        case when s.q = '' then 0 else ts_rank(a.search, to_tsquery('simple', s.q)) end desc,
                        s.other) as rk
                    from shared s join articles a on a.id = s.other
                    where s.n >= least(2, s.keys)
                )
                select distinct other from ranked where rk <= :perAccount
                """).setParameter("wanted", wanted.toString()).setParameter("perAccount", perAccount).getResultList();
        return new TreeSet<>(rows);
    }

    private static String json(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    public List<EntityMentionEntity> forArticle(String articleId) {
        return list("articleId = ?1 order by start, id", articleId);
    }
}
