package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Accounts of one event. {@code publicId} is the id the API and pages use; it survives new accounts joining. */
@Entity
@Table(name = "events")
public class EventEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "events_seq", sequenceName = "events_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "events_seq")
    public Long id;

    @Column(name = "public_id", nullable = false, unique = true, columnDefinition = "text")
    public String publicId;

    @Column(nullable = false, columnDefinition = "text")
    public String label;

    @Column(name = "event_date")
    public LocalDate eventDate;

    /** JSON array of place names. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String places = "[]";

    /** JSON array of participant names. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String participants = "[]";

    @Column(name = "article_count", nullable = false)
    public int articleCount;

    @Column(name = "outlet_count", nullable = false)
    public int outletCount;

    /** JSON array of the comparison's warnings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String warnings = "[]";

    /** JSON array of the ids of the accounts that are the event's official record. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String reference = "[]";

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}
