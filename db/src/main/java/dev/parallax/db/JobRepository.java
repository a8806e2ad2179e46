package dev.parallax.db;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The job queue. Workers of any number of instances claim with {@code for update skip locked}, so a
 * job is handed to one worker; a running job whose heartbeat went stale (its instance died) is
 * handed out again. Every update after the claim names the worker, so one that lost its job to a
 * take-over cannot overwrite the new owner's state.
 */
@ApplicationScoped
public class JobRepository implements PanacheRepository<JobEntity> {

    /**
     * Marks the oldest queued job, or the oldest running one whose heartbeat is older than
     * {@code staleSeconds}, as running for {@code worker}; empty when there is none. Call inside a
     * transaction: the row stays locked until it commits.
     */
    public Optional<JobEntity> claimNext(String worker, long staleSeconds) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                select id from jobs
                where state = 'queued'
                   or (state = 'running' and (heartbeat_at is null
                       or heartbeat_at < now() - make_interval(secs => :stale)))
                order by id
                limit 1
                for update skip locked
                """).setParameter("stale", (double) staleSeconds).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ids.get(0).longValue();
        getEntityManager().createNativeQuery("""
                update jobs set state = 'running', claimed_by = :worker, heartbeat_at = now(),
                       started_at = coalesce(started_at, now()), attempts = attempts + 1
                where id = :id
                """).setParameter("worker", worker).setParameter("id", id).executeUpdate();
        JobEntity job = findById(id);
        getEntityManager().refresh(job);
        return Optional.of(job);
    }

    /** Says the worker is alive and how far it got; false when the job is no longer this worker's. */
    public boolean heartbeat(long id, String worker, int processed, int total) {
        return getEntityManager().createNativeQuery("""
                update jobs set heartbeat_at = now(), processed = :processed, total = :total
                where id = :id and claimed_by = :worker and state = 'running'
                """).setParameter("processed", processed).setParameter("total", total)
                .setParameter("id", id).setParameter("worker", worker).executeUpdate() == 1;
    }

    /** Ends the job as done or failed; false when it is no longer this worker's. */
    public boolean finish(long id, String worker, String state, String eventIdsJson, String error) {
        return getEntityManager().createNativeQuery("""
                update jobs set state = :state, event_ids = cast(:events as jsonb), error = :error,
                       finished_at = now(), heartbeat_at = now(),
                       processed = case when :state = 'done' then total else processed end
                where id = :id and claimed_by = :worker and state = 'running'
                """).setParameter("state", state).setParameter("events", eventIdsJson).setParameter("error", error)
                .setParameter("id", id).setParameter("worker", worker).executeUpdate() == 1;
    }

    /** Jobs waiting or running: how much background work is left. */
    public long pending() {
        return count("state in ('queued', 'running')");
    }
}
