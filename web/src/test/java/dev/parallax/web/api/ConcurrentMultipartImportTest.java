package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Articles.uniqueOutlet;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Eight importers sending overlapping multipart batches at once: before, some answered 500
 * (duplicate key, deadlock) and lost their whole batch, and the error log carried article text.
 */
@QuarkusTest
class ConcurrentMultipartImportTest {
    private static final int IMPORTERS = 8;
    private static final int REQUESTS = 5;
    private static final int POOL = 120;
    private static final int PER_REQUEST = 40;

    @Test
    void overlappingImportsAtOnceNeverFailAndStoreEveryArticleExactlyOnceWithoutTextInTheLog() throws Exception {
        String outlet = uniqueOutlet("Overlap Observer");
        String marker = "quay" + System.nanoTime();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            lines.add("{\"outlet\":\"" + outlet + "\",\"title\":\"Tide " + i + "\",\"published\":\"2023-0" + (1 + i % 9)
                    + "-1" + (i % 10) + "\",\"text\":\"Tide report " + i + " from the " + marker + ": the harbour master said "
                    + (100 + i) + " boats stayed in port while the surge passed the breakwater.\"}");
        }
        ConcurrentLinkedQueue<String> logged = new ConcurrentLinkedQueue<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        text.append(' ').append(parameter);
                    }
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    text.append(' ').append(t);
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        ExecutorService pool = Executors.newFixedThreadPool(IMPORTERS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        int created = 0;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Response>>> importers = new ArrayList<>();
            for (int importer = 0; importer < IMPORTERS; importer++) {
                int first = importer;
                importers.add(pool.submit(() -> {
                    start.await();
                    List<Response> answers = new ArrayList<>();
                    for (int request = 0; request < REQUESTS; request++) {
                        StringBuilder body = new StringBuilder();
                        int from = (first * 11 + request * 17) % POOL;
                        for (int k = 0; k < PER_REQUEST; k++) {
                            body.append(lines.get((from + k * (1 + first % 3)) % POOL)).append('\n');
                        }
                        answers.add(asAdmin().multiPart("file", "tides-" + first + "-" + request + ".jsonl",
                                body.toString().getBytes(StandardCharsets.UTF_8), "application/x-ndjson")
                                .post("/api/articles/import"));
                    }
                    return answers;
                }));
            }
            start.countDown();
            for (Future<List<Response>> importer : importers) {
                for (Response answer : importer.get()) {
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    if (answer.statusCode() == 200) {
                        created += answer.jsonPath().getList("created").size();
                        assertEquals(PER_REQUEST, answer.jsonPath().getList("created").size()
                                + answer.jsonPath().getList("existing").size(), answer.asString());
                    }
                }
            }
        } finally {
            pool.shutdown();
            root.removeHandler(capture);
        }
        assertEquals(Map.of(200, IMPORTERS * REQUESTS), statuses, "every import answered 200");
        Set<Integer> sent = new HashSet<>();
        for (int importer = 0; importer < IMPORTERS; importer++) {
            for (int request = 0; request < REQUESTS; request++) {
                int from = (importer * 11 + request * 17) % POOL;
                for (int k = 0; k < PER_REQUEST; k++) {
                    sent.add((from + k * (1 + importer % 3)) % POOL);
                }
            }
        }
        int stored = given().queryParam("outlet", outlet).queryParam("size", 1).get("/api/articles")
                .then().statusCode(200).extract().path("total");
        assertEquals(sent.size(), stored, "every article sent is stored");
        assertEquals(sent.size(), created, "and reported created exactly once");
        assertTrue(logged.stream().noneMatch(line -> line.contains(marker)),
                "no article text in the log: " + logged.stream().filter(l -> l.contains(marker)).findFirst().orElse(""));
    }
}
