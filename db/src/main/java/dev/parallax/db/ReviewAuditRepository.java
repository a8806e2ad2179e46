package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The append-only trail of review changes. */
@ApplicationScoped
public class ReviewAuditRepository implements PanacheRepository<ReviewAuditEntity> {

    /** Oldest first. */
    public List<ReviewAuditEntity> history(String fingerprint) {
        return list("fingerprint = ?1 order by at, id", fingerprint);
    }

    /** Who set the status to {@code status} last, and when: per fingerprint. */
    public Map<String, ReviewAuditEntity> lastStatusChange(Collection<String> fingerprints, String status) {
        Map<String, ReviewAuditEntity> last = new HashMap<>();
        if (fingerprints.isEmpty()) {
            return last;
        }
        List<ReviewAuditEntity> rows = list("fingerprint in ?1 and field = 'status' and toValue = ?2 order by at, id",
                fingerprints, status);
        rows.forEach(row -> last.put(row.fingerprint, row)); // later rows win
        return last;
    }

    public ReviewAuditEntity record(ReviewEntity review, String actor, OffsetDateTime at, String field, String from,
                                    String to, String note) {
        ReviewAuditEntity row = new ReviewAuditEntity();
        row.reviewId = review.id;
        row.fingerprint = review.fingerprint;
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
