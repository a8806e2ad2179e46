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

    /**
     * The ids of the outlets named, creating those not stored yet. Safe against concurrent imports:
     * a name created meanwhile by another transaction is skipped ({@code on conflict do nothing},
     * which waits for that transaction), names are inserted in sorted order so two imports never
     * wait on each other in a cycle.
     */
    public java.util.Map<String, Long> idsCreatingMissing(java.util.Collection<String> names) {
        java.util.SortedSet<String> sorted = new java.util.TreeSet<>(names);
        if (sorted.isEmpty()) {
            return java.util.Map.of();
        }
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            java.util.Map<String, Long> ids = new java.util.HashMap<>();
            try (java.sql.PreparedStatement find = connection.prepareStatement(
                    "select id, name from outlets where name = any (?)")) {
                find.setArray(1, connection.createArrayOf("text", sorted.toArray()));
                try (java.sql.ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(2), rows.getLong(1));
                    }
                }
            }
            List<String> missing = sorted.stream().filter(n -> !ids.containsKey(n)).toList();
            if (missing.isEmpty()) {
                return ids;
            }
            try (java.sql.PreparedStatement insert = connection.prepareStatement(
                    "insert into outlets (id, name) values (nextval('outlets_seq'), ?) on conflict (name) do nothing")) {
                for (String name : missing) {
                    insert.setString(1, name);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (java.sql.PreparedStatement find = connection.prepareStatement(
                    "select id, name from outlets where name = any (?)")) {
                find.setArray(1, connection.createArrayOf("text", missing.toArray()));
                try (java.sql.ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(2), rows.getLong(1));
                    }
                }
            }
            return ids;
        });
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
