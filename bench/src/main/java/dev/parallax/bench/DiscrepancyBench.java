package dev.parallax.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Latency of {@code GET /api/events/{id}/discrepancies} (an event's ranked discrepancies with
 * evidence and review status) under concurrent clients, on the real application: starts
 * {@code quarkus-run.jar serve} on a fresh embedded PostgreSQL, fills it through JDBC with
 * {@code events} events of {@code perEvent} discrepancies, each with 4 pieces of evidence from 4
 * of 20 outlets' articles (a quarter of them reviewed), then runs {@code clients} clients on loopback,
 * each sending requests for random events back to back with HTTP Basic credentials on its own
 * keep-alive connection ({@link ClosedLoop}: the answer is read, not parsed). First 4 clients read
 * every event once (the cost of a first read, printed apart), then each run measures
 * {@code seconds} after a warm-up of the same length; prints p50, p99, requests/s and CPU per
 * request (server JVM, PostgreSQL, clients) per run and the medians.
 *
 * <pre>
 * java -cp "bench/target/classes:$(cat bench/target/cp.txt)" dev.parallax.bench.DiscrepancyBench \
 *     [clients=50] [seconds=20] [runs=3] [events=2000] [perEvent=20]
 * </pre>
 */
public final class DiscrepancyBench {
    private static final String PASSWORD = "bench-secret";

    private DiscrepancyBench() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int events = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int perEvent = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        BenchServer.requireBuild();
        try (BenchServer server = BenchServer.start("parallax-bench-", PASSWORD, Map.of(),
                BenchServer.jvmOptions())) {
            Path dataDir = server.dataDir;
            String base = server.base;
            int pgPort = Integer.parseInt(Files.readString(dataDir.resolve("postgres.port")).strip());
            long seeded = System.nanoTime();
            // the embedded PostgreSQL takes no connection without the data directory's secret
            String secret = Files.readString(dataDir.resolve("postgres.secret")).strip();
            seed("jdbc:postgresql://127.0.0.1:" + pgPort + "/parallax", secret, events, perEvent);
            System.out.printf("server up on %s; seeded %d events x %d discrepancies in %.1f s; %d clients, %d s x %d runs%n",
                    base, events, perEvent, (System.nanoTime() - seeded) / 1e9, clients, seconds, runs);
            String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            check(base, auth, perEvent);
            ProcessCpu cpu = new ProcessCpu(server.process().pid(), dataDir);
            // every event once, by 4 clients: what a first read costs (nothing kept yet)
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            ClosedLoop.Result first = ClosedLoop.run(base, auth, 4, 3600, 99, cpu, random -> {
                int e = next.getAndIncrement();
                return e < events ? "/api/events/bench-event-" + e + "/discrepancies" : null;
            });
            System.out.printf("first read of every event (4 clients): %s%n", first);
            List<double[]> results = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                ClosedLoop.Result r = ClosedLoop.run(base, auth, clients, seconds, run, cpu,
                        random -> "/api/events/bench-event-" + random.nextInt(events) + "/discrepancies");
                System.out.printf("%s: %s%n", run == 0 ? "warm-up" : "run " + run, r);
                if (run > 0) {
                    results.add(new double[] {r.p50(), r.p99(), r.perSecond(), r.serverCpuMs(), r.postgresCpuMs(),
                            r.clientCpuMs()});
                }
            }
            System.out.printf("median of %d runs: p50 %.1f ms, p99 %.1f ms, %.0f requests/s; CPU per request: "
                            + "server JVM %.2f ms, PostgreSQL %.2f ms, clients %.2f ms%n", runs, median(results, 0),
                    median(results, 1), median(results, 2), median(results, 3), median(results, 4),
                    median(results, 5));
        }
    }

    /**
     * Outlets, articles, events, claim groups, discrepancies, evidence and reviews in bulk. Ids start
     * at 10,000,000 so they never meet the ones the application hands out from its sequences.
     */
    private static void seed(String url, String password, int events, int perEvent) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", password); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("insert into outlets (id, name) select 10000000 + o, 'Bench Outlet ' || o from generate_series(0, 19) o");
            // 4 articles per event, from outlets (e + k * 5) % 20
            st.execute("""
                    insert into articles (id, outlet_id, url, title, published, format, raw_text, cleaned_text, removed,
                                          warnings, imported_at)
                    select encode(sha256(('bench ' || e || '/' || k)::bytea), 'hex'), 10000000 + (e + k * 5) %% 20,
                           'https://outlet' || ((e + k * 5) %% 20) || '.example/' || e || '/' || k,
                           'Event ' || e || ' as outlet ' || ((e + k * 5) %% 20) || ' tells it',
                           timestamptz '2024-01-01' + (e || ' hours')::interval, 'TEXT', t, t, '[]', '[]', now()
                    from generate_series(0, %d) e, generate_series(0, 3) k,
                         lateral (select repeat('The council met on Tuesday and officials announced that ' || e
                                  || ' ferries would run. ', 40) as t) body""".formatted(events - 1));
            st.execute("""
                    insert into events (id, public_id, label, event_date, article_count, outlet_count)
                    select 10000000 + e, 'bench-event-' || e, 'Bench event ' || e, date '2024-01-01' + e %% 700, 4, 4
                    from generate_series(0, %d) e""".formatted(events - 1));
            st.execute("""
                    insert into event_articles (article_id, event_id)
                    select encode(sha256(('bench ' || e || '/' || k)::bytea), 'hex'), 10000000 + e
                    from generate_series(0, %d) e, generate_series(0, 3) k""".formatted(events - 1));
            st.execute("""
                    insert into claim_groups (id, event_id, public_id, position, summary, members, independent)
                    select 10000000 + e * %1$d + g, 10000000 + e, 'bench-cg-' || e || '-' || g, g,
                           'claim ' || g || ' of event ' || e, '[]', 4
                    from generate_series(0, %2$d) e, generate_series(0, %3$d) g"""
                    .formatted(perEvent, events - 1, perEvent - 1));
            st.execute("""
                    insert into discrepancies (id, event_id, claim_group_id, fingerprint, type, severity, rank, summary)
                    select 10000000 + e * %1$d + g, 10000000 + e, 10000000 + e * %1$d + g,
                           encode(sha256(('bench finding ' || e || '/' || g)::bytea), 'hex'),
                           (array['NUMBER','ENTITY','DATE','PLACE','ATTRIBUTION','QUOTE_WORDING','OMISSION','HEDGE',
                                  'SPELLING'])[1 + g %% 9],
                           (array['HIGH','MEDIUM','LOW'])[1 + g * 3 / %1$d], g,
                           '"' || (10 + g) || ' ferries" vs "' || (20 + g) || ' ferries"'
                    from generate_series(0, %2$d) e, generate_series(0, %3$d) g"""
                    .formatted(perEvent, events - 1, perEvent - 1));
            st.execute("""
                    insert into evidence (id, discrepancy_id, article_id, position, text, start_cp, end_cp)
                    select 10000000 + (e * %1$d + g) * 4 + k, 10000000 + e * %1$d + g,
                           encode(sha256(('bench ' || e || '/' || k)::bytea), 'hex'), k, 'officials announced that',
                           (g * 70) + 24, (g * 70) + 48
                    from generate_series(0, %2$d) e, generate_series(0, %3$d) g, generate_series(0, 3) k"""
                    .formatted(perEvent, events - 1, perEvent - 1));
            st.execute("""
                    insert into reviews (id, fingerprint, status, verdict, note, assignee, version, updated_by)
                    select 10000000 + d.id, d.fingerprint, 'confirmed', 'Misreported figure', 'checked against the notice',
                           'maria', 1, 'maria'
                    from discrepancies d where d.id >= 10000000 and d.id % 4 = 0""");
            st.execute("analyze");
            c.commit();
        }
    }

    private static void check(String base, String auth, int perEvent) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/events/bench-event-0/discrepancies?size=" + perEvent)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"total\":" + perEvent)) {
            throw new IllegalStateException("unexpected answer " + response.statusCode() + ": " + response.body());
        }
        System.out.printf("one answer: %d bytes%n", response.body().length());
    }

    private static double median(List<double[]> results, int index) {
        List<Double> values = new ArrayList<>();
        results.forEach(r -> values.add(r[index]));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }
}
