package dev.parallax.bench;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@code clients} closed-loop clients, each on its own keep-alive connection, sending GETs back to
 * back for {@code seconds}; the path of each request comes from {@code paths} (given the client's
 * own seeded Random; null ends that client early). Reports p50/p99 latency over every request, requests per second, and the
 * server's and the clients' CPU per request.
 */
final class ClosedLoop {
    /** One run's figures. */
    record Result(double p50, double p99, double perSecond, long requests, long failures, double serverCpuMs,
                  double postgresCpuMs, double clientCpuMs) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, %.0f requests/s (%d requests%s); "
                            + "CPU per request: server JVM %.2f ms, PostgreSQL %.2f ms, clients %.2f ms", p50, p99,
                    perSecond, requests, failures == 0 ? "" : ", " + failures + " FAILED", serverCpuMs, postgresCpuMs,
                    clientCpuMs);
        }
    }

    private ClosedLoop() {}

    static Result run(String base, String authorization, int clients, int seconds, long seed, ProcessCpu cpu,
                      Function<Random, String> paths) throws InterruptedException {
        URI uri = URI.create(base);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong failures = new AtomicLong();
        long[] deadline = new long[1];
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                Random random = new Random(seed * 1000L + client);
                long[] mine = new long[1 << 14];
                int n = 0;
                try (KeepAliveClient http = new KeepAliveClient(uri.getHost(), uri.getPort(), authorization)) {
                    http.get("/q/health/live"); // connect before the clock starts
                    start.await();
                    while (System.nanoTime() < deadline[0]) {
                        String path = paths.apply(random);
                        if (path == null) {
                            break; // a sweep that is done
                        }
                        long t0 = System.nanoTime();
                        int status = http.get(path);
                        long took = System.nanoTime() - t0;
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = took;
                    }
                } catch (IOException | InterruptedException | RuntimeException e) {
                    failures.incrementAndGet();
                } finally {
                    latencies[client] = mine;
                    counts[client] = n;
                    done.countDown();
                }
            }, "client-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        Thread.sleep(500);
        double[] cpu0 = cpu.seconds();
        double self0 = ProcessCpu.self();
        long began = System.nanoTime();
        deadline[0] = began + TimeUnit.SECONDS.toNanos(seconds);
        start.countDown();
        done.await();
        double elapsed = (System.nanoTime() - began) / 1e9;
        double[] cpu1 = cpu.seconds();
        double self1 = ProcessCpu.self();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(latencies[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        double per = Math.max(1, total);
        return new Result(all[(int) (total * 0.50)] / 1e6, all[Math.min(total - 1, (int) (total * 0.99))] / 1e6,
                total / elapsed, total, failures.get(), (cpu1[0] - cpu0[0]) * 1000 / per,
                (cpu1[1] - cpu0[1]) * 1000 / per, (self1 - self0) * 1000 / per);
    }
}
