package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<UserEntity> {

    public Optional<UserEntity> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Every user, by name. */
    public List<UserEntity> listByName() {
        return list("order by username");
    }

    /**
     * The users with this role, locked until the transaction ends, so two admins removing each
     * other at once cannot leave nobody to manage users.
     */
    public List<UserEntity> lockWithRole(String role) {
        return find("role = ?1 order by id", role).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
