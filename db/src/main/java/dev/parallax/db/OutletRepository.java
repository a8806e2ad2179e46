package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OutletRepository implements PanacheRepository<OutletEntity> {

    public Optional<OutletEntity> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /** How many articles of the outlet are stored. */
    public long articleCount(OutletEntity outlet) {
        return getEntityManager().createQuery("select count(a) from ArticleEntity a where a.outlet = :o", Long.class)
                .setParameter("o", outlet).getSingleResult();
    }

    /** Every outlet with how many articles it has, by name. */
    public List<OutletCount> listWithCounts() {
        return getEntityManager().createQuery("""
                select new dev.parallax.db.OutletCount(o.id, o.name, o.kind, count(a.id), o.fictional)
                from OutletEntity o left join ArticleEntity a on a.outlet = o
                group by o.id, o.name, o.kind, o.fictional
                order by o.name""", OutletCount.class).getResultList();
    }
}
