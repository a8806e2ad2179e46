package dev.parallax.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code overlap}: IMPORTERS clients at once, each sending REQUESTS multipart imports of PER
 * articles drawn from one pool so that the batches overlap, against the real application. Every
 * answer must be 200, every article of the pool sent must be stored exactly once (and reported
 * {@code created} exactly once), and the server's log must not contain article text.
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * java -cp bench/target/classes dev.parallax.bench.ImportDrill overlap [importers=8] [requests=53] [per=50] [pool=600]
 * </pre>
 */
public final class ImportDrill {
    private static final String PASSWORD = "drill-secret";

    private ImportDrill() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].equals("overlap")) {
            System.err.println("usage: ImportDrill overlap [importers=8] [requests=53] [per=50] [pool=600]");
            System.exit(2);
        }
        int importers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 53;
        int per = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int pool = args.length > 4 ? Integer.parseInt(args[4]) : 600;
        BenchServer.requireBuild();
        boolean held;
        try (BenchServer server = BenchServer.start("parallax-drill-", PASSWORD, Map.of())) {
            held = overlap(server, importers, requests, per, pool);
        }
        System.out.println(held ? "HELD" : "BROKEN");
        System.exit(held ? 0 : 1);
    }

    private static boolean overlap(BenchServer server, int importers, int requests, int per, int pool) throws Exception {
        String outlet = "Overlap Wire " + System.nanoTime();
        String marker = "marker" + System.nanoTime();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < pool; i++) {
            lines.add("{\"outlet\":\"" + outlet + "\",\"title\":\"Tide " + i + "\",\"published\":\"2024-0" + (1 + i % 9)
                    + "-1" + (i % 10) + "T06:00:00Z\",\"text\":\"Tide report " + i + " from the " + marker
                    + " pier: the harbour master said " + (100 + i) + " boats stayed in port while the surge passed.\"}");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Map<String, Integer> createdTimes = new ConcurrentHashMap<>();
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(importers);
        CountDownLatch start = new CountDownLatch(1);
        long began = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int importer = 0; importer < importers; importer++) {
            int who = importer;
            running.add(threads.submit(() -> {
                start.await();
                for (int request = 0; request < requests; request++) {
                    StringBuilder body = new StringBuilder();
                    int from = (who * 37 + request * per / 2) % pool;
                    for (int k = 0; k < per; k++) {
                        int index = (from + k * (1 + who % 3)) % pool;
                        sent.add(index);
                        body.append(lines.get(index)).append('\n');
                    }
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.base + "/api/articles/import"))
                            .header("Authorization", server.basicAuth())
                            .header("Content-Type", "multipart/form-data; boundary=drill")
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(BenchServer.multipart("drill",
                                    "tides-" + who + "-" + request + ".jsonl", body.toString().getBytes(StandardCharsets.UTF_8))))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    if (answer.statusCode() == 200) {
                        String created = answer.body().substring(0, Math.max(0, answer.body().indexOf("\"existing\"")));
                        Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{64})\"").matcher(created);
                        while (id.find()) {
                            createdTimes.merge(id.group(1), 1, Integer::sum);
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        threads.shutdown();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(server.base + "/api/articles?size=1&outlet="
                + outlet.replace(" ", "%20"))).header("Authorization", server.basicAuth()).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(list.body());
        int stored = total.find() ? Integer.parseInt(total.group(1)) : -1;
        long createdTwice = createdTimes.values().stream().filter(n -> n > 1).count();
        String log = Files.readString(server.log());
        long textInLog = log.lines().filter(l -> l.contains(marker)).count();
        System.out.printf("%d importers x %d requests of %d articles (pool %d, %d distinct sent) in %.1f s%n", importers,
                requests, per, pool, sent.size(), seconds);
        System.out.printf("statuses: %s%n", new TreeMap<>(statuses));
        System.out.printf("articles stored: %d of %d; reported created: %d, created more than once: %d%n", stored,
                sent.size(), createdTimes.size(), createdTwice);
        System.out.printf("server log lines with article text: %d; ERROR lines: %d%n", textInLog,
                log.lines().filter(l -> l.contains(" ERROR ")).count());
        return statuses.keySet().equals(new TreeSet<>(Set.of(200))) && stored == sent.size()
                && createdTimes.size() == sent.size() && createdTwice == 0 && textInLog == 0;
    }
}
