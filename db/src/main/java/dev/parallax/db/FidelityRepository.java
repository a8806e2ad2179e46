package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** Quotations checked against their events' records: read per event, and counted per outlet. */
@ApplicationScoped
public class FidelityRepository implements PanacheRepository<FidelityCheckEntity> {

    /** The event's checks in the order the comparator gave them (the altered first). */
    public List<FidelityCheckEntity> ofEvent(long eventId) {
        return find("event.id = ?1 order by position, id", eventId).list();
    }

    /** How many quotations of an outlet's accounts in one event got one verdict. */
    public record VerdictCount(String event, String label, LocalDate date, String verdict, long count) {}

    /** Per event the outlet covered, its quotations counted by verdict; events by day, latest first. */
    public List<VerdictCount> verdictsOfOutlet(long outletId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select e.public_id, e.label, e.event_date, f.verdict, count(*)
                from fidelity_checks f join articles a on a.id = f.article_id join events e on e.id = f.event_id
                where a.outlet_id = :outlet
                group by e.public_id, e.label, e.event_date, f.verdict
                order by e.event_date desc nulls last, e.public_id, f.verdict""")
                .setParameter("outlet", outletId).getResultList();
        return rows.stream().map(r -> new VerdictCount((String) r[0], (String) r[1],
                day(r[2]), (String) r[3],
                ((Number) r[4]).longValue())).toList();
    }

    /** Events with an account of the outlet, and how many of them have an official record. */
    public long[] eventsOfOutlet(long outletId) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(distinct e.id), count(distinct e.id) filter (where jsonb_array_length(e.reference) > 0)
                from articles a join event_articles ea on ea.article_id = a.id join events e on e.id = ea.event_id
                where a.outlet_id = :outlet""").setParameter("outlet", outletId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Every outlet's quotations by verdict, for the outlets page: outlet id -> verdict -> count. */
    public java.util.Map<Long, java.util.Map<String, Long>> verdictsByOutlet() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select a.outlet_id, f.verdict, count(*)
                from fidelity_checks f join articles a on a.id = f.article_id
                group by a.outlet_id, f.verdict""").getResultList();
        java.util.Map<Long, java.util.Map<String, Long>> counts = new java.util.HashMap<>();
        for (Object[] r : rows) {
            counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.TreeMap<>())
                    .put((String) r[1], ((Number) r[2]).longValue());
        }
        return counts;
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
