package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    /** Which of these ids are already stored: one query for a whole import batch. */
    public Set<String> existingIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select a.id from ArticleEntity a where a.id in :ids", String.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    /**
     * Inserts the rows whose id is not stored yet and answers the ids it inserted; a row stored
     * meanwhile by a concurrent import is skipped, never an error ({@code on conflict do nothing}).
     * Rows go in id order, the same in every import, so two imports of overlapping batches wait for
     * each other instead of deadlocking. One JDBC batch; values are bound, never part of the SQL.
     */
    public Set<String> insertAbsent(List<NewArticleRow> rows) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        List<NewArticleRow> ordered = rows.stream().sorted(java.util.Comparator.comparing(NewArticleRow::id)).toList();
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            Set<String> inserted = new HashSet<>();
            try (java.sql.PreparedStatement insert = connection.prepareStatement("""
                    insert into articles (id, outlet_id, url, title, published, byline, language, source, format,
                                          raw_text, cleaned_text, removed, dateline, warnings, imported_at, record)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)
                    on conflict (id) do nothing""")) {
                for (NewArticleRow row : ordered) {
                    insert.setString(1, row.id());
                    insert.setLong(2, row.outletId());
                    insert.setString(3, row.url());
                    insert.setString(4, row.title());
                    insert.setObject(5, row.published());
                    insert.setString(6, row.byline());
                    insert.setString(7, row.language());
                    insert.setString(8, row.source());
                    insert.setString(9, row.format());
                    insert.setString(10, row.rawText());
                    insert.setString(11, row.cleanedText());
                    insert.setString(12, row.removedJson());
                    insert.setString(13, row.datelineJson());
                    insert.setString(14, row.warningsJson());
                    insert.setObject(15, row.importedAt());
                    insert.setBoolean(16, row.record());
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        inserted.add(ordered.get(i).id());
                    }
                }
            }
            return inserted;
        });
    }

    /**
     * The ids among {@code ids} of the accounts that are official records: marked so at import, or
     * published by an outlet of the kind {@code official record}.
     */
    public Set<String> recordIds(java.util.Collection<String> ids) {
        Set<String> records = new java.util.TreeSet<>();
        List<String> all = List.copyOf(new java.util.TreeSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            records.addAll(getEntityManager().createQuery("""
                    select a.id from ArticleEntity a
                    where a.id in :ids and (a.record = true or a.outlet.kind = 'official record')""", String.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000))).getResultList());
        }
        return records;
    }

    /** Marks these stored articles as records; answers the ids that were not marked before. */
    public Set<String> markRecords(java.util.Collection<String> ids) {
        Set<String> marked = new java.util.TreeSet<>();
        List<String> all = List.copyOf(new java.util.TreeSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            List<String> unmarked = getEntityManager().createQuery(
                    "select a.id from ArticleEntity a where a.id in :ids and a.record = false", String.class)
                    .setParameter("ids", chunk).getResultList();
            if (!unmarked.isEmpty()) {
                getEntityManager().createQuery("update ArticleEntity a set a.record = true where a.id in :ids")
                        .setParameter("ids", unmarked).executeUpdate();
                marked.addAll(unmarked);
            }
        }
        return marked;
    }

    /**
     * Clears the import's record mark of these stored articles (imported again with {@code "record": false});
     * answers the ids that were marked before. An account of an outlet of the kind {@code official record}
     * stays a record by its outlet.
     */
    public Set<String> unmarkRecords(java.util.Collection<String> ids) {
        Set<String> unmarked = new java.util.TreeSet<>();
        List<String> all = List.copyOf(new java.util.TreeSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            List<String> marked = getEntityManager().createQuery(
                    "select a.id from ArticleEntity a where a.id in :ids and a.record = true", String.class)
                    .setParameter("ids", chunk).getResultList();
            if (!marked.isEmpty()) {
                getEntityManager().createQuery("update ArticleEntity a set a.record = false where a.id in :ids")
                        .setParameter("ids", marked).executeUpdate();
                unmarked.addAll(marked);
            }
        }
        return unmarked;
    }

    /**
     * The ids of the outlet's articles: the ones to place and compare again when the outlet changes kind
     * (those in events have their events compared again; one alone may now join the event that quotes it).
     */
    public List<String> idsOfOutlet(long outletId) {
        return getEntityManager().createQuery("select a.id from ArticleEntity a where a.outlet.id = :outlet order by a.id",
                String.class).setParameter("outlet", outletId).getResultList();
    }

    /** A stored article's raw text, as the import learns its outlet's boilerplate from it. */
    public record OutletRawText(String id, String outlet, String rawText) {}

    /**
     * Per outlet named, the raw texts of its {@code perOutlet} most recently published stored
     * articles (undated last, ties by id, as {@code articles_outlet_idx} orders them): one query for
     * a whole import.
     */
    public List<OutletRawText> recentRawTexts(Collection<String> outletNames, int perOutlet) {
        if (outletNames.isEmpty() || perOutlet <= 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select r.id, o.name, r.raw_text
                from outlets o cross join lateral (
                    select a.id, a.raw_text from articles a where a.outlet_id = o.id
                    order by a.published desc nulls last, a.id limit :perOutlet) r
                where o.name in :names
                order by o.name, r.id""")
                .setParameter("names", outletNames)
                .setParameter("perOutlet", perOutlet)
                .getResultList();
        return rows.stream().map(r -> new OutletRawText((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /**
     * One page of articles, newest first (undated last), ties broken by id so pages never overlap.
     * Native SQL because the full-text match ({@code search @@ websearch_to_tsquery}) has no HQL form.
     */
    public List<ArticleRow> list(ArticleFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Query query = getEntityManager().createNativeQuery("""
                select a.id, o.name, a.title, a.url, a.published, a.byline, a.language, a.source,
                       length(a.cleaned_text), a.imported_at, a.fictional, e.public_id, u.reason,
                       (a.record or o.kind = 'official record')
                from articles a join outlets o on o.id = a.outlet_id
                left join event_articles ea on ea.article_id = a.id
                left join events e on e.id = ea.event_id
                left join unassigned_reasons u on u.article_id = a.id
                """ + where + " order by a.published desc nulls last, a.id offset :offset limit :limit");
        params.forEach(query::setParameter);
        query.setParameter("offset", offset);
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(ArticleRepository::toRow).toList();
    }

    public long count(ArticleFilter filter) {
        Map<String, Object> params = new HashMap<>();
        Query query = getEntityManager().createNativeQuery(
                "select count(*) from articles a join outlets o on o.id = a.outlet_id " + where(filter, params));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(ArticleFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("where true");
        if (filter.outlet() != null) {
            where.append(" and o.name = :outlet");
            params.put("outlet", filter.outlet());
        }
        if (filter.publishedFrom() != null) {
            where.append(" and a.published >= :publishedFrom");
            params.put("publishedFrom", filter.publishedFrom());
        }
        if (filter.publishedTo() != null) {
            where.append(" and a.published < :publishedTo");
            params.put("publishedTo", filter.publishedTo());
        }
        if (filter.query() != null) {
            where.append(" and a.search @@ websearch_to_tsquery('simple', :query)");
            params.put("query", filter.query());
        }
        if (filter.unassigned() != null) {
            where.append(filter.unassigned() ? " and not" : " and").append(
                    " exists (select 1 from event_articles x where x.article_id = a.id)");
        }
        return where.toString();
    }

    private static ArticleRow toRow(Object[] r) {
        return new ArticleRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], time(r[4]),
                (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).intValue(), time(r[9]),
                Boolean.TRUE.equals(r[10]), (String) r[11], (String) r[12], Boolean.TRUE.equals(r[13]));
    }

    /** How many articles of the demo corpus are stored, and how many real ones. */
    public record Counts(long fictional, long real) {}

    public Counts counts() {
        Object[] r = (Object[]) getEntityManager().createNativeQuery(
                "select count(*) filter (where fictional), count(*) filter (where not fictional) from articles")
                .getSingleResult();
        return new Counts(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    /** The driver hands timestamptz back as OffsetDateTime, Instant or Timestamp depending on version. */
    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
