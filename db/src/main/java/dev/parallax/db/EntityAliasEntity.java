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

/** A spelling an editor added to an entity; read together with the shipped gazetteer. */
@Entity
@Table(name = "entity_aliases")
public class EntityAliasEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "entity_aliases_seq", sequenceName = "entity_aliases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_aliases_seq")
    public Long id;

    @Column(name = "entity_id", nullable = false, columnDefinition = "text")
    public String entityId;

    @Column(nullable = false, columnDefinition = "text")
    public String alias;

    /** {@link #keyOf} of the alias; unique, so one spelling names one entity. */
    @Column(name = "alias_key", nullable = false, unique = true, columnDefinition = "text")
    public String aliasKey;

    @Column(name = "created_by", columnDefinition = "text")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /** The spelling as compared for uniqueness: NFKC, lower case, runs of white space as one space. */
    public static String keyOf(String alias) {
        return java.text.Normalizer.normalize(alias, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
