package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A signed-in browser, known by the SHA-256 of the random id in its cookie. */
@Entity
@Table(name = "user_sessions")
public class SessionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "id_hash", columnDefinition = "text")
    public String idHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    public UserEntity user;

    @Column(name = "csrf_token", nullable = false, columnDefinition = "text")
    public String csrfToken;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;
}
