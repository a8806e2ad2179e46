package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reviews by fingerprint, their edit lock, and their snapshots of what they are about. */
@ApplicationScoped
public class ReviewRepository implements PanacheRepository<ReviewEntity> {

    /**
     * What a review remembers of its discrepancy, built by PostgreSQL from the current rows:
     * event (public id), eventLabel, eventDate, claimGroup, claimGroupSummary, type, severity, rank,
     * summary and evidence [{article, outlet, title, url, text, start, end}]. Read back when the
     * discrepancy is gone (orphaned).
     */
    static final String SNAPSHOT = """
            select d.fingerprint, jsonb_build_object(
                'event', e.public_id, 'eventLabel', e.label, 'eventDate', e.event_date,
                'claimGroup', cg.public_id, 'claimGroupSummary', cg.summary,
                'type', d.type, 'severity', d.severity, 'rank', d.rank, 'summary', d.summary,
                'evidence', coalesce((select jsonb_agg(jsonb_build_object('article', v.article_id, 'outlet', o.name,
                                          'title', a.title, 'url', a.url, 'text', v.text,
                                          'start', v.start_cp, 'end', v.end_cp) order by v.position, v.id)
                                      from evidence v join articles a on a.id = v.article_id
                                      join outlets o on o.id = a.outlet_id
                                      where v.discrepancy_id = d.id), cast('[]' as jsonb))) as snapshot
            from discrepancies d
            join events e on e.id = d.event_id
            left join claim_groups cg on cg.id = d.claim_group_id
            """;

    public Optional<ReviewEntity> findByFingerprint(String fingerprint) {
        return find("fingerprint", fingerprint).firstResultOptional();
    }

    /**
     * Gives the review with fingerprint {@code from} the fingerprint {@code to} (its finding now lives
     * under that id), unless a review with {@code to} exists already. Not an edit: the version stays.
     *
     * @return the moved review's id, or empty when nothing moved
     */
    public Optional<Long> moveFingerprint(String from, String to) {
        getEntityManager().flush();
        if (findByFingerprint(to).isPresent()) {
            return Optional.empty();
        }
        Optional<ReviewEntity> review = findByFingerprint(from);
        if (review.isEmpty()) {
            return Optional.empty();
        }
        long id = review.get().id;
        getEntityManager().detach(review.get());
        getEntityManager().createNativeQuery("update reviews set fingerprint = :to where id = :id")
                .setParameter("to", to).setParameter("id", id).executeUpdate();
        return Optional.of(id);
    }

    /**
     * Serializes edits of one review until the transaction ends, including the edit that creates
     * it (there is no row to lock yet): two people saving at once are answered one after the other,
     * so the second sees the first's version and gets a conflict instead of overwriting it.
     */
    public void lockForEdit(String fingerprint) {
        getEntityManager().createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(hashtextextended(:f, 7071))) x")
                .setParameter("f", fingerprint).getSingleResult();
    }

    /** Refreshes the snapshot of the review with this fingerprint from its live discrepancy, if any. */
    public int refreshSnapshot(String fingerprint) {
        getEntityManager().flush();
        return getEntityManager().createNativeQuery("update reviews r set snapshot = s.snapshot, orphaned = false from ("
                        + SNAPSHOT + " where d.fingerprint = :f) s where r.fingerprint = s.fingerprint")
                .setParameter("f", fingerprint).executeUpdate();
    }

    /**
     * After an event's discrepancies were written: the reviews of those discrepancies get a fresh
     * snapshot and {@code orphaned = false}. Same snapshot shape as a reviewer's edit writes.
     */
    public int refreshSnapshotsOfEvent(long eventId) {
        getEntityManager().flush();
        return getEntityManager().createNativeQuery("update reviews r set snapshot = s.snapshot, orphaned = false from ("
                        + SNAPSHOT + " where d.event_id = :id) s where r.fingerprint = s.fingerprint")
                .setParameter("id", eventId).executeUpdate();
    }

    /**
     * After discrepancies were replaced (an event compared again, an article deleted): every review
     * whose discrepancy is there gets a fresh snapshot and {@code orphaned = false}; every other one is
     * marked orphaned and keeps its last snapshot. Neither changes a review's version: it is not an edit.
     *
     * @return how many reviews are orphaned now
     */
    public long syncWithDiscrepancies() {
        getEntityManager().flush();
        getEntityManager().createNativeQuery("update reviews r set snapshot = s.snapshot, orphaned = false from ("
                + SNAPSHOT + ") s where r.fingerprint = s.fingerprint and (r.snapshot <> s.snapshot or r.orphaned)")
                .executeUpdate();
        getEntityManager().createNativeQuery("""
                update reviews r set orphaned = true where not r.orphaned
                  and not exists (select 1 from discrepancies d where d.fingerprint = r.fingerprint)""")
                .executeUpdate();
        getEntityManager().clear();
        return count("orphaned", true);
    }
}
