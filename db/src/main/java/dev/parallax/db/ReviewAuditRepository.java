package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The append-only trail of review changes. */
@ApplicationScoped
public class ReviewAuditRepository implements PanacheRepository<ReviewAuditEntity> {

    /** Field of the audit rows that record a review moving to another fingerprint (see V6). */
    public static final String MOVED = "fingerprint";

    /**
     * Oldest first: every change to the review that has this fingerprint now, including those made
     * while it had another one (before its event was merged into another); for a fingerprint no
     * review has, the rows recorded under it.
     */
    public List<ReviewAuditEntity> history(String fingerprint) {
        List<Long> review = getEntityManager()
                .createQuery("select r.id from ReviewEntity r where r.fingerprint = :f", Long.class)
                .setParameter("f", fingerprint).getResultList();
        return review.isEmpty() ? list("fingerprint = ?1 order by at, id", fingerprint)
                : list("reviewId = ?1 order by at, id", review.get(0));
    }

    /** Who set the status to {@code status} last, and when: per current fingerprint of the review. */
    public Map<String, ReviewAuditEntity> lastStatusChange(Collection<String> fingerprints, String status) {
        Map<String, ReviewAuditEntity> last = new HashMap<>();
        if (fingerprints.isEmpty()) {
            return last;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                        select r.fingerprint, a from ReviewAuditEntity a, ReviewEntity r
                        where r.id = a.reviewId and r.fingerprint in :f and a.field = 'status' and a.toValue = :s
                        order by a.at, a.id""", Object[].class)
                .setParameter("f", fingerprints).setParameter("s", status).getResultList();
        rows.forEach(row -> last.put((String) row[0], (ReviewAuditEntity) row[1])); // later rows win
        return last;
    }

    /**
     * The fingerprint the review once known as {@code fingerprint} has now, when it moved (its
     * event was merged into another) and nothing else has that fingerprint since.
     */
    public Optional<String> movedTo(String fingerprint) {
        @SuppressWarnings("unchecked")
        List<String> rows = getEntityManager().createNativeQuery("""
                select r.fingerprint from review_audit a join reviews r on r.id = a.review_id
                where a.field = 'fingerprint' and a.from_value = :f
                  and not exists (select 1 from reviews x where x.fingerprint = :f)
                  and not exists (select 1 from discrepancies d where d.fingerprint = :f)
                order by a.id desc limit 1
                """).setParameter("f", fingerprint).getResultList();
        return rows.stream().findFirst();
    }

    public ReviewAuditEntity record(ReviewEntity review, String actor, OffsetDateTime at, String field, String from,
                                    String to, String note) {
        return record(review.id, review.fingerprint, actor, at, field, from, to, note);
    }

    /** One audit row for the review {@code reviewId}, which has {@code fingerprint} after the change. */
    public ReviewAuditEntity record(long reviewId, String fingerprint, String actor, OffsetDateTime at, String field,
                                    String from, String to, String note) {
        ReviewAuditEntity row = new ReviewAuditEntity();
        row.reviewId = reviewId;
        row.fingerprint = fingerprint;
        row.actor = actor;
        row.at = at;
        row.field = field;
        row.fromValue = from;
        row.toValue = to;
        row.note = note;
        persist(row);
        return row;
    }
}
