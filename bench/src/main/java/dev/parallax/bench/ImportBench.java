package dev.parallax.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Import throughput of the real application, end to end: starts {@code quarkus-run.jar serve} on
 * a fresh embedded PostgreSQL (temporary data directory, a free port), then posts generated
 * ~4 KB articles as JSON Lines files to {@code POST /api/articles/import}, the same path a user's
 * upload takes (multipart, reader, cleaner, SHA-256 id, duplicate check, batched inserts).
 *
 * <p>Each run imports {@code articles} new articles (a different seed per run, so every one is
 * created); the first, smaller run is a warm-up and is not counted. Prints articles/s per run and
 * the median.
 *
 * <pre>
 * java -cp bench/target/classes dev.parallax.bench.ImportBench [articles=10000] [runs=5] [perRequest=500]
 * </pre>
 */
public final class ImportBench {
    private static final String PASSWORD = "bench-secret";
    private static final String[] WORDS = ("the minister said council ferry strike budget vote harbour report "
            + "officials announced talks agreement missiles gas deal border protest police crowd court ruling "
            + "election results turnout percent million thousand spokesman statement agency capital city "
            + "president visit press conference integration union sovereignty price energy supplies").split(" ");

    private ImportBench() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int perRequest = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        BenchServer.requireBuild();
        try (BenchServer server = BenchServer.start("parallax-bench-", PASSWORD, Map.of())) {
            Path dataDir = server.dataDir;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = server.base;
            System.out.printf("server up on %s (data in %s); %d articles x %d runs, %d per request%n", base, dataDir,
                    articles, runs, perRequest);
            importRun(http, base, 0, Math.min(articles, 1000), perRequest); // warm-up, not counted
            List<Double> rates = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                double rate = importRun(http, base, run, articles, perRequest);
                rates.add(rate);
                System.out.printf("run %d: %.0f articles/s%n", run, rate);
            }
            Collections.sort(rates);
            System.out.printf("median: %.0f articles/s over %d runs (min %.0f, max %.0f)%n",
                    rates.get(rates.size() / 2), runs, rates.get(0), rates.get(rates.size() - 1));
        }
    }

    /** Imports {@code count} new articles; returns articles per second (generation excluded). */
    private static double importRun(HttpClient http, String base, int seed, int count, int perRequest)
            throws IOException, InterruptedException {
        List<byte[]> bodies = new ArrayList<>();
        String boundary = "parallax-bench-" + seed;
        for (int from = 0; from < count; from += perRequest) {
            bodies.add(BenchServer.multipart(boundary, "run" + seed + "-" + from + ".jsonl",
                    jsonLines(seed, from, Math.min(count, from + perRequest))));
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        int created = 0;
        for (byte[] body : bodies) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/import"))
                    .header("Authorization", auth)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
            }
            created += count(response.body(), "\"status\":\"created\"");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (created != count) {
            throw new IllegalStateException("expected " + count + " created articles, got " + created);
        }
        return count / seconds;
    }

    private static byte[] jsonLines(int seed, int from, int to) {
        StringBuilder lines = new StringBuilder();
        for (int i = from; i < to; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            lines.append("{\"outlet\":\"Bench Outlet ").append(i % 20)
                    .append("\",\"title\":\"Report ").append(seed).append('-').append(i)
                    .append("\",\"published\":\"2024-0").append(1 + i % 9).append("-1").append(i % 10)
                    .append("T10:00:00Z\",\"language\":\"en\",\"text\":\"").append(text(random, seed, i)).append("\"}\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** About 4 KB of sentence-like text in paragraphs, unique per (seed, i). */
    private static String text(Random random, int seed, int i) {
        StringBuilder text = new StringBuilder("Report ").append(seed).append('-').append(i).append(". ");
        while (text.length() < 4000) {
            for (int w = 0; w < 12 + random.nextInt(10); w++) {
                text.append(w == 0 ? capital(WORDS[random.nextInt(WORDS.length)]) : WORDS[random.nextInt(WORDS.length)]);
                text.append(random.nextInt(9) == 0 ? " " + random.nextInt(10_000) + " " : " ");
            }
            text.setLength(text.length() - 1);
            text.append(random.nextInt(4) == 0 ? ".\\n\\n" : ". ");
        }
        return text.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
