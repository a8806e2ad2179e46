package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Which event an article reports; an article reports at most one. */
@Entity
@Table(name = "event_articles")
public class EventArticleEntity extends PanacheEntityBase {

    @Id
    @Column(name = "article_id", length = 64)
    public String articleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    public EventEntity event;
}
