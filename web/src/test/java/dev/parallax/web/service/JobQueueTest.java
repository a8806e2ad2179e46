package dev.parallax.web.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The job queue shared by every instance: each job runs once, and a dead worker's job is taken over. */
@QuarkusTest
class JobQueueTest {
    @Inject
    JobService jobs;
    @Inject
    JobWorker worker;
    @Inject
    EntityManager em;

    @Test
    void aRunningJobWhoseWorkerStoppedIsTakenOverButALiveOneIsNot() {
        worker.runUntilIdle();
        long dead = jobs.enqueueAnalysis(List.of(), "test").id();
        long alive = jobs.enqueueAnalysis(List.of(), "test").id();
        execute("update jobs set state = 'running', claimed_by = 'gone', attempts = 1,"
                + " heartbeat_at = now() - interval '10 minutes' where id = " + dead);
        execute("update jobs set state = 'running', claimed_by = 'busy', attempts = 1, heartbeat_at = now() where id = " + alive);

        ClaimedJob taken = jobs.claim("taker").orElseThrow();
        assertEquals(dead, taken.id());
        assertEquals(2, taken.attempts());
        assertEquals(Optional.empty(), jobs.claim("taker"), "a job with a fresh heartbeat stays with its worker");
        assertEquals(false, jobs.heartbeat(new ClaimedJob(dead, "analyze", List.of(), 1, "gone"), 0, 0),
                "the old worker learns it lost the job");
        worker.run(taken);
        given().get("/api/jobs/" + dead).then().statusCode(200).body("state", equalTo("done"));
        execute("update jobs set state = 'done' where id = " + alive);
    }

    @Test
    void aJobWhoseWorkersKeptDyingIsFailedWithAReason() {
        worker.runUntilIdle();
        long doomed = jobs.enqueueAnalysis(List.of(), "test").id();
        execute("update jobs set state = 'running', claimed_by = 'gone', attempts = 3,"
                + " heartbeat_at = now() - interval '10 minutes' where id = " + doomed);
        assertEquals(Optional.empty(), jobs.claim("taker"));
        given().get("/api/jobs/" + doomed).then().statusCode(200)
                .body("state", equalTo("failed")).body("error", containsString("gave up after 3 attempts"));
    }

    @Test
    void twoWorkersClaimingAtOnceGetEachJobExactlyOnce() throws Exception {
        worker.runUntilIdle();
        Set<Long> queued = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            queued.add(jobs.enqueueAnalysis(List.of(), "test").id());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ClaimedJob>>> results = new ArrayList<>();
            for (String name : List.of("left", "right")) {
                Callable<List<ClaimedJob>> claimAll = () -> {
                    start.await();
                    List<ClaimedJob> mine = new ArrayList<>();
                    for (Optional<ClaimedJob> job = jobs.claim(name); job.isPresent(); job = jobs.claim(name)) {
                        mine.add(job.get());
                    }
                    return mine;
                };
                results.add(pool.submit(claimAll));
            }
            start.countDown();
            List<ClaimedJob> left = results.get(0).get(), right = results.get(1).get();
            Set<Long> claimed = new HashSet<>();
            for (ClaimedJob job : left) {
                assertTrue(claimed.add(job.id()));
            }
            for (ClaimedJob job : right) {
                assertTrue(claimed.add(job.id()), "job " + job.id() + " was handed to both workers");
            }
            assertEquals(queued, claimed);
            for (ClaimedJob job : left) {
                worker.run(job);
            }
            for (ClaimedJob job : right) {
                worker.run(job);
            }
            for (long id : queued) {
                given().get("/api/jobs/" + id).then().body("state", equalTo("done")).body("attempts", equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate());
    }
}
