package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.db.JobEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/** Queues a "reanalyze" row in table {@code jobs}; the job workers claim and run it. */
@ApplicationScoped
public class StoredJobReanalysisQueue implements ReanalysisQueue {
    private final ObjectMapper json;

    public StoredJobReanalysisQueue(ObjectMapper json) {
        this.json = json;
    }

    @Override
    @Transactional
    public Optional<Long> enqueue(Collection<String> articleIds, String requestedBy) {
        if (articleIds.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> ids = new TreeSet<>(articleIds);
        JobEntity job = new JobEntity();
        job.kind = "reanalyze";
        job.total = ids.size();
        job.createdBy = requestedBy;
        try {
            job.articleIds = json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        job.persist();
        return Optional.of(job.id);
    }
}
