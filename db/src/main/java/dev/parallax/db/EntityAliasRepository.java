package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EntityAliasRepository implements PanacheRepository<EntityAliasEntity> {

    /** Every stored alias, oldest first, so the effective gazetteer is built the same way each time. */
    public List<EntityAliasEntity> listInOrder() {
        return list("order by id");
    }

    public Optional<EntityAliasEntity> findByKey(String aliasKey) {
        return find("aliasKey", aliasKey).firstResultOptional();
    }

    /** Moves the aliases of a merged-away entity to the one it was merged into. */
    public int moveTo(String fromId, String intoId) {
        return update("entityId = ?1 where entityId = ?2", intoId, fromId);
    }
}
