package dev.parallax.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A soak run of the real application: {@code clients} threads on loopback for {@code minutes},
 * each looping over a mix of imports (small batches that start background analysis), reads (article
 * and event lists, an event, a side-by-side diff, an event page) and review edits (PATCH of a
 * discrepancy with the version just read; a 409 from a colleague's concurrent edit is an expected
 * answer, not an error). Every request has a 30 s timeout, so the run is bounded in count and time.
 *
 * <p>Prints requests per second, p50/p99 per kind, errors (5xx, timeouts, unexpected 4xx; target 0),
 * and the server's heap after a full GC at the start, every minute, and at the end.
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * java -cp bench/target/classes dev.parallax.bench.SoakBench [minutes=10] [clients=50]
 * </pre>
 */
public final class SoakBench {
    private static final String PASSWORD = "soak-secret";
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final Pattern EVENT_ID = Pattern.compile("\"id\"\\s*:\\s*\"(e[-\\w]+)\"");
    private static final Pattern ARTICLE_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{64})\"");
    private static final Pattern FINGERPRINT = Pattern.compile("\"(?:id|fingerprint)\"\\s*:\\s*\"([0-9a-f]{64})\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build(); // a merged event's old link answers 308
    private final String base;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final List<String> errorSamples = new CopyOnWriteArrayList<>();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger importSeq = new AtomicInteger();

    private SoakBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        BenchServer.requireBuild();
        // with the demo corpus: events to read and review from the start
        try (BenchServer app = BenchServer.start("parallax-soak-", PASSWORD,
                Map.of("PARALLAX_DEMO_LOAD_ON_EMPTY_START", "true"), "-Xmx1g")) {
            Process server = app.process();
            SoakBench soak = new SoakBench(app.base);
            Thread.sleep(20_000); // let the demo corpus's analysis finish before measuring
            System.out.printf("server pid %d up; %d clients for %d minutes; -Xmx1g%n", server.pid(), clients, minutes);
            List<Long> heap = new ArrayList<>();
            heap.add(heapAfterGc(server.pid()));
            System.out.printf("heap after GC at start: %d MB%n", heap.get(0));
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread t = new Thread(() -> soak.client(client, end), "soak-" + c);
                t.start();
                threads.add(t);
            }
            long started = System.nanoTime();
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(60_000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
                if (System.nanoTime() < end) {
                    heap.add(heapAfterGc(server.pid()));
                    System.out.printf("minute %d: heap after GC %d MB, %d requests so far%n", heap.size() - 1,
                            heap.get(heap.size() - 1), soak.total());
                }
            }
            for (Thread t : threads) {
                t.join(60_000);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            heap.add(heapAfterGc(server.pid()));
            soak.report(seconds, heap);
        }
    }

    private void client(int client, long end) {
        Random random = new Random(client);
        while (System.nanoTime() < end) {
            int pick = random.nextInt(100);
            try {
                if (pick < 10) {
                    importSome(client);
                } else if (pick < 20) {
                    review(random);
                } else if (pick < 35) {
                    timed("read:articles", get("/api/articles?size=20&page=" + (1 + random.nextInt(3))), 200);
                } else if (pick < 50) {
                    timed("read:events", get("/api/events?size=20"), 200);
                } else if (pick < 65) {
                    String event = randomMatch(EVENT_ID, get("/api/events?size=50").body(), random);
                    if (event != null) {
                        timed("read:event", get("/api/events/" + event), 200);
                    }
                } else if (pick < 80) {
                    String event = randomMatch(EVENT_ID, get("/api/events?size=50").body(), random);
                    if (event != null) {
                        timed("read:event-page", get("/events/" + event), 200);
                    }
                } else {
                    List<String> ids = matches(ARTICLE_ID, get("/api/articles?size=50").body());
                    if (ids.size() >= 2) {
                        String left = ids.get(random.nextInt(ids.size()));
                        String right = ids.get(random.nextInt(ids.size()));
                        if (!left.equals(right)) {
                            timed("read:diff", get("/api/diff?left=" + left + "&right=" + right), 200);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                error("io", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void importSome(int client) throws IOException, InterruptedException {
        int n = importSeq.incrementAndGet();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            lines.append("{\"outlet\":\"Soak Outlet ").append(i).append("\",\"title\":\"Harbour report ").append(n)
                    .append("\",\"published\":\"2025-03-").append(10 + n % 15).append("T09:00:00Z\",\"text\":\"")
                    .append("ROTTERDAM, March ").append(10 + n % 15).append(" - Port workers voted on Tuesday to end a ")
                    .append(n % 9 + 2).append("-day strike, union leader Anna de Vries said, adding that ")
                    .append(1000 + 37 * i + n).append(" members took part. Client ").append(client).append(" batch ")
                    .append(n).append(".\"}\n");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--soak\r\nContent-Disposition: form-data; name=\"file\"; filename=\"soak-" + n
                + ".jsonl\"\r\nContent-Type: application/x-ndjson\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(lines.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n--soak--\r\n".getBytes(StandardCharsets.UTF_8));
        timed("write:import", send(HttpRequest.newBuilder(URI.create(base + "/api/articles/import"))
                .header("Authorization", AUTH).header("Content-Type", "multipart/form-data; boundary=soak")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))), 200);
    }

    private void review(Random random) throws IOException, InterruptedException {
        HttpResponse<String> list = get("/api/discrepancies?size=50");
        if (list.statusCode() == 404) {
            return; // a server without reviews
        }
        String fingerprint = randomMatch(FINGERPRINT, list.body(), random);
        if (fingerprint == null) {
            return;
        }
        HttpResponse<String> one = get("/api/discrepancies/" + fingerprint);
        Matcher version = VERSION.matcher(one.body());
        long current = version.find() ? Long.parseLong(version.group(1)) : 0;
        String status = List.of("open", "confirmed", "dismissed", "needs-source").get(random.nextInt(4));
        String patch = "{\"status\":\"" + status + "\",\"note\":\"soak " + random.nextInt(1000) + "\",\"version\":"
                + current + "}";
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/api/discrepancies/" + fingerprint))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).method("PATCH", HttpRequest.BodyPublishers.ofString(patch)));
        if (answer.statusCode() == 409) {
            conflicts.incrementAndGet();
            record("write:review", answer);
            return;
        }
        timed("write:review", answer, 200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTH)
                .timeout(Duration.ofSeconds(30)));
    }

    /** Sends and stamps the response with its duration (in a header-less side map keyed by identity). */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        durations.put(response, (System.nanoTime() - start) / 1000);
        return response;
    }

    private final Map<HttpResponse<String>, Long> durations = Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private void timed(String kind, HttpResponse<String> response, int expected) {
        record(kind, response);
        if (response.statusCode() != expected) {
            error(kind, response.statusCode() + " " + response.request().uri().getPath() + ": "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
    }

    private void record(String kind, HttpResponse<String> response) {
        Long micros = durations.remove(response);
        if (micros != null) {
            latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        }
    }

    private void error(String kind, String sample) {
        errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        if (errorSamples.size() < 10) {
            errorSamples.add(kind + ": " + sample);
        }
    }

    private long total() {
        return latencies.values().stream().mapToLong(List::size).sum();
    }

    private void report(double seconds, List<Long> heap) {
        System.out.printf("%n%d requests in %.0f s: %.1f requests/s; %d review conflicts (409, expected)%n", total(),
                seconds, total() / seconds, conflicts.get());
        System.out.printf("%-18s %8s %9s %9s %9s%n", "kind", "count", "p50 ms", "p99 ms", "max ms");
        for (Map.Entry<String, List<Long>> kind : new TreeMap<>(latencies).entrySet()) {
            List<Long> sorted;
            synchronized (kind.getValue()) {
                sorted = new ArrayList<>(kind.getValue());
            }
            Collections.sort(sorted);
            System.out.printf("%-18s %8d %9.1f %9.1f %9.1f%n", kind.getKey(), sorted.size(), pct(sorted, 50) / 1000.0,
                    pct(sorted, 99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
        }
        int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("errors: %d %s%n", errorCount, errors);
        errorSamples.forEach(s -> System.out.println("  " + s));
        System.out.printf("heap after GC (MB), start .. end: %s%n", heap);
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static List<String> matches(Pattern pattern, String body) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String randomMatch(Pattern pattern, String body, Random random) {
        List<String> found = matches(pattern, body);
        return found.isEmpty() ? null : found.get(random.nextInt(found.size()));
    }

    /** Used heap in MB right after a full GC of the server (jcmd), so the figure is live data, not garbage. */
    private static long heapAfterGc(long pid) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
