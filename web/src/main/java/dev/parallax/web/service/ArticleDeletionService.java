package dev.parallax.web.service;

import dev.parallax.db.ArticleRepository;
import dev.parallax.db.EventRepository;
import dev.parallax.web.api.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Removes an article with its analysis, mentions, membership and evidence. Its event is compared
 * again by a job (the remaining accounts may keep it, or it dissolves when fewer than two are left);
 * reviews of discrepancies that vanish become orphaned, never deleted.
 */
@ApplicationScoped
public class ArticleDeletionService {
    private final ArticleRepository articles;
    private final EventRepository events;
    private final JobService jobs;
    private final AnalysisService analysis;

    public ArticleDeletionService(ArticleRepository articles, EventRepository events, JobService jobs,
                                  AnalysisService analysis) {
        this.articles = articles;
        this.events = events;
        this.jobs = jobs;
        this.analysis = analysis;
    }

    /** What a deletion did: the event the article was in (or null) and the job recomputing it (or null). */
    public record Deleted(String id, String event, JobRef job) {}

    public Deleted delete(String id, String actor) {
        record Removed(String event, List<String> remaining) {}
        Removed removed = QuarkusTransaction.requiringNew().call(() -> {
            if (articles.findByIdOptional(id).isEmpty()) {
                throw new ProblemException(404, "not-found", "Not Found", "no article with id " + id, List.of());
            }
            events.lockForWriting();
            Map<String, Long> eventOf = events.eventsOf(List.of(id));
            Long event = eventOf.get(id);
            String publicId = event == null ? null : events.findById(event).publicId;
            List<String> remaining = event == null ? List.of()
                    : events.members(List.of(event)).getOrDefault(event, List.of()).stream().filter(a -> !a.equals(id)).toList();
            if (event != null && remaining.size() < 2) {
                events.deleteEvent(event); // one account is no event; its reviews become orphaned
            }
            articles.getEntityManager().createNativeQuery("delete from articles where id = :id")
                    .setParameter("id", id).executeUpdate();
            return new Removed(publicId, remaining);
        });
        analysis.forget(id);
        JobRef job = removed.remaining().isEmpty() ? null : jobs.enqueueAnalysis(removed.remaining(), actor);
        return new Deleted(id, removed.event(), job);
    }
}
