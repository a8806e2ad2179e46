package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** core's analysis of one article as JSON, so events can be compared again without re-analyzing. */
@Entity
@Table(name = "article_analyses")
public class ArticleAnalysisEntity extends PanacheEntityBase {

    @Id
    @Column(name = "article_id", length = 64)
    public String articleId;

    @Column(name = "analyzer_version", nullable = false, columnDefinition = "text")
    public String analyzerVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String analysis;

    @Column(name = "analyzed_at", nullable = false)
    public OffsetDateTime analyzedAt = OffsetDateTime.now();
}
