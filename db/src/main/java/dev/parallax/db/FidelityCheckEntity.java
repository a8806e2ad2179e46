package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One quotation of an account checked against its event's official record: the quote, the record's
 * passage it renders (none for NOT_IN_RECORD), the verdict and how close the two are. Offsets are
 * code points into the articles' cleaned texts.
 */
@Entity
@Table(name = "fidelity_checks")
public class FidelityCheckEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "fidelity_checks_seq", sequenceName = "fidelity_checks_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fidelity_checks_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    public EventEntity event;

    @Column(nullable = false)
    public int position;

    @Column(name = "article_id", nullable = false, length = 64)
    public String articleId;

    @Column(name = "quote_text", nullable = false, columnDefinition = "text")
    public String quoteText;

    @Column(name = "quote_start", nullable = false)
    public int quoteStart;

    @Column(name = "quote_end", nullable = false)
    public int quoteEnd;

    @Column(columnDefinition = "text")
    public String kind;

    @Column(columnDefinition = "text")
    public String speaker;

    @Column(name = "speaker_words", columnDefinition = "text")
    public String speakerWords;

    @Column(name = "record_article_id", length = 64)
    public String recordArticleId;

    @Column(name = "record_text", columnDefinition = "text")
    public String recordText;

    @Column(name = "record_start")
    public Integer recordStart;

    @Column(name = "record_end")
    public Integer recordEnd;

    @Column(name = "record_speaker", columnDefinition = "text")
    public String recordSpeaker;

    @Column(name = "record_speaker_words", columnDefinition = "text")
    public String recordSpeakerWords;

    /** VERBATIM, FAITHFUL, ALTERED or NOT_IN_RECORD. */
    @Column(nullable = false, columnDefinition = "text")
    public String verdict;

    @Column(nullable = false)
    public double similarity;

    /** JSON span {article, text, start, end} of the record's nearest passage, for NOT_IN_RECORD; or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String nearest;

    /** JSON array of one-line reasons. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String reasons = "[]";

    /** The fingerprint of the discrepancy an ALTERED quote became, or null. */
    @Column(length = 64)
    public String discrepancy;
}
