package dev.parallax.web.service;

import dev.parallax.db.ReviewAuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Where a review went when the event it was made on was merged into another: its old fingerprint
 * leads to the one the same finding has now (see {@link EventStore}), so old links keep working.
 */
@ApplicationScoped
public class ReviewMoves {
    private final ReviewAuditRepository audit;

    public ReviewMoves(ReviewAuditRepository audit) {
        this.audit = audit;
    }

    /** The review's fingerprint now, when {@code fingerprint} is an old one of a moved review. */
    @Transactional
    public Optional<String> movedTo(String fingerprint) {
        return audit.movedTo(fingerprint);
    }
}
