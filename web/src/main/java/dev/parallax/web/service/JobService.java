package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.db.JobEntity;
import dev.parallax.db.JobRepository;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.config.PipelineConfig;
import dev.parallax.web.security.CurrentUser;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The background job queue: enqueue, claim, report progress, finish. Every method is one short
 * transaction of its own, so a caller inside another transaction still publishes the job at once
 * and a worker never holds a lock while it analyzes.
 */
@ApplicationScoped
public class JobService {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JobRepository jobs;
    private final ObjectMapper json;
    private final PipelineConfig config;
    private final CurrentUser currentUser;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public JobService(JobRepository jobs, ObjectMapper json, PipelineConfig config, CurrentUser currentUser) {
        this.jobs = jobs;
        this.json = json;
        this.config = config;
        this.currentUser = currentUser;
    }

    /**
     * Analyze these articles and place them in events (already analyzed ones are not analyzed again).
     *
     * @param actor who asked for it; null means the signed-in user of the current request, if any
     *              (an import from the command line or the demo corpus has none)
     */
    public JobRef enqueueAnalysis(Collection<String> articleIds, String actor) {
        return enqueue(ClaimedJob.ANALYZE, articleIds, actor);
    }

    /**
     * Analyze these articles anew (say, after the gazetteer changed: an alias added, two entities
     * merged) and recompute their events. An empty collection means every article.
     */
    public JobRef enqueueReanalysis(Collection<String> articleIds, String actor) {
        return enqueue(ClaimedJob.REANALYZE, articleIds, actor);
    }

    private JobRef enqueue(String kind, Collection<String> articleIds, String actor) {
        List<String> ids = new ArrayList<>(new TreeSet<>(articleIds));
        JobRef ref = QuarkusTransaction.requiringNew().call(() -> {
            JobEntity job = new JobEntity();
            job.kind = kind;
            job.articleIds = write(ids);
            job.total = ids.size();
            job.createdBy = actor != null ? actor : requestUser();
            jobs.persist(job);
            jobs.flush();
            return JobRef.of(job.id, job.state);
        });
        listeners.forEach(Runnable::run);
        return ref;
    }

    /** The signed-in user of the HTTP request this thread serves, or null outside a request or when anonymous. */
    private String requestUser() {
        return Arc.container().requestContext().isActive() ? currentUser.username() : null;
    }

    /** Called after a job is queued here, so a local worker starts without waiting for its next poll. */
    public void onEnqueue(Runnable listener) {
        listeners.add(listener);
    }

    public JobView get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            JobEntity job = jobs.findByIdOptional(id).orElseThrow(() -> new ProblemException(404, "not-found",
                    "Not Found", "no job with id " + id, List.of()));
            return view(job);
        });
    }

    /**
     * Hands the next job to {@code worker}: the oldest queued one, or one whose worker stopped
     * sending heartbeats. A job claimed more than the allowed number of times is failed instead.
     */
    public Optional<ClaimedJob> claim(String worker) {
        while (true) {
            Optional<Object> next = QuarkusTransaction.requiringNew().call(() -> {
                Optional<JobEntity> claimed = jobs.claimNext(worker, config.jobs().staleAfter().toSeconds());
                if (claimed.isEmpty()) {
                    return Optional.empty();
                }
                JobEntity job = claimed.get();
                if (job.attempts > Math.max(1, config.jobs().maxAttempts())) {
                    jobs.finish(job.id, worker, JobEntity.FAILED, job.eventIds,
                            "gave up after " + (job.attempts - 1) + " attempts: the worker running it stopped each time");
                    return Optional.of(Boolean.FALSE);
                }
                return Optional.of(new ClaimedJob(job.id, job.kind, read(job.articleIds), job.attempts, worker));
            });
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (next.get() instanceof ClaimedJob job) {
                return Optional.of(job);
            }
        }
    }

    /** False when the job was taken over by another worker meanwhile: stop working on it. */
    public boolean heartbeat(ClaimedJob job, int processed, int total) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.heartbeat(job.id(), job.worker(), processed, total));
    }

    public boolean done(ClaimedJob job, Collection<String> eventIds) {
        String events = write(new ArrayList<>(new TreeSet<>(eventIds)));
        return QuarkusTransaction.requiringNew().call(() -> jobs.finish(job.id(), job.worker(), JobEntity.DONE, events, null));
    }

    public boolean failed(ClaimedJob job, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.finish(job.id(), job.worker(), JobEntity.FAILED, "[]",
                reason == null || reason.isBlank() ? "failed without a message" : reason));
    }

    /** Jobs queued or running, here or on another instance. */
    public long pending() {
        return QuarkusTransaction.requiringNew().call(jobs::pending);
    }

    private JobView view(JobEntity job) {
        return new JobView(job.id, job.kind, job.state, job.processed, job.total, read(job.eventIds), job.error,
                job.attempts, job.createdBy, utc(job.createdAt), utc(job.startedAt), utc(job.finishedAt), "/api/jobs/" + job.id);
    }

    private static java.time.OffsetDateTime utc(java.time.OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String array) {
        try {
            return array == null ? List.of() : json.readValue(array, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored job JSON is not a list of strings", e);
        }
    }
}
