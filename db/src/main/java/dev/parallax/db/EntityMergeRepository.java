package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EntityMergeRepository implements PanacheRepository<EntityMergeEntity> {

    public List<EntityMergeEntity> listInOrder() {
        return list("order by id");
    }

    public Optional<EntityMergeEntity> findByFrom(String fromId) {
        return find("fromId", fromId).firstResultOptional();
    }

    /** Earlier merges into {@code fromId} now point at {@code intoId}, so no chain needs following. */
    public int redirect(String fromId, String intoId) {
        return update("intoId = ?1 where intoId = ?2", intoId, fromId);
    }
}
