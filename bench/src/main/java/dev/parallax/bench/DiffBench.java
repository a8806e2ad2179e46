package dev.parallax.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Latency of {@code GET /api/diff} (two stored accounts side by side with inline word changes) under
 * concurrent clients, on the real application: starts {@code quarkus-run.jar serve} on a fresh
 * embedded PostgreSQL, imports {@code articles} generated accounts of consecutive events (the
 * accounts {@link PipelineBench} generates, 10-25 per event), waits until they are analyzed and
 * compared, then runs {@code clients} closed-loop clients ({@link ClosedLoop}: keep-alive, HTTP
 * Basic, the answer read but not parsed), each asking for random ordered pairs of accounts of one
 * random event. Each run measures {@code seconds} after a warm-up of the same length; prints p50,
 * p99, requests/s and CPU per request per run, and the medians.
 *
 * <pre>
 * java -cp bench/target/classes dev.parallax.bench.DiffBench [clients=50] [seconds=15] [runs=3] [articles=300]
 * </pre>
 */
public final class DiffBench {
    private static final String PASSWORD = "bench-secret";

    private DiffBench() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int articles = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        BenchServer.requireBuild();
        List<PipelineBench.Account> accounts = PipelineBench.generate(articles, new Random(20241219));
        int events = accounts.get(accounts.size() - 1).event() + 1;
        try (BenchServer server = BenchServer.start("parallax-diff-bench-", PASSWORD,
                Map.of("PARALLAX_PIPELINE_JOBS_WORKERS", "2"), BenchServer.jvmOptions())) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String auth = server.basicAuth();
            List<List<String>> idsByEvent = new ArrayList<>();
            for (int e = 0; e < events; e++) {
                idsByEvent.add(new ArrayList<>());
            }
            long started = System.nanoTime();
            List<Long> jobs = new ArrayList<>();
            for (int from = 0; from < accounts.size(); from += 500) {
                List<PipelineBench.Account> batch = accounts.subList(from, Math.min(accounts.size(), from + 500));
                StringBuilder lines = new StringBuilder();
                batch.forEach(a -> lines.append(a.json()).append('\n'));
                String boundary = "parallax-diff-" + from;
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.base
                                + "/api/articles/import")).header("Authorization", auth)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(BenchServer.multipart(boundary, "batch.jsonl",
                                lines.toString().getBytes(StandardCharsets.UTF_8)))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
                }
                List<String> ids = PipelineBench.field(response.body(), "\"id\":\"([0-9a-f]{64})\"");
                for (int i = 0; i < batch.size(); i++) {
                    idsByEvent.get(batch.get(i).event()).add(ids.get(i));
                }
                jobs.add(Long.parseLong(PipelineBench.field(response.body(), "\"job\":\\{\"id\":(\\d+)").get(0)));
            }
            for (long job : jobs) {
                waitForJob(http, server.base, auth, job);
            }
            long pairs = idsByEvent.stream().mapToLong(ids -> (long) ids.size() * (ids.size() - 1)).sum();
            System.out.printf(Locale.ROOT, "server up on %s; %d accounts of %d events imported and compared in %.1f s "
                            + "(%d ordered pairs within events); %d clients, %d s x %d runs%n", server.base,
                    accounts.size(), events, (System.nanoTime() - started) / 1e9, pairs, clients, seconds, runs);
            ProcessCpu cpu = new ProcessCpu(server.process().pid(), server.dataDir);
            List<double[]> results = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                ClosedLoop.Result r = ClosedLoop.run(server.base, auth, clients, seconds, run, cpu, random -> {
                    List<String> event = idsByEvent.get(random.nextInt(events));
                    int a = random.nextInt(event.size());
                    int b = (a + 1 + random.nextInt(event.size() - 1)) % event.size();
                    return "/api/diff?left=" + event.get(a) + "&right=" + event.get(b);
                });
                System.out.printf("%s: %s%n", run == 0 ? "warm-up" : "run " + run, r);
                if (run > 0) {
                    results.add(new double[] {r.p50(), r.p99(), r.perSecond(), r.serverCpuMs(), r.postgresCpuMs(),
                            r.clientCpuMs()});
                }
            }
            System.out.printf(Locale.ROOT, "median of %d runs: p50 %.1f ms, p99 %.1f ms, %.0f requests/s; CPU per "
                            + "request: server JVM %.2f ms, PostgreSQL %.2f ms, clients %.2f ms%n", runs,
                    median(results, 0), median(results, 1), median(results, 2), median(results, 3),
                    median(results, 4), median(results, 5));
        }
    }

    private static void waitForJob(HttpClient http, String base, String auth, long job) throws Exception {
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + job))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
            if (r.body().contains("\"state\":\"done\"")) {
                return;
            }
            if (r.statusCode() != 200 || r.body().contains("\"state\":\"failed\"")) {
                throw new IllegalStateException("job " + job + ": " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(200);
        }
    }

    private static double median(List<double[]> results, int index) {
        List<Double> values = new ArrayList<>();
        results.forEach(r -> values.add(r[index]));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
