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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/** A typed finding of one event. Replaced when the event is compared again; reviews attach to {@code fingerprint}. */
@Entity
@Table(name = "discrepancies")
public class DiscrepancyEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "discrepancies_seq", sequenceName = "discrepancies_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discrepancies_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    public EventEntity event;

    /** Null for event-level findings such as SPELLING. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_group_id")
    public ClaimGroupEntity claimGroup;

    @Column(nullable = false, unique = true, length = 64)
    public String fingerprint;

    /** A {@code DiscrepancyType} name. */
    @Column(nullable = false, columnDefinition = "text")
    public String type;

    /** A {@code Severity} name. */
    @Column(nullable = false, columnDefinition = "text")
    public String severity;

    @Column(nullable = false)
    public int rank;

    @Column(nullable = false, columnDefinition = "text")
    public String summary;

    @OneToMany(mappedBy = "discrepancy")
    @OrderBy("position")
    public List<EvidenceEntity> evidence = new ArrayList<>();
}
