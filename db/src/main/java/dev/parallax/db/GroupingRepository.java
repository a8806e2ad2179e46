package dev.parallax.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What grouping keeps besides memberships (see V9 and V10): why an account is in no event, the
 * placements people decided by hand (pins), the append-only trail of those decisions, and where a
 * finding whose evidence changed went.
 */
@ApplicationScoped
public class GroupingRepository {

    /**
     * A placement decided by hand: {@code eventId} is the event the account stays in, or null when
     * it stays in no event.
     */
    public record Pin(String articleId, Long eventId, String decision, String decidedBy, OffsetDateTime decidedAt) {}

    /** One grouping decision as the trail records it. */
    public record AuditRow(long id, String actor, OffsetDateTime at, String action, String event, String otherEvent,
                           String articles, String note) {}

    @Inject
    EntityManager em;

    // ---- why an account is in no event

    /** Sets (or replaces) the reason of each of these accounts. */
    public void setReasons(Map<String, String> reasons, OffsetDateTime at) {
        for (Map.Entry<String, String> r : reasons.entrySet()) {
            em.createNativeQuery("""
                    insert into unassigned_reasons (article_id, reason, at) values (:id, :reason, :at)
                    on conflict (article_id) do update set reason = excluded.reason, at = excluded.at
                    """).setParameter("id", r.getKey()).setParameter("reason", r.getValue()).setParameter("at", at)
                    .executeUpdate();
        }
    }

    /** These accounts are in an event now: they need no reason. */
    public void clearReasons(Collection<String> articleIds) {
        if (!articleIds.isEmpty()) {
            em.createNativeQuery("delete from unassigned_reasons where article_id in (:ids)")
                    .setParameter("ids", articleIds).executeUpdate();
        }
    }

    public Map<String, String> reasons(Collection<String> articleIds) {
        Map<String, String> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select article_id, reason from unassigned_reasons where article_id in (:ids)")
                .setParameter("ids", articleIds).getResultList();
        rows.forEach(r -> found.put((String) r[0], (String) r[1]));
        return found;
    }

    // ---- placements decided by hand

    public Map<String, Pin> pins(Collection<String> articleIds) {
        Map<String, Pin> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        List<String> all = new ArrayList<>(articleIds);
        for (int i = 0; i < all.size(); i += 1000) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select article_id, event_id, decision, decided_by, decided_at
                            from account_pins where article_id in (:ids)""")
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1000))).getResultList();
            rows.forEach(r -> found.put((String) r[0], new Pin((String) r[0], SqlValues.bigint(r[1]), (String) r[2],
                    (String) r[3], SqlValues.time(r[4]))));
        }
        return found;
    }

    /** Pins the account to {@code eventId} (null: to no event), replacing an earlier decision. */
    public void pin(String articleId, Long eventId, String decision, String by, OffsetDateTime at) {
        em.createNativeQuery("""
                insert into account_pins (article_id, event_id, decision, decided_by, decided_at)
                values (:id, :event, :decision, :by, :at)
                on conflict (article_id) do update set event_id = excluded.event_id, decision = excluded.decision,
                    decided_by = excluded.decided_by, decided_at = excluded.decided_at
                """).setParameter("id", articleId).setParameter("event", eventId).setParameter("decision", decision)
                .setParameter("by", by).setParameter("at", at).executeUpdate();
    }

    /** The accounts pinned to {@code from} are pinned to {@code to} now (its event was merged into another). */
    public void repointPins(long from, long to) {
        em.createNativeQuery("update account_pins set event_id = :to where event_id = :from")
                .setParameter("from", from).setParameter("to", to).executeUpdate();
    }

    // ---- the trail of decisions

    public void record(String actor, OffsetDateTime at, String action, String event, String otherEvent,
                       String articlesJson, String note) {
        long id = ((Number) em.createNativeQuery("select nextval('grouping_audit_seq')").getSingleResult()).longValue();
        em.createNativeQuery("""
                insert into grouping_audit (id, actor, at, action, event_id, other_event, articles, note)
                values (:id, :actor, :at, :action, :event, :other, cast(:articles as jsonb), :note)
                """).setParameter("id", id).setParameter("actor", actor).setParameter("at", at)
                .setParameter("action", action).setParameter("event", event).setParameter("other", otherEvent)
                .setParameter("articles", articlesJson).setParameter("note", note).executeUpdate();
    }

    /** Decisions about these events (as acted on or as the other event), oldest first. */
    public List<AuditRow> history(Collection<String> eventPublicIds) {
        if (eventPublicIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, actor, at, action, event_id, other_event, cast(articles as text), note from grouping_audit
                where event_id in (:ids) or other_event in (:ids) order by at, id""")
                .setParameter("ids", eventPublicIds).getResultList();
        return rows.stream().map(r -> new AuditRow(((Number) r[0]).longValue(), (String) r[1], SqlValues.time(r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    // ---- findings that changed

    /**
     * Records that the finding {@code from} is now {@code to}; links to ids that led to {@code from}
     * lead to {@code to} from now on. A finding that comes back under its old id is no one's
     * predecessor any more.
     */
    public void succeed(String from, String to) {
        if (from.equals(to)) {
            return;
        }
        em.createNativeQuery("update finding_successors set successor = :to, at = now() where successor = :from")
                .setParameter("from", from).setParameter("to", to).executeUpdate();
        em.createNativeQuery("""
                insert into finding_successors (fingerprint, successor) values (:from, :to)
                on conflict (fingerprint) do update set successor = excluded.successor, at = now()
                """).setParameter("from", from).setParameter("to", to).executeUpdate();
        em.createNativeQuery("delete from finding_successors where fingerprint = :to").setParameter("to", to)
                .executeUpdate();
    }

    /** The live finding (or review) an old fingerprint now leads to, if any. */
    public Optional<String> successorOf(String fingerprint) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                select s.successor from finding_successors s
                where s.fingerprint = :f
                  and not exists (select 1 from discrepancies d where d.fingerprint = :f)
                  and not exists (select 1 from reviews r where r.fingerprint = :f)
                  and (exists (select 1 from discrepancies d where d.fingerprint = s.successor)
                       or exists (select 1 from reviews r where r.fingerprint = s.successor))
                """).setParameter("f", fingerprint).getResultList();
        return rows.stream().findFirst();
    }
}
