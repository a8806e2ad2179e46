package dev.parallax.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fault drills against the real application ({@code quarkus-run.jar serve}, embedded PostgreSQL in a
 * temporary data directory, a free port). Each prints what it saw and exits non-zero when a promise
 * of docs/reliability.md does not hold.
 *
 * <ul>
 *   <li>{@code kill-import}: imports N articles in requests of 250; SIGKILLs the server while the
 *       import is under way; starts it again on the same data directory; sends the whole import
 *       again. Every article must be stored exactly once and no job may stay queued or running.</li>
 *   <li>{@code db-stop}: stops PostgreSQL (fast shutdown) under a stream of reads and starts
 *       nothing; while it is down every answer must be a 503 problem within 5 s (no hang), and the
 *       application must start PostgreSQL again by itself and answer 200 without a restart.</li>
 * </ul>
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * java -cp bench/target/classes dev.parallax.bench.FaultDrill kill-import [articles=5000]
 * java -cp bench/target/classes dev.parallax.bench.FaultDrill db-stop
 * </pre>
 */
public final class FaultDrill {
    private static final String PASSWORD = "drill-secret";
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String OUTLET = "Drill Wire";

    private final BenchServer app;
    private final Path dataDir;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process server;
    private final java.util.TreeSet<Long> jobIds = new java.util.TreeSet<>();

    private FaultDrill() throws IOException {
        this.app = BenchServer.prepare("parallax-drill-", PASSWORD, Map.of());
        this.dataDir = app.dataDir;
        this.base = app.base;
    }

    public static void main(String[] args) throws Exception {
        String drill = args.length > 0 ? args[0] : "kill-import";
        FaultDrill run = new FaultDrill();
        BenchServer.requireBuild();
        boolean held;
        try {
            held = switch (drill) {
                case "kill-import" -> run.killDuringImport(args.length > 1 ? Integer.parseInt(args[1]) : 5000);
                case "db-stop" -> run.stopTheDatabase();
                default -> throw new IllegalArgumentException("unknown drill " + drill + " (kill-import, db-stop)");
            };
        } finally {
            run.stopServer();
        }
        System.out.println(held ? "HELD" : "BROKEN");
        System.exit(held ? 0 : 1);
    }

    private boolean killDuringImport(int articles) throws Exception {
        startServer();
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < articles; from += 250) {
            bodies.add(BenchServer.multipart("drill", "drill-" + from + ".jsonl", jsonLines(from, Math.min(articles, from + 250))));
        }
        int killAfter = Math.max(1, bodies.size() * 2 / 5);
        for (int i = 0; i < killAfter; i++) {
            send(bodies.get(i));
        }
        // the next request is in flight (and background work is running) when the server dies
        Thread inFlight = new Thread(() -> {
            try {
                send(bodies.get(killAfter));
            } catch (Exception expected) {
                // the connection dies with the server
            }
        });
        inFlight.start();
        Thread.sleep(150);
        long pid = server.pid();
        server.destroyForcibly(); // SIGKILL: no shutdown hook, PostgreSQL left running as an orphan
        server.waitFor(30, TimeUnit.SECONDS);
        inFlight.join(30_000);
        System.out.printf("killed pid %d after %d of %d requests%n", pid, killAfter, bodies.size());

        long restart = System.nanoTime();
        startServer();
        System.out.printf("restarted in %.1f s%n", (System.nanoTime() - restart) / 1e9);
        for (byte[] body : bodies) {
            send(body);
        }
        int stored = total("/api/articles?outlet=" + OUTLET.replace(" ", "%20") + "&size=1");
        System.out.printf("articles stored: %d of %d%n", stored, articles);
        boolean jobsSettled = waitForJobs(Duration.ofMinutes(15));
        return stored == articles && jobsSettled;
    }

    /**
     * No job left queued or running: every job id the imports answered with, and every id between
     * (the one whose answer the kill swallowed), must reach done or failed.
     */
    private boolean waitForJobs(Duration limit) throws Exception {
        if (jobIds.isEmpty()) {
            System.out.println("jobs: the server answered no job ids");
            return true;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        java.util.Set<Long> open = new java.util.TreeSet<>();
        for (long id = jobIds.first(); id <= jobIds.last(); id++) {
            open.add(id);
        }
        Map<String, Integer> states = new TreeMap<>();
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            for (java.util.Iterator<Long> it = open.iterator(); it.hasNext(); ) {
                long id = it.next();
                HttpResponse<String> response = get("/api/jobs/" + id);
                if (response.statusCode() == 404) {
                    it.remove();
                    continue;
                }
                Matcher state = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"").matcher(response.body());
                if (state.find() && (state.group(1).equals("done") || state.group(1).equals("failed"))) {
                    states.merge(state.group(1), 1, Integer::sum);
                    it.remove();
                }
            }
            if (!open.isEmpty()) {
                Thread.sleep(2000);
            }
        }
        System.out.printf("jobs: %s; still queued or running: %s%n", states, open);
        return open.isEmpty() && !states.containsKey("failed");
    }

    /**
     * Stops PostgreSQL under a stream of reads (fast shutdown, as an operator or a crash would) and
     * starts nothing: the application must answer quick 503s meanwhile and start PostgreSQL again by
     * itself, answering 200 without a restart.
     */
    private boolean stopTheDatabase() throws Exception {
        startServer();
        Path pgdata = dataDir.resolve("pgdata");
        long postmaster = Long.parseLong(Files.readAllLines(pgdata.resolve("postmaster.pid")).get(0).strip());
        Map<Integer, Integer> whileDown = new TreeMap<>();
        long slowestDownMs = 0;
        for (int i = 0; i < 10; i++) {
            requireStatus(get("/api/articles?size=1"), 200);
        }
        long stopped = System.nanoTime();
        new ProcessBuilder("kill", "-INT", Long.toString(postmaster)).inheritIO().start().waitFor();
        while (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)) {
            Thread.sleep(50);
        }
        System.out.println("PostgreSQL stopped (pid " + postmaster + "); the drill starts nothing");
        long recoveredMs = -1;
        while (System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(90)) {
            long start = System.nanoTime();
            int status;
            String type = "";
            try {
                HttpResponse<String> response = http.send(request("/api/articles?size=1").timeout(Duration.ofSeconds(15))
                        .build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                type = response.headers().firstValue("Content-Type").orElse("");
            } catch (HttpTimeoutException hung) {
                status = -1;
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (status == 200) {
                recoveredMs = (System.nanoTime() - stopped) / 1_000_000;
                break;
            }
            slowestDownMs = Math.max(slowestDownMs, ms);
            whileDown.merge(status, 1, Integer::sum);
            if (status == 503 && !type.startsWith("application/problem+json")) {
                whileDown.merge(-503, 1, Integer::sum);
            }
            Thread.sleep(200);
        }
        long now = Long.parseLong(Files.readAllLines(pgdata.resolve("postmaster.pid")).get(0).strip());
        System.out.printf("while down: statuses %s, slowest answer %d ms%n", whileDown, slowestDownMs);
        System.out.printf("first 200 after %d ms: PostgreSQL started again by the application (pid %d)%n",
                recoveredMs, now);
        boolean onlyQuick503 = whileDown.keySet().stream().allMatch(s -> s == 503) && slowestDownMs <= 5000;
        return onlyQuick503 && recoveredMs >= 0 && now != postmaster;
    }

    private void startServer() throws Exception {
        app.launch();
        server = app.process();
    }

    private void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy(); // SIGTERM: the app stops its PostgreSQL
            server.waitFor(30, TimeUnit.SECONDS);
        }
        Path pid = dataDir.resolve("pgdata/postmaster.pid");
        if (Files.exists(pid)) { // a PostgreSQL the drill started itself
            String first = Files.readAllLines(pid).get(0).strip();
            new ProcessBuilder("kill", "-INT", first).start().waitFor();
            Thread.sleep(1000);
        }
        app.close();
    }

    private void send(byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("/api/articles/import")
                .header("Content-Type", "multipart/form-data; boundary=drill")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        requireStatus(response, 200);
        Matcher job = Pattern.compile("\"job\"\\s*:\\s*\\{\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        if (job.find()) {
            jobIds.add(Long.parseLong(job.group(1)));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTH);
    }

    private int total(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        requireStatus(response, 200);
        return totalOf(response.body());
    }

    private static int totalOf(String json) {
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(json);
        if (!total.find()) {
            throw new IllegalStateException("no total in " + json);
        }
        return Integer.parseInt(total.group(1));
    }

    private static void requireStatus(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static byte[] jsonLines(int from, int to) {
        StringBuilder lines = new StringBuilder();
        for (int i = from; i < to; i++) {
            lines.append("{\"outlet\":\"").append(OUTLET).append("\",\"title\":\"Drill report ").append(i)
                    .append("\",\"published\":\"2024-0").append(1 + i % 9).append("-1").append(i % 10)
                    .append("T08:00:00Z\",\"text\":\"Drill report ").append(i)
                    .append(". The harbour authority said on Tuesday that ").append(100 + i % 900)
                    .append(" containers were moved after the storm, and the mayor expects the port to reopen next week.\"}\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
