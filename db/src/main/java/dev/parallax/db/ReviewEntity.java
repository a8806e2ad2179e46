package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A reviewer's decision on the discrepancy with this fingerprint. Outlives the discrepancy rows:
 * when the evidence disappears it is marked orphaned and keeps its snapshot.
 */
@Entity
@Table(name = "reviews")
public class ReviewEntity extends PanacheEntityBase {
    public static final String OPEN = "open";
    public static final String CONFIRMED = "confirmed";
    public static final String DISMISSED = "dismissed";
    public static final String NEEDS_SOURCE = "needs-source";

    @Id
    @SequenceGenerator(name = "reviews_seq", sequenceName = "reviews_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reviews_seq")
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String fingerprint;

    @Column(nullable = false, columnDefinition = "text")
    public String status = OPEN;

    @Column(columnDefinition = "text")
    public String verdict;

    @Column(columnDefinition = "text")
    public String note;

    @Column(columnDefinition = "text")
    public String assignee;

    @Column(nullable = false)
    public boolean orphaned;

    /** JSON object: type, summary, evidence and event public id when the discrepancy was last seen. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String snapshot = "{}";

    /** Optimistic locking: an edit made against an older version is refused with 409. */
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Column(name = "updated_by", columnDefinition = "text")
    public String updatedBy;
}
