package dev.parallax.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Server time of an event page with 25 accounts: starts {@code quarkus-run.jar serve} on a fresh
 * embedded PostgreSQL, imports 25 accounts of one event (the demo's Minsk accounts, each retold
 * under its own outlet with one sentence of its own, so all 25 are distinct), then times
 * {@code GET /events/{id}} from the same machine. The import's background job (analysis, comparison,
 * storing) is waited for and timed apart; then the first page load (the view built from the stored
 * event and analyses), {@code requests} warm page loads, and the first load after a review changed
 * the event (the view built again).
 *
 * <pre>
 * java -cp bench/target/classes dev.parallax.bench.EventPageBench [accounts=25] [requests=50]
 * </pre>
 */
public final class EventPageBench {
    private static final String PASSWORD = "bench-secret";
    private static final Path EVENT = Path.of("web/src/main/resources/demo/2022-12-19-minsk-putin-visit");
    private static final Pattern EVENT_LINK = Pattern.compile("href=\"/events/(e-[0-9a-f]+)\"");
    private static final Pattern REVIEW_LINK = Pattern.compile("href=\"/discrepancies/([0-9a-f]{64})\"");
    private static final Pattern JOB_URL = Pattern.compile("\"url\"\\s*:\\s*\"(/api/jobs/[0-9]+)\"");

    private EventPageBench() {}

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        if (!Files.exists(BenchServer.JAR) || !Files.isDirectory(EVENT)) {
            System.err.println("run from the repository root after building: ./mvnw -q -DskipTests install");
            System.exit(2);
        }
        try (BenchServer server = BenchServer.start("parallax-bench-", PASSWORD, Map.of())) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = server.base;
            long start = System.nanoTime();
            String job = importAccounts(http, base, accounts);
            for (String state = get(http, base + job); !state.contains("\"state\":\"done\""); state = get(http, base + job)) {
                if (state.contains("\"state\":\"failed\"")) {
                    throw new IllegalStateException("the import's job failed: " + state);
                }
                Thread.sleep(100);
            }
            double stored = (System.nanoTime() - start) / 1e6;
            String list = get(http, base + "/events");
            Matcher link = EVENT_LINK.matcher(list);
            List<String> ids = new ArrayList<>();
            while (link.find()) {
                ids.add(link.group(1));
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException("no event was found among the imported accounts");
            }
            String page = "/events/" + ids.get(0);
            start = System.nanoTime();
            String html = get(http, base + page);
            double firstPage = (System.nanoTime() - start) / 1e6;
            int columns = count(html, "<th scope=\"col\"><a href=\"/articles/");
            System.out.printf("%d accounts imported; %d event(s); %s has %d account columns%n", accounts, ids.size(),
                    page, columns);
            System.out.printf("import until its job is done (analysis + comparison + storing): %.0f ms; "
                    + "first event page: %.0f ms%n", stored, firstPage);
            for (int i = 0; i < 5; i++) {
                get(http, base + page); // warm-up, not counted
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                start = System.nanoTime();
                get(http, base + page);
                times.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(times);
            System.out.printf("event page over %d requests: median %.1f ms, p90 %.1f ms, max %.1f ms (%d bytes)%n",
                    requests, times.get(times.size() / 2), times.get((int) (times.size() * 0.9)),
                    times.get(times.size() - 1), html.length());
            // the same requests to a tiny signed-in API read show what the machine's load adds to any request
            List<Double> baseline = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                start = System.nanoTime();
                get(http, base + "/api/outlets");
                baseline.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(baseline);
            System.out.printf("baseline GET /api/outlets over %d requests: median %.1f ms%n", requests,
                    baseline.get(baseline.size() / 2));
            // a review changes what the page shows: the next load builds the view again from storage
            Matcher review = REVIEW_LINK.matcher(html);
            if (review.find()) {
                HttpResponse<String> patched = http.send(HttpRequest.newBuilder(URI.create(base + "/api/discrepancies/"
                                + review.group(1))).header("Authorization", auth()).header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"confirmed\",\"version\":0}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                start = System.nanoTime();
                get(http, base + page);
                System.out.printf("first event page after a review (PATCH answered %d): %.0f ms%n",
                        patched.statusCode(), (System.nanoTime() - start) / 1e6);
            }
        }
    }

    /**
     * The demo's accounts of one event, retold under {@code count} outlets, each with its own closing
     * line, in one import; returns the URL of the import's job.
     */
    private static String importAccounts(HttpClient http, String base, int count) throws IOException, InterruptedException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(EVENT)) {
            sources = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        String boundary = "parallax-event-bench";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            String text = Files.readString(sources.get(i % sources.size()))
                    .replaceFirst("(?m)^outlet: .*$", "outlet: Bench Outlet " + (i + 1))
                    + "\n\nThis account was filed by desk number " + (i + 1) + ".\n";
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"account-"
                    + (i + 1) + ".txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/import"))
                .header("Authorization", auth())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || count(response.body(), "\"status\":\"created\"") != count) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        Matcher job = JOB_URL.matcher(response.body());
        if (!job.find()) {
            throw new IllegalStateException("the import queued no job: " + response.body());
        }
        return job.group(1);
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth()).header("Accept", "text/html, application/json;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String auth() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
