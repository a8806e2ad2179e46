package dev.parallax.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole path of the real application: import -> background analysis -> grouping into events ->
 * comparison -> storing events, claim groups, discrepancies and evidence; then the latency of
 * {@code GET /api/diff} under concurrent clients.
 *
 * <p>Starts {@code quarkus-run.jar serve} on a fresh embedded PostgreSQL (temporary data directory,
 * free port, demo off, public reads), posts generated accounts of generated events (10-25 accounts
 * each, ~2.5 KB, names transliterated, figures and quotes varied) as JSON Lines, 500 per request,
 * event after event, and waits until every job is done. Articles per second = articles / (time from
 * the first request to the last job done). Then {@code clients} threads each send diff requests for
 * random pairs of accounts of one event; the first 10% of requests are a warm-up and not counted.
 *
 * <pre>
 * java -cp bench/target/classes dev.parallax.bench.PipelineBench [articles=10000] [workers=2] [clients=50] [diffs=5000]
 * </pre>
 */
public final class PipelineBench {
    private static final String PASSWORD = "bench-secret";
    private static final String[][] PAIRS = {
            {"Vladimir Putin", "Alexander Lukashenko"}, {"Sergei Lavrov", "Vladimir Makei"},
            {"Mikhail Mishustin", "Roman Golovchenko"}, {"Sergei Shoigu", "Viktor Khrenin"},
            {"Emmanuel Macron", "Xi Jinping"}, {"Joe Biden", "Volodymyr Zelensky"}};
    private static final String[] CITIES = {"Minsk", "Moscow", "Sochi", "Brest", "Vitebsk", "Grodno", "Gomel", "Warsaw"};
    private static final String[][] VARIANTS = {
            {"Alexander", "Aleksandr", "Alyaksandr"}, {"Lukashenko", "Lukashenka"}, {"Sergei", "Sergey"},
            {"Mishustin", "Mishoustine"}, {"Zelensky", "Zelenskyy", "Zelenskiy"}};

    private PipelineBench() {}

    record Account(int event, String json) {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int diffs = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        BenchServer.requireBuild();
        List<Account> accounts = generate(articles, new Random(20241219));
        int events = accounts.get(accounts.size() - 1).event() + 1;
        try (BenchServer server = BenchServer.start("parallax-pipeline-bench-", PASSWORD, Map.of("PARALLAX_SECURITY_PUBLIC_READS", "true", "PARALLAX_PIPELINE_JOBS_WORKERS", Integer.toString(workers)))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = server.base;
            System.out.printf(Locale.ROOT, "server up on %s; %d articles in %d events, %d worker(s)%n", base,
                    accounts.size(), events, workers);

            // whole path
            String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            List<List<String>> idsByEvent = new ArrayList<>();
            for (int e = 0; e < events; e++) {
                idsByEvent.add(new ArrayList<>());
            }
            List<Long> jobs = new ArrayList<>();
            long start = System.nanoTime();
            for (int from = 0; from < accounts.size(); from += 500) {
                List<Account> batch = accounts.subList(from, Math.min(accounts.size(), from + 500));
                StringBuilder lines = new StringBuilder();
                batch.forEach(a -> lines.append(a.json()).append('\n'));
                String boundary = "parallax-pipeline-" + from;
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/import"))
                        .header("Authorization", auth)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(BenchServer.multipart(boundary, "batch-" + from + ".jsonl",
                                lines.toString().getBytes(StandardCharsets.UTF_8))))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
                }
                List<String> ids = field(response.body(), "\"id\":\"([0-9a-f]{64})\"");
                if (ids.size() != batch.size()) {
                    throw new IllegalStateException("expected " + batch.size() + " created, got " + ids.size());
                }
                for (int i = 0; i < batch.size(); i++) {
                    idsByEvent.get(batch.get(i).event()).add(ids.get(i));
                }
                jobs.add(Long.parseLong(field(response.body(), "\"job\":\\{\"id\":(\\d+)").get(0)));
            }
            double imported = (System.nanoTime() - start) / 1e9;
            for (long job : jobs) {
                waitForJob(http, base, job);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String page = get(http, base + "/api/events?size=1");
            System.out.printf(Locale.ROOT, "whole path: %d articles in %.1f s = %.0f articles/s (import requests %.1f s); "
                            + "events stored %s (generated %d)%n", accounts.size(), seconds, accounts.size() / seconds,
                    imported, field(page, "\"total\":(\\d+)").get(0), events);

            // diff latency
            Random random = new Random(7);
            List<String[]> pairs = new ArrayList<>();
            // an event whose other accounts were all grouped elsewhere has no pair to diff
            List<List<String>> pairable = idsByEvent.stream().filter(ids -> ids.size() > 1).toList();
            for (int i = 0; i < diffs; i++) {
                List<String> event = pairable.get(random.nextInt(pairable.size()));
                int a = random.nextInt(event.size()), b = (a + 1 + random.nextInt(event.size() - 1)) % event.size();
                pairs.add(new String[] {event.get(a), event.get(b)});
            }
            HttpClient diffClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .executor(Executors.newFixedThreadPool(4)).build();
            long[] latencies = new long[diffs];
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> done = new ArrayList<>();
            long diffStart = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < diffs; i = next.getAndIncrement()) {
                        String[] pair = pairs.get(i);
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = diffClient.send(HttpRequest.newBuilder(URI.create(base + "/api/diff?left="
                                + pair[0] + "&right=" + pair[1])).build(), HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("diff answered " + r.statusCode() + ": " + r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double diffSeconds = (System.nanoTime() - diffStart) / 1e9;
            pool.shutdown();
            long[] counted = Arrays.copyOfRange(latencies, diffs / 10, diffs);
            Arrays.sort(counted);
            System.out.printf(Locale.ROOT, "GET /api/diff, %d clients, %d requests (%d counted): p50 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms, %.0f requests/s%n", clients, diffs, counted.length,
                    counted[counted.length / 2] / 1e6, counted[(int) (counted.length * 0.99)] / 1e6,
                    counted[counted.length - 1] / 1e6, diffs / diffSeconds);
        }
    }

    /** Accounts of consecutive events, two events a day, 10-25 accounts each, about 2.5 KB per account. */
    static List<Account> generate(int count, Random random) {
        List<Account> accounts = new ArrayList<>();
        LocalDate first = LocalDate.of(2023, 1, 2);
        for (int event = 0; accounts.size() < count; event++) {
            int size = Math.min(10 + random.nextInt(16), count - accounts.size());
            String[] pair = PAIRS[random.nextInt(PAIRS.length)];
            String city = CITIES[random.nextInt(CITIES.length)];
            LocalDate day = first.plusDays(event / 2);
            String topic = topic(random);
            int hours = 2 + random.nextInt(4), deals = 5 + random.nextInt(20), share = 10 + random.nextInt(30);
            for (int i = 0; i < size; i++) {
                Random r = new Random(event * 1000L + i);
                accounts.add(new Account(event, json("Outlet " + (i % 40), pair[0] + " and " + pair[1] + " discuss the "
                        + topic + " plan (" + event + "-" + i + ")", day.toString() + "T" + (10 + i % 10) + ":00:00Z",
                        story(r, pair, city, day, topic, hours, deals, share, event, i))));
            }
        }
        return accounts;
    }

    private static String story(Random r, String[] pair, String city, LocalDate day, String topic, int hours, int deals,
                                int share, int event, int i) {
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String a = pair[0], b = pair[1], aLast = a.replaceAll(".* ", ""), bLast = b.replaceAll(".* ", "");
        List<String> paragraphs = new ArrayList<>(List.of(
                city.toUpperCase(Locale.ROOT) + ", " + month + " " + day.getDayOfMonth() + " - " + a + " and " + b
                        + " held talks in " + city + " on " + day.getDayOfMonth() + " " + month + " " + day.getYear()
                        + " on the " + topic + " plan, energy prices and border crossings.",
                "The talks lasted " + (r.nextInt(5) == 0 ? hours + 1 : hours) + " hours, according to officials who "
                        + "attended the meeting in " + city + ".",
                bLast + " said the two sides would sign " + (r.nextInt(6) == 0 ? deals + 2 : deals)
                        + " agreements on transport and customs before the end of the season.",
                "\"" + (r.nextBoolean() ? "We will not let anyone divide us" : "Nobody will ever split us apart")
                        + ",\" " + aLast + " told reporters after the " + topic + " session.",
                "Trade between the two countries rose by " + (r.nextInt(5) == 0 ? share + 10 : share)
                        + " percent last year, " + aLast + " said, adding that the " + topic + " plan would "
                        + (r.nextInt(4) == 0 ? "probably" : "certainly") + " be funded next year.",
                "Officials said a follow-up meeting on the " + topic + " plan could take place within three months.",
                "Critics said the " + topic + " plan leaves the smaller economy more dependent on its neighbour's loans."));
        if (r.nextInt(5) == 0) {
            paragraphs.remove(2 + r.nextInt(4));
        }
        StringBuilder text = new StringBuilder();
        for (String p : paragraphs) {
            for (String[] v : VARIANTS) {
                p = p.replace(v[0], v[r.nextInt(v.length)]);
            }
            text.append(p).append("\n\n");
        }
        for (int filler = 0; text.length() < 2400; filler++) {
            text.append("Background ").append(event).append('.').append(i).append('.').append(filler)
                    .append(": the governments have met regularly since the treaty was signed and keep a joint "
                            + "commission on trade, transport and energy questions.\n\n");
        }
        return text.toString();
    }

    private static String topic(Random random) {
        String consonants = "bcdfghklmnprstvz", vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            b.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return b.toString();
    }

    private static String json(String outlet, String title, String published, String text) {
        return "{\"outlet\":\"" + escape(outlet) + "\",\"title\":\"" + escape(title) + "\",\"published\":\"" + published
                + "\",\"language\":\"en\",\"text\":\"" + escape(text) + "\"}";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static void waitForJob(HttpClient http, String base, long job) throws IOException, InterruptedException {
        while (true) {
            String body = get(http, base + "/api/jobs/" + job);
            if (body.contains("\"state\":\"done\"")) {
                return;
            }
            if (body.contains("\"state\":\"failed\"")) {
                throw new IllegalStateException("job " + job + " failed: " + body);
            }
            Thread.sleep(200);
        }
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static List<String> field(String body, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
