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

/** Two names found to be one entity: {@code fromId} was folded into {@code intoId}. */
@Entity
@Table(name = "entity_merges")
public class EntityMergeEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "entity_merges_seq", sequenceName = "entity_merges_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_merges_seq")
    public Long id;

    @Column(name = "from_id", nullable = false, unique = true, columnDefinition = "text")
    public String fromId;

    @Column(name = "into_id", nullable = false, columnDefinition = "text")
    public String intoId;

    @Column(name = "from_name", columnDefinition = "text")
    public String fromName;

    @Column(name = "mentions_relinked", nullable = false)
    public int mentionsRelinked;

    @Column(name = "created_by", columnDefinition = "text")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
}
