package dev.parallax.web.service;

import dev.parallax.db.GroupingRepository;
import dev.parallax.db.ReviewAuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Where a finding went when its evidence changed (its event merged, split or compared again with an
 * account more or less): its old fingerprint leads to the one it has now (see {@link EventStore}),
 * so old links keep working. A moved review's audit trail says it first; findings nobody reviewed
 * are found through the successor table.
 */
@ApplicationScoped
public class ReviewMoves {
    private final ReviewAuditRepository audit;
    private final GroupingRepository grouping;

    public ReviewMoves(ReviewAuditRepository audit, GroupingRepository grouping) {
        this.audit = audit;
        this.grouping = grouping;
    }

    /** The finding's fingerprint now, when {@code fingerprint} is an old one of a finding that changed. */
    @Transactional
    public Optional<String> movedTo(String fingerprint) {
        return audit.movedTo(fingerprint).or(() -> grouping.successorOf(fingerprint));
    }
}
