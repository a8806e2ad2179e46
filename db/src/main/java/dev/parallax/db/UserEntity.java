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

/**
 * A person (or program) that signs in. {@code role} is viewer, fact-checker, editor or admin;
 * only a bcrypt hash of the password is kept.
 */
@Entity
@Table(name = "users")
public class UserEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    public Long id;

    @Column(nullable = false, unique = true, columnDefinition = "text")
    public String username;

    @Column(name = "password_hash", nullable = false, columnDefinition = "text")
    public String passwordHash;

    @Column(nullable = false, columnDefinition = "text")
    public String role;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
