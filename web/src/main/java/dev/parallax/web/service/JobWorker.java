package dev.parallax.web.service;

import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.config.PipelineConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * This instance's job workers: {@code parallax.pipeline.jobs.workers} threads (only under
 * {@code serve}) that claim queued jobs, or jobs whose worker died, and run them. While a job runs a
 * heartbeat thread records progress; a job taken over by another worker is dropped here.
 */
@Singleton
public class JobWorker {
    private static final Logger LOG = Logger.getLogger(JobWorker.class);

    private final JobService jobs;
    private final EventPipeline pipeline;
    private final PipelineConfig config;
    private final ParallaxConfig parallax;
    private final String instance;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicInteger workerNumbers = new AtomicInteger();
    private volatile boolean stopping;
    private ExecutorService workers;
    private ScheduledExecutorService heartbeats;

    public JobWorker(JobService jobs, EventPipeline pipeline, PipelineConfig config, ParallaxConfig parallax) {
        this.jobs = jobs;
        this.pipeline = pipeline;
        this.config = config;
        this.parallax = parallax;
        this.instance = host() + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
                + UUID.randomUUID().toString().substring(0, 8);
        jobs.onEnqueue(() -> wake.release());
    }

    void start(@Observes StartupEvent started) {
        int count = config.jobs().workers();
        if (count <= 0 || !"serve".equals(parallax.launch())) {
            return; // import and demo only queue jobs; a server (this or another instance) runs them
        }
        heartbeats = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "parallax-job-heartbeat"));
        workers = Executors.newFixedThreadPool(count, r -> daemon(r, "parallax-job-worker-" + workerNumbers.incrementAndGet()));
        for (int i = 0; i < count; i++) {
            workers.submit(this::loop);
        }
        LOG.infof("%d job worker(s) started as %s", count, instance);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        wake.release(Math.max(1, config.jobs().workers()));
        if (workers != null) {
            workers.shutdownNow();
            heartbeats.shutdownNow();
        }
    }

    private void loop() {
        String worker = instance + ":" + Thread.currentThread().getName().replaceAll(".*-", "");
        while (!stopping) {
            try {
                if (runNext(worker)) {
                    continue;
                }
                wake.tryAcquire(config.jobs().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    return;
                }
                LOG.warnf(e, "job worker %s: %s", worker, e.getMessage());
                try {
                    Thread.sleep(config.jobs().pollInterval().toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /**
     * Runs queued jobs in this thread until none is left; returns how many ran. For instances without
     * workers (tests, a one-off command) and for callers that need the result before answering.
     */
    public int runUntilIdle() {
        String worker = instance + ":inline-" + Thread.currentThread().getId();
        int ran = 0;
        while (runNext(worker)) {
            ran++;
        }
        return ran;
    }

    /** Claims and runs one job; false when there was none. */
    public boolean runNext(String worker) {
        Optional<ClaimedJob> claimed = jobs.claim(worker);
        if (claimed.isEmpty()) {
            return false;
        }
        run(claimed.get());
        return true;
    }

    /** Runs a job this worker has claimed, with a heartbeat, and records how it ended. */
    public void run(ClaimedJob job) {
        AtomicInteger processed = new AtomicInteger();
        AtomicBoolean ours = new AtomicBoolean(true);
        int total = job.articleIds().size();
        long period = Math.max(250, config.jobs().staleAfter().toMillis() / 4);
        ScheduledFuture<?> beat = heartbeats == null ? null : heartbeats.scheduleAtFixedRate(() -> {
            try {
                if (!jobs.heartbeat(job, processed.get(), total)) {
                    ours.set(false);
                }
            } catch (RuntimeException e) {
                LOG.debugf(e, "heartbeat of job %d failed", job.id());
            }
        }, period, period, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try {
            Set<String> events = pipeline.run(job, n -> {
                processed.set(n);
                if (beat == null && n % 200 == 0 && !jobs.heartbeat(job, n, total)) {
                    ours.set(false);
                }
            }, ours::get);
            if (beat != null) {
                beat.cancel(false);
            }
            if (jobs.done(job, events)) {
                LOG.debugf("job %d done in %d ms: %d article(s), %d event(s)", job.id(),
                        (System.nanoTime() - started) / 1_000_000, total, events.size());
            }
        } catch (EventPipeline.Abandoned abandoned) {
            LOG.infof("job %d was taken over by another worker; dropped here", job.id());
        } catch (RuntimeException | Error e) {
            if (stopping) {
                // the server is shutting down under the job (its database session is closing): not a
                // failure of the job; its heartbeat goes stale and the next start takes it over
                LOG.infof("job %d interrupted by shutdown after %d of %d article(s); it resumes on the next start",
                        job.id(), processed.get(), total);
                return;
            }
            LOG.warnf(e, "job %d failed", job.id());
            jobs.failed(job, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            if (beat != null) {
                beat.cancel(false);
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
