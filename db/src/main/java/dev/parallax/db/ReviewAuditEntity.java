package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change to a review. Append-only: the database refuses updates and deletes of these rows. */
@Entity
@Table(name = "review_audit")
public class ReviewAuditEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "review_audit_seq", sequenceName = "review_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_audit_seq")
    public Long id;

    @Column(name = "review_id", nullable = false)
    public Long reviewId;

    @Column(nullable = false, length = 64)
    public String fingerprint;

    @Column(nullable = false, columnDefinition = "text")
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at = OffsetDateTime.now();

    /** status, verdict, note, assignee. */
    @Column(nullable = false, columnDefinition = "text")
    public String field;

    @Column(name = "from_value", columnDefinition = "text")
    public String fromValue;

    @Column(name = "to_value", columnDefinition = "text")
    public String toValue;

    @Column(columnDefinition = "text")
    public String note;
}
