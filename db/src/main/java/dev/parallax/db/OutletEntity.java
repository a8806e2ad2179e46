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

/** A news outlet; articles point at it by id so a rename touches one row. */
@Entity
@Table(name = "outlets")
public class OutletEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "outlets_seq", sequenceName = "outlets_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outlets_seq")
    public Long id;

    @Column(nullable = false, unique = true, columnDefinition = "text")
    public String name;

    /** "wire service", "state media", "independent", "aggregator", or null while unclassified. */
    @Column(columnDefinition = "text")
    public String kind;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** An invented outlet of the demo corpus. */
    @Column(nullable = false)
    public boolean fictional;

    public static OutletEntity named(String name) {
        OutletEntity outlet = new OutletEntity();
        outlet.name = name;
        return outlet;
    }
}
