package dev.parallax.clienttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.client.ApiClient;
import dev.parallax.client.ApiException;
import dev.parallax.client.api.ApiTokensApi;
import dev.parallax.client.api.ArticlesApi;
import dev.parallax.client.api.DiscrepanciesApi;
import dev.parallax.client.api.EventsApi;
import dev.parallax.client.api.JobsApi;
import dev.parallax.client.api.OutletsApi;
import dev.parallax.client.api.UsersApi;
import dev.parallax.client.model.DiscrepancyDetail;
import dev.parallax.client.model.DiscrepancySummary;
import dev.parallax.client.model.EventDetail;
import dev.parallax.client.model.EventSummary;
import dev.parallax.client.model.ImportResponse;
import dev.parallax.client.model.JobView;
import dev.parallax.client.model.OutletFidelity;
import dev.parallax.client.model.OutletSummary;
import dev.parallax.client.model.ReviewChange;
import dev.parallax.client.model.TokenInput;
import dev.parallax.client.model.TokenView;
import dev.parallax.client.model.UserInput;
import dev.parallax.client.model.UserView;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated at build time from the OpenAPI document (openapi-generator, library
 * "native"), driving the documented flow against the built server ({@code quarkus-run.jar serve}
 * on a fresh embedded PostgreSQL): an admin creates a user, the user makes an API token, imports
 * the accounts of one event with it, follows the analysis job, reads the event (checked against
 * its official record) and its discrepancies and an outlet's quotations by verdict, reviews one,
 * and a second change from the version it read is refused with 409.
 */
class GeneratedClientFlowTest {
    private static final String ADMIN_PASSWORD = "client-test-admin";
    private static Process server;
    private static Path dataDir;
    private static Path log;
    private static String base;

    @BeforeAll
    static void startServer() throws Exception {
        Path jar = Path.of(System.getProperty("parallax.jar", "../web/target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.exists(jar), "build the web module first: " + jar);
        dataDir = Files.createTempDirectory("parallax-client-test-");
        log = Files.createTempFile("parallax-client-test-", ".log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar.toString(), "serve").redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PARALLAX_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PARALLAX_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("PARALLAX_DEMO_LOAD_ON_EMPTY_START", "false");
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        server = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), () -> "the server stopped: " + tail());
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the server did not start within 240 s: " + tail());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        if (dataDir != null) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theDocumentedFlowWorksThroughTheGeneratedClient() throws Exception {
        String name = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);
        UserView user = new UsersApi(basic("admin", ADMIN_PASSWORD))
                .userCreate(new UserInput().username(name).password("a long passphrase").role("editor"));
        assertEquals(name, user.getUsername());

        TokenView token = new ApiTokensApi(basic(name, "a long passphrase")).tokenCreate(new TokenInput().name("client test"));
        assertNotNull(token.getToken(), "the secret is shown once");
        ApiClient client = bearer(token.getToken());

        File[] accounts = Path.of(System.getProperty("parallax.demo")).toFile()
                .listFiles((dir, file) -> file.endsWith(".txt"));
        assertNotNull(accounts);
        ImportResponse imported = new ArticlesApi(client).articleImportFiles(List.of(accounts), null);
        assertEquals(accounts.length, imported.getCreated().size(), "every account is new: " + imported);
        assertNotNull(imported.getJob(), "the import queued an analysis");

        JobsApi jobs = new JobsApi(client);
        JobView job = jobs.jobGet(Long.toString(imported.getJob().getId()));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!List.of("done", "failed").contains(job.getState()) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            job = jobs.jobGet(Long.toString(imported.getJob().getId()));
        }
        assertEquals("done", job.getState(), "the analysis finished: " + job);
        assertFalse(job.getEvents().isEmpty(), "the accounts formed an event");

        EventsApi events = new EventsApi(client);
        List<EventSummary> listed = events.eventList(null, null, null, null, null, null, null, null, null, null, null)
                .getItems();
        String event = job.getEvents().get(0);
        assertTrue(listed.stream().anyMatch(e -> e.getId().equals(event)), "the event is listed");
        EventDetail detail = events.eventGet(event);
        assertEquals(event, detail.getId());
        // the demo folder holds the talks' official transcript: every quotation is checked against it
        assertEquals(1, detail.getReference().size(), "the transcript is the event's record");
        assertFalse(detail.getFidelity().isEmpty(), "the accounts' quotations have verdicts");
        OutletsApi outlets = new OutletsApi(client);
        OutletSummary wire = outlets.outletList().stream().filter(o -> "Northwire".equals(o.getName())).findFirst()
                .orElseThrow();
        OutletFidelity fidelity = outlets.outletFidelity(Long.toString(wire.getId()));
        assertEquals(1L, fidelity.getEventsWithRecord());
        assertEquals(fidelity.getVerbatim() + fidelity.getFaithful() + fidelity.getAltered() + fidelity.getNotInRecord(),
                fidelity.getQuotes());
        assertTrue(fidelity.getQuotes() > 0, "Northwire quotes the talks");
        DiscrepanciesApi discrepancies = new DiscrepanciesApi(client);
        assertFalse(discrepancies.eventDiscrepancyList(event, null, null, null, null, null).getItems().isEmpty(),
                "the event has discrepancies");
        DiscrepancySummary first = discrepancies.discrepancyList(null, event, null, null, null, null, null, null, null,
                null, null).getItems().get(0);
        DiscrepancyDetail read = discrepancies.discrepancyGet(first.getId());
        assertEquals(0L, read.getReview().getVersion());
        DiscrepancyDetail reviewed = discrepancies.discrepancyChange(first.getId(), new ReviewChange()
                .status(ReviewChange.StatusEnum.CONFIRMED).verdict(ReviewChange.VerdictEnum.FALSE).version(0L), null);
        assertEquals("confirmed", reviewed.getReview().getStatus());
        assertEquals(1L, reviewed.getReview().getVersion());

        ApiException stale = assertThrows(ApiException.class, () -> discrepancies.discrepancyChange(first.getId(),
                new ReviewChange().status(ReviewChange.StatusEnum.DISMISSED).version(0L), null));
        assertEquals(409, stale.getCode(), stale.getResponseBody());
        assertTrue(stale.getResponseBody().contains("\"currentVersion\":1"), stale.getResponseBody());
        assertEquals(1, discrepancies.discrepancyHistory(first.getId()).getItems().stream()
                .filter(a -> "status".equals(a.getField())).count());
    }

    private static ApiClient basic(String user, String password) {
        String value = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client(value);
    }

    private static ApiClient bearer(String token) {
        return client("Bearer " + token);
    }

    private static ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        client.setReadTimeout(Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
