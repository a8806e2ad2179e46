package dev.parallax.web.service;

import java.util.Collection;
import java.util.Optional;

/**
 * Asks for articles to be analyzed again (with {@link AnalyzerProvider#current()}) and their events
 * compared again, after something that changes how names are linked: an alias added, two entities
 * merged. Call it after the change is committed: a job may start at once, and it must see the change.
 */
public interface ReanalysisQueue {

    /**
     * @param articleIds  the articles to analyze again; nothing is queued for an empty collection
     * @param requestedBy the user who made the change, for the job's record
     * @return the id of the queued job, or empty when there was nothing to do
     */
    Optional<Long> enqueue(Collection<String> articleIds, String requestedBy);
}
