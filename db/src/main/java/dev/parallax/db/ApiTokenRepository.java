package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiTokenEntity> {

    /** The live (not revoked) token with this secret hash, with its user. */
    public Optional<ApiTokenEntity> findLive(String tokenHash) {
        return find("from ApiTokenEntity t join fetch t.user where t.tokenHash = ?1 and t.revokedAt is null",
                tokenHash).firstResultOptional();
    }

    /** A user's live tokens, oldest first. */
    public List<ApiTokenEntity> listLive(long userId) {
        return list("user.id = ?1 and revokedAt is null order by id", userId);
    }
}
