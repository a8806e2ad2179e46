package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Discrepancies together with their reviews, and reviews whose discrepancy is gone (orphaned).
 * Native SQL: one statement reads both through a union, and evidence context is cut by PostgreSQL,
 * whose {@code substr} counts code points like our offsets do.
 */
@ApplicationScoped
public class DiscrepancyRepository implements PanacheRepository<DiscrepancyEntity> {

    private static final String LIVE = """
            select d.fingerprint, e.public_id as event, e.label as event_label, e.event_date,
                   cg.public_id as claim_group, cg.summary as claim_group_summary, d.type, d.severity, d.rank,
                   d.summary, coalesce(r.status, 'open') as status, r.verdict, r.note, r.assignee,
                   coalesce(r.version, 0) as version, false as orphaned, r.updated_at, r.updated_by,
                   d.id as discrepancy_id, cast(null as text) as snapshot
            from discrepancies d
            join events e on e.id = d.event_id
            left join claim_groups cg on cg.id = d.claim_group_id
            left join reviews r on r.fingerprint = d.fingerprint
            """;

    // The snapshot is JSON written by whoever last saw the discrepancy: read it defensively.
    private static final String ORPHANED = """
            select r.fingerprint, r.snapshot->>'event' as event, r.snapshot->>'eventLabel' as event_label,
                   case when r.snapshot->>'eventDate' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                        then cast(r.snapshot->>'eventDate' as date) end as event_date,
                   r.snapshot->>'claimGroup' as claim_group, r.snapshot->>'claimGroupSummary' as claim_group_summary,
                   r.snapshot->>'type' as type, r.snapshot->>'severity' as severity,
                   case when jsonb_typeof(r.snapshot->'rank') = 'number' then cast(r.snapshot->>'rank' as integer) end
                       as rank,
                   r.snapshot->>'summary' as summary, r.status, r.verdict, r.note, r.assignee, r.version,
                   true as orphaned, r.updated_at, r.updated_by, cast(null as bigint) as discrepancy_id,
                   cast(r.snapshot as text) as snapshot
            from reviews r
            where not exists (select 1 from discrepancies d where d.fingerprint = r.fingerprint)
            """;

    private static final String ORDER = " order by event_date desc nulls last, event nulls last, rank nulls last, fingerprint";

    /** One page, newest event first, then by rank within the event; ties broken by fingerprint. */
    public List<DiscrepancyRow> list(DiscrepancyFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query = getEntityManager().createNativeQuery("select * from (" + union(filter, params) + ") x"
                + ORDER + " offset :offset limit :limit");
        params.forEach(query::setParameter);
        query.setParameter("offset", offset);
        query.setParameter("limit", limit);
        return rows(query);
    }

    /** Every match, in listing order (for exports). */
    public List<DiscrepancyRow> all(DiscrepancyFilter filter) {
        Map<String, Object> params = new HashMap<>();
        Query query = getEntityManager().createNativeQuery("select * from (" + union(filter, params) + ") x" + ORDER);
        params.forEach(query::setParameter);
        return rows(query);
    }

    public long count(DiscrepancyFilter filter) {
        Map<String, Object> params = new HashMap<>();
        Query query = getEntityManager().createNativeQuery("select count(*) from (" + union(filter, params) + ") x");
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The live discrepancy with this fingerprint, else the orphaned review, else empty. */
    public Optional<DiscrepancyRow> findByFingerprint(String fingerprint) {
        Query live = getEntityManager().createNativeQuery(LIVE + " where d.fingerprint = :fingerprint");
        live.setParameter("fingerprint", fingerprint);
        List<DiscrepancyRow> found = rows(live);
        if (found.isEmpty()) {
            Query orphaned = getEntityManager().createNativeQuery(ORPHANED + " and r.fingerprint = :fingerprint");
            orphaned.setParameter("fingerprint", fingerprint);
            found = rows(orphaned);
        }
        return found.stream().findFirst();
    }

    public Optional<EventEntity> event(String publicId) {
        return getEntityManager().createQuery("from EventEntity where publicId = :id", EventEntity.class)
                .setParameter("id", publicId).getResultStream().findFirst();
    }

    public boolean exists(String fingerprint) {
        return !getEntityManager().createNativeQuery("select 1 from discrepancies where fingerprint = :f")
                .setParameter("f", fingerprint).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The evidence of these discrepancies, in order. With {@code context > 0}, {@code exact} is the
     * cleaned text of each span and {@code before}/{@code after} up to that many code points around
     * it; without, the article texts are not read at all.
     */
    public List<EvidenceRow> evidence(Collection<Long> discrepancyIds, int context) {
        if (discrepancyIds.isEmpty()) {
            return List.of();
        }
        String around = context > 0
                ? "substr(a.cleaned_text, v.start_cp + 1, v.end_cp - v.start_cp), "
                        + "substr(a.cleaned_text, greatest(1, v.start_cp + 1 - :ctx), least(v.start_cp, :ctx)), "
                        + "substr(a.cleaned_text, v.end_cp + 1, :ctx)"
                : "cast(null as text), cast(null as text), cast(null as text)";
        Query query = getEntityManager().createNativeQuery("""
                select v.discrepancy_id, v.position, v.article_id, o.name, a.title, a.url, a.published, a.byline,
                       v.text, v.start_cp, v.end_cp,
                """ + around + """

                from evidence v
                join articles a on a.id = v.article_id
                join outlets o on o.id = a.outlet_id
                where v.discrepancy_id in (:ids)
                order by v.discrepancy_id, v.position, v.id""");
        query.setParameter("ids", discrepancyIds);
        if (context > 0) {
            query.setParameter("ctx", context);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<EvidenceRow> evidence = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            evidence.add(new EvidenceRow(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], SqlValues.time(r[6]), (String) r[7], (String) r[8],
                    ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), (String) r[11], (String) r[12],
                    (String) r[13]));
        }
        return evidence;
    }

    private static String union(DiscrepancyFilter filter, Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        if (!Boolean.TRUE.equals(filter.orphaned())) {
            parts.add(LIVE + " where true" + liveWhere(filter, params));
        }
        if (!Boolean.FALSE.equals(filter.orphaned())) {
            parts.add(ORPHANED + orphanedWhere(filter, params));
        }
        return String.join(" union all ", parts);
    }

    private static String liveWhere(DiscrepancyFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        condition(where, params, "event", f.event(), " and e.public_id = :event");
        condition(where, params, "type", f.type(), " and d.type = :type");
        condition(where, params, "severity", f.severity(), " and d.severity = :severity");
        condition(where, params, "status", f.status(), " and coalesce(r.status, 'open') = :status");
        condition(where, params, "assignee", f.assignee(), " and r.assignee = :assignee");
        condition(where, params, "outlet", f.outlet(), " " + """
                and exists (select 1 from evidence v join articles a on a.id = v.article_id
                             join outlets o on o.id = a.outlet_id where v.discrepancy_id = d.id and o.name = :outlet)""");
        return where.toString();
    }

    private static String orphanedWhere(DiscrepancyFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        condition(where, params, "event", f.event(), " and r.snapshot->>'event' = :event");
        condition(where, params, "type", f.type(), " and r.snapshot->>'type' = :type");
        condition(where, params, "severity", f.severity(), " and r.snapshot->>'severity' = :severity");
        condition(where, params, "status", f.status(), " and r.status = :status");
        condition(where, params, "assignee", f.assignee(), " and r.assignee = :assignee");
        condition(where, params, "outlet", f.outlet(), " " + """
                and exists (select 1 from jsonb_array_elements(case when jsonb_typeof(r.snapshot->'evidence') = 'array'
                             then r.snapshot->'evidence' else cast('[]' as jsonb) end) x where x->>'outlet' = :outlet)""");
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String name, String value,
                                  String sql) {
        if (value != null) {
            where.append(sql);
            params.put(name, value);
        }
    }

    private static List<DiscrepancyRow> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<DiscrepancyRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new DiscrepancyRow((String) r[0], (String) r[1], (String) r[2], SqlValues.date(r[3]),
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], SqlValues.integer(r[8]), (String) r[9],
                    (String) r[10], (String) r[11], (String) r[12], (String) r[13], ((Number) r[14]).longValue(),
                    (Boolean) r[15], SqlValues.time(r[16]), (String) r[17], SqlValues.bigint(r[18]), (String) r[19]));
        }
        return result;
    }
}
