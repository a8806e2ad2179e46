package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One name an article uses for an entity; offsets are code points into the cleaned text. */
@Entity
@Table(name = "entity_mentions")
public class EntityMentionEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "entity_mentions_seq", sequenceName = "entity_mentions_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_mentions_seq")
    public Long id;

    @Column(name = "article_id", nullable = false, length = 64)
    public String articleId;

    /** Gazetteer id, or "unknown:<key>" for a name the gazetteer does not know. */
    @Column(name = "entity_id", nullable = false, columnDefinition = "text")
    public String entityId;

    @Column(nullable = false, columnDefinition = "text")
    public String surface;

    @Column(name = "start_cp", nullable = false)
    public int start;

    @Column(name = "end_cp", nullable = false)
    public int end;

    /** exact, alias, fuzzy, role, unknown. */
    @Column(nullable = false, columnDefinition = "text")
    public String match;
}
