package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

@ApplicationScoped
public class SessionRepository implements PanacheRepository<SessionEntity> {

    /** The unexpired session with this id hash, with its user. */
    public Optional<SessionEntity> findLive(String idHash, OffsetDateTime now) {
        return find("from SessionEntity s join fetch s.user where s.idHash = ?1 and s.expiresAt > ?2", idHash, now)
                .firstResultOptional();
    }

    public long deleteByIdHash(String idHash) {
        return delete("idHash", idHash);
    }

    public long deleteForUser(long userId) {
        return delete("user.id", userId);
    }

    public long deleteExpired(OffsetDateTime now) {
        return delete("expiresAt <= ?1", now);
    }
}
