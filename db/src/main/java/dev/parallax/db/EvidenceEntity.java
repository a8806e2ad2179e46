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

/** One account's exact words for a discrepancy; offsets are code points into the cleaned text. */
@Entity
@Table(name = "evidence")
public class EvidenceEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "discrepancy_id", nullable = false)
    public DiscrepancyEntity discrepancy;

    @Column(name = "article_id", nullable = false, length = 64)
    public String articleId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "start_cp", nullable = false)
    public int start;

    @Column(name = "end_cp", nullable = false)
    public int end;
}
