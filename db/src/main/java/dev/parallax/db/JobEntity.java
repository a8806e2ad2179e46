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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Background work: analyze imported articles, or compare events again. See V3 for the states. */
@Entity
@Table(name = "jobs")
public class JobEntity extends PanacheEntityBase {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    @Id
    @SequenceGenerator(name = "jobs_seq", sequenceName = "jobs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jobs_seq")
    public Long id;

    /** "analyze" or "reanalyze". */
    @Column(nullable = false, columnDefinition = "text")
    public String kind;

    @Column(nullable = false, columnDefinition = "text")
    public String state = QUEUED;

    /** JSON array of article ids. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "article_ids", nullable = false)
    public String articleIds = "[]";

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int processed;

    /** JSON array of event public ids the job created or changed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_ids", nullable = false)
    public String eventIds = "[]";

    @Column(columnDefinition = "text")
    public String error;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "claimed_by", columnDefinition = "text")
    public String claimedBy;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "created_by", columnDefinition = "text")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
