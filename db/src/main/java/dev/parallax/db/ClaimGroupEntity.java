package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Claims of different accounts of one event that report the same fact or statement. */
@Entity
@Table(name = "claim_groups")
public class ClaimGroupEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "claim_groups_seq", sequenceName = "claim_groups_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_groups_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    public EventEntity event;

    @Column(name = "public_id", nullable = false, unique = true, columnDefinition = "text")
    public String publicId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, columnDefinition = "text")
    public String summary;

    /** JSON array of spans {article, text, start, end} (code points). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String members;

    /** JSON array of arrays of article ids that copy one source. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String copies = "[]";

    @Column(nullable = false)
    public int independent;
}
