package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Every name each article uses for an entity, written when the article is analyzed. */
@ApplicationScoped
public class EntityMentionRepository implements PanacheRepository<EntityMentionEntity> {

    public void deleteFor(Collection<String> articleIds) {
        if (!articleIds.isEmpty()) {
            delete("articleId in ?1", articleIds);
        }
    }

    public List<EntityMentionEntity> forArticle(String articleId) {
        return list("articleId = ?1 order by start, id", articleId);
    }
}
