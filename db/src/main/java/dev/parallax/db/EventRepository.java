package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stored events: who belongs to which, the candidates a new account may join, listings, and the
 * set-based upkeep of reviews when an event's discrepancies are replaced.
 */
@ApplicationScoped
public class EventRepository implements PanacheRepository<EventEntity> {

    /** A closed range of days. */
    public record DayRange(LocalDate from, LocalDate to) {}

    public Optional<EventEntity> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    /** article id -> event row id, for those of these articles that belong to an event. */
    public Map<String, Long> eventsOf(Collection<String> articleIds) {
        Map<String, Long> events = new HashMap<>();
        if (articleIds.isEmpty()) {
            return events;
        }
        for (List<String> chunk : chunks(articleIds)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = getEntityManager()
                    .createNativeQuery("select article_id, event_id from event_articles where article_id in (:ids)")
                    .setParameter("ids", chunk).getResultList();
            rows.forEach(r -> events.put((String) r[0], ((Number) r[1]).longValue()));
        }
        return events;
    }

    /** event row id -> its member article ids (sorted), for these events. */
    public Map<Long, List<String>> members(Collection<Long> eventIds) {
        Map<Long, List<String>> members = new TreeMap<>();
        if (eventIds.isEmpty()) {
            return members;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select event_id, article_id from event_articles where event_id in (:ids) order by event_id, article_id")
                .setParameter("ids", eventIds).getResultList();
        rows.forEach(r -> members.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]));
        return members;
    }

    /**
     * Stored articles an account dated in one of these ranges may belong with: those published in a
     * range (analyzed or not: another job may be analyzing them right now), and members of events
     * dated in a range. Undated stored articles are not candidates.
     */
    public Set<String> candidates(List<DayRange> ranges) {
        Set<String> ids = new LinkedHashSet<>();
        if (ranges.isEmpty()) {
            return ids;
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder published = new StringBuilder();
        StringBuilder dated = new StringBuilder();
        for (int i = 0; i < ranges.size(); i++) {
            DayRange r = ranges.get(i);
            String sep = i == 0 ? "" : " or ";
            published.append(sep).append("(a.published >= :f").append(i).append(" and a.published < :t").append(i).append(')');
            dated.append(sep).append("(e.event_date between :df").append(i).append(" and :dt").append(i).append(')');
            params.put("f" + i, r.from().atStartOfDay().atOffset(ZoneOffset.UTC).minusHours(14));
            params.put("t" + i, r.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC).plusHours(14));
            params.put("df" + i, r.from());
            params.put("dt" + i, r.to());
        }
        Query query = getEntityManager().createNativeQuery(
                "select a.id from articles a where " + published
                        + " union select ea.article_id from event_articles ea join events e on e.id = ea.event_id where "
                        + dated);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<String> rows = query.getResultList();
        ids.addAll(rows);
        return ids;
    }

    /** The event's discrepancies that have a review, by fingerprint, with their evidence texts in order. */
    public List<ReviewedFinding> reviewedFindings(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select d.fingerprint, d.type, v.text
                from discrepancies d
                join reviews r on r.fingerprint = d.fingerprint
                left join evidence v on v.discrepancy_id = d.id
                where d.event_id = :id
                order by d.fingerprint, v.position, v.id
                """).setParameter("id", eventId).getResultList();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            types.put((String) r[0], (String) r[1]);
            List<String> list = texts.computeIfAbsent((String) r[0], k -> new ArrayList<>());
            if (r[2] != null) {
                list.add((String) r[2]);
            }
        }
        List<ReviewedFinding> findings = new ArrayList<>();
        types.forEach((fingerprint, type) -> findings.add(new ReviewedFinding(fingerprint, type, texts.get(fingerprint))));
        return findings;
    }

    /** Every discrepancy of these events with its evidence texts, whether reviewed or not. */
    public List<StoredFinding> findings(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select d.fingerprint, d.type, v.text, e.public_id,
                       exists (select 1 from reviews r where r.fingerprint = d.fingerprint)
                from discrepancies d
                join events e on e.id = d.event_id
                left join evidence v on v.discrepancy_id = d.id
                where d.event_id in (:ids)
                order by d.event_id, d.rank, d.fingerprint, v.position, v.id
                """).setParameter("ids", eventIds).getResultList();
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            heads.putIfAbsent((String) r[0], r);
            List<String> list = texts.computeIfAbsent((String) r[0], k -> new ArrayList<>());
            if (r[2] != null) {
                list.add((String) r[2]);
            }
        }
        List<StoredFinding> findings = new ArrayList<>(heads.size());
        heads.forEach((fingerprint, r) -> findings.add(new StoredFinding(fingerprint, (String) r[1],
                texts.get(fingerprint), (String) r[3], (Boolean) r[4])));
        return findings;
    }

    /** Removes the event's claim groups, discrepancies (and their evidence) and memberships. */
    public void clearContents(long eventId) {
        var em = getEntityManager();
        em.createNativeQuery("delete from fidelity_checks where event_id = :id").setParameter("id", eventId).executeUpdate();
        em.createNativeQuery("delete from discrepancies where event_id = :id").setParameter("id", eventId).executeUpdate();
        em.createNativeQuery("delete from claim_groups where event_id = :id").setParameter("id", eventId).executeUpdate();
        em.createNativeQuery("delete from event_articles where event_id = :id").setParameter("id", eventId).executeUpdate();
    }

    /** Marks every review of the event's current discrepancies orphaned (before they are replaced or removed). */
    public int orphanReviewsOf(long eventId) {
        return getEntityManager().createNativeQuery("""
                update reviews r set orphaned = true
                from discrepancies d
                where d.event_id = :id and r.fingerprint = d.fingerprint and not r.orphaned
                """).setParameter("id", eventId).executeUpdate();
    }

    /**
     * After an event's discrepancies were written: reviews last seen on this event whose fingerprint
     * is gone become orphaned (their snapshot stays). Reviews still attached get their snapshot from
     * {@link ReviewRepository#refreshSnapshotsOfEvent}, the one place that says what a snapshot holds.
     */
    public void orphanVanishedReviews(String publicId) {
        getEntityManager().createNativeQuery("""
                update reviews r set orphaned = true
                where not r.orphaned and r.snapshot ->> 'event' = :publicId
                  and not exists (select 1 from discrepancies d where d.fingerprint = r.fingerprint)
                """).setParameter("publicId", publicId).executeUpdate();
    }

    /** Removes an event whose accounts are gone or merged into another; its reviews become orphaned. */
    public void deleteEvent(long eventId) {
        orphanReviewsOf(eventId);
        String publicId = (String) getEntityManager().createNativeQuery("select public_id from events where id = :id")
                .setParameter("id", eventId).getResultStream().findFirst().orElse(null);
        getEntityManager().createNativeQuery("delete from events where id = :id").setParameter("id", eventId).executeUpdate();
        if (publicId != null) {
            getEntityManager().createNativeQuery("""
                    update reviews r set orphaned = true
                    where not r.orphaned and r.snapshot ->> 'event' = :publicId
                      and not exists (select 1 from discrepancies d where d.fingerprint = r.fingerprint)
                    """).setParameter("publicId", publicId).executeUpdate();
        }
    }

    /**
     * Records that the event {@code from} was merged into {@code into}: links to it, and to ids that
     * were merged into it before, lead to {@code into} from now on.
     */
    public void redirect(String from, String into) {
        var em = getEntityManager();
        em.createNativeQuery("update event_redirects set target_public_id = :into where target_public_id = :from")
                .setParameter("from", from).setParameter("into", into).executeUpdate();
        em.createNativeQuery("""
                insert into event_redirects (public_id, target_public_id) values (:from, :into)
                on conflict (public_id) do update set target_public_id = excluded.target_public_id, created_at = now()
                """).setParameter("from", from).setParameter("into", into).executeUpdate();
    }

    /** The stored event a merged-away id now lives in; empty when the id was never merged or its event is gone. */
    public Optional<String> redirectOf(String publicId) {
        @SuppressWarnings("unchecked")
        List<String> rows = getEntityManager().createNativeQuery("""
                select r.target_public_id from event_redirects r join events e on e.public_id = r.target_public_id
                where r.public_id = :id
                """).setParameter("id", publicId).getResultList();
        return rows.stream().findFirst();
    }

    /** The ids that were merged into this event and now lead to it. */
    public List<String> mergedInto(String publicId) {
        @SuppressWarnings("unchecked")
        List<String> rows = getEntityManager().createNativeQuery(
                        "select public_id from event_redirects where target_public_id = :id order by public_id")
                .setParameter("id", publicId).getResultList();
        return rows;
    }

    /** Serializes writers of events across instances until the transaction ends. */
    public void lockForWriting() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(7240311, 1)").getSingleResult();
    }

    // ---- reading

    /** One page of events, latest event day first (undated last), ties by id so pages never overlap. */
    public List<EventRow> list(EventFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query = getEntityManager().createNativeQuery("""
                select e.id, e.public_id, e.label, e.event_date, cast(e.places as text), cast(e.participants as text),
                       e.article_count, e.outlet_count,
                       (select count(*) from discrepancies d where d.event_id = e.id), e.updated_at,
                       jsonb_array_length(e.reference) > 0
                from events e
                """ + where(filter, params) + " order by e.event_date desc nulls last, e.id offset :offset limit :limit");
        params.forEach(query::setParameter);
        query.setParameter("offset", offset);
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(EventRepository::toRow).toList();
    }

    public long count(EventFilter filter) {
        Map<String, Object> params = new HashMap<>();
        Query query = getEntityManager().createNativeQuery("select count(*) from events e " + where(filter, params));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    public Optional<EventRow> row(String publicId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select e.id, e.public_id, e.label, e.event_date, cast(e.places as text), cast(e.participants as text),
                       e.article_count, e.outlet_count,
                       (select count(*) from discrepancies d where d.event_id = e.id), e.updated_at,
                       jsonb_array_length(e.reference) > 0
                from events e where e.public_id = :id
                """).setParameter("id", publicId).getResultList();
        return rows.stream().findFirst().map(EventRepository::toRow);
    }

    /** The event's accounts, by outlet then id. */
    public List<EventArticleRow> articles(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select a.id, o.name, a.title, a.url, a.published
                from event_articles ea join articles a on a.id = ea.article_id join outlets o on o.id = a.outlet_id
                where ea.event_id = :id order by o.name, a.id
                """).setParameter("id", eventId).getResultList();
        return rows.stream().map(r -> new EventArticleRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                time(r[4]))).toList();
    }

    /** Discrepancy counts by type, and by review status (no review yet counts as open). */
    public Map<String, Map<String, Long>> discrepancyCounts(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select d.type, coalesce(r.status, 'open'), count(*)
                from discrepancies d left join reviews r on r.fingerprint = d.fingerprint
                where d.event_id = :id group by 1, 2
                """).setParameter("id", eventId).getResultList();
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> byStatus = new TreeMap<>();
        for (Object[] r : rows) {
            long n = ((Number) r[2]).longValue();
            byType.merge((String) r[0], n, Long::sum);
            byStatus.merge((String) r[1], n, Long::sum);
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        counts.put("type", byType);
        counts.put("status", byStatus);
        return counts;
    }

    /** Open discrepancies (no review yet, or reviewed as open) by type, per event of these. */
    public Map<Long, Map<String, Long>> openCounts(Collection<Long> eventIds) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select d.event_id, d.type, count(*)
                from discrepancies d left join reviews r on r.fingerprint = d.fingerprint
                where d.event_id in (:ids) and coalesce(r.status, 'open') = 'open'
                group by 1, 2
                """).setParameter("ids", eventIds).getResultList();
        for (Object[] r : rows) {
            counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeMap<>())
                    .put((String) r[1], ((Number) r[2]).longValue());
        }
        return counts;
    }

    /**
     * What an event's page depends on: its own row (rewritten whenever its accounts are compared
     * again) and the reviews of its discrepancies. Empty when there is no such event.
     */
    public Optional<String> pageStamp(String publicId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = getEntityManager().createNativeQuery("""
                select e.id || '@' || e.updated_at || '/' || coalesce((select count(*) || ':' || max(r.updated_at)
                    from discrepancies d join reviews r on r.fingerprint = d.fingerprint
                    where d.event_id = e.id), '')
                from events e where e.public_id = :id
                """).setParameter("id", publicId).getResultList();
        return rows.stream().findFirst().map(String::valueOf);
    }

    /** The event's discrepancies in rank order, each with its claim group's public id and review status. */
    public List<StoredDiscrepancyRow> discrepancies(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select d.id, d.fingerprint, d.type, d.severity, d.summary, g.public_id, coalesce(r.status, 'open')
                from discrepancies d left join claim_groups g on g.id = d.claim_group_id
                    left join reviews r on r.fingerprint = d.fingerprint
                where d.event_id = :id order by d.rank, d.id
                """).setParameter("id", eventId).getResultList();
        List<StoredDiscrepancyRow> found = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            found.add(new StoredDiscrepancyRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6]));
        }
        return found;
    }

    /** The evidence of these discrepancies by discrepancy row id, each list in its stored order. */
    public Map<Long, List<EvidenceSpanRow>> evidenceSpans(Collection<Long> discrepancyIds) {
        Map<Long, List<EvidenceSpanRow>> found = new HashMap<>();
        if (discrepancyIds.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select v.discrepancy_id, v.article_id, v.text, v.start_cp, v.end_cp
                from evidence v where v.discrepancy_id in (:ids) order by v.discrepancy_id, v.position
                """).setParameter("ids", discrepancyIds).getResultList();
        for (Object[] r : rows) {
            found.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new EvidenceSpanRow(
                    (String) r[1], (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue()));
        }
        return found;
    }

    public List<ClaimGroupEntity> claimGroups(long eventId) {
        return getEntityManager().createQuery(
                        "from ClaimGroupEntity g where g.event.id = :id order by g.position, g.id", ClaimGroupEntity.class)
                .setParameter("id", eventId).getResultList();
    }

    private static String where(EventFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("where true");
        if (filter.from() != null) {
            where.append(" and e.event_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and e.event_date <= :to");
            params.put("to", filter.to());
        }
        if (filter.place() != null) {
            where.append(" and exists (select 1 from jsonb_array_elements_text(e.places) p"
                    + " where lower(p) = lower(:place) or lower(p) = 'place:' || lower(:place)"
                    + " or lower(p) = replace(lower(:place), ' ', '-'))");
            params.put("place", filter.place());
        }
        if (filter.participant() != null) {
            where.append(" and exists (select 1 from jsonb_array_elements_text(e.participants) p"
                    + " where lower(p) = lower(:participant) or lower(p) = replace(lower(:participant), ' ', '-')"
                    + " or lower(p) like '%' || replace(lower(:participant), ' ', '-'))");
            params.put("participant", filter.participant());
        }
        if (filter.outlet() != null) {
            where.append(" and exists (select 1 from event_articles ea join articles a on a.id = ea.article_id"
                    + " join outlets o on o.id = a.outlet_id where ea.event_id = e.id and o.name = :outlet)");
            params.put("outlet", filter.outlet());
        }
        if (filter.text() != null) {
            int i = 0;
            for (String word : filter.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String name = "word" + i++;
                where.append(" and (strpos(lower(e.label), :").append(name).append(") > 0")
                        .append(" or strpos(lower(cast(e.places as text)), :").append(name).append(") > 0")
                        .append(" or strpos(lower(cast(e.participants as text)), :").append(name).append(") > 0")
                        .append(" or exists (select 1 from event_articles ea join articles a on a.id = ea.article_id")
                        .append(" where ea.event_id = e.id and strpos(lower(a.title), :").append(name).append(") > 0))");
                params.put(name, word);
            }
        }
        if (filter.type() != null) {
            where.append(" and exists (select 1 from discrepancies d where d.event_id = e.id and d.type = :type)");
            params.put("type", filter.type());
        }
        return where.toString();
    }

    private static EventRow toRow(Object[] r) {
        return new EventRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], day(r[3]), (String) r[4],
                (String) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).longValue(),
                time(r[9]), Boolean.TRUE.equals(r[10]));
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + value.getClass());
    }

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

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }
}
