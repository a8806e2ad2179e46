package dev.parallax.web.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;

/** Queues a "reanalyze" job with {@link JobService}: the articles are analyzed anew and their events compared again. */
@ApplicationScoped
public class JobReanalysisQueue implements ReanalysisQueue {
    private final JobService jobs;

    public JobReanalysisQueue(JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<Long> enqueue(Collection<String> articleIds, String requestedBy) {
        // JobService reads an empty collection as "every article": nothing to do is not that
        if (articleIds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jobs.enqueueReanalysis(articleIds, requestedBy).id());
    }
}
