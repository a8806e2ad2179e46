package dev.parallax.web.launch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.web.service.WorkspaceBackup;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Export, restore into a fresh database on the same server (migrated by Flyway like the app's),
 * export again: the two files are the same bytes.
 */
@QuarkusTest
class WorkspaceBackupTest {
    @Inject
    DataSource dataSource;
    @Inject
    CommandLineBackup commandLine;

    @Test
    void exportThenRestoreIntoAnEmptyDatabaseThenExportAgainGivesTheSameBytes() throws Exception {
        String marker = "Backup Gazette " + UUID.randomUUID();
        JsonPath created = given().auth().preemptive().basic("admin", "test-secret")
                .contentType(ContentType.JSON)
                .body(Map.of("outlet", marker, "title", "Dockers vote on a new contract",
                        "published", "2024-06-01T06:00:00+02:00",
                        "text", "Dock workers voted 312 to 95 for the contract, union officials said on Saturday. "
                                + "Quotes \"like these\", commas, and a line\nbreak survive; so does ünïcødé and 😀."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        String article = created.getString("id");
        long job = created.getLong("job.id");
        given().get("/api/jobs/" + job).then().statusCode(200).body("createdBy", equalTo("admin"));

        byte[] first;
        try (Connection source = dataSource.getConnection()) {
            first = export(source);
        }
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"format\":\"parallax-workspace\",\"version\":1,"), text.substring(0, 100));
        assertTrue(text.contains(article) && text.contains(marker));
        assertTrue(text.contains("{\"table\":\"review_audit\"") || !text.contains("{\"table\":\"reviews\""));
        // jobs are kept with who queued them
        assertTrue(text.lines().anyMatch(l -> l.startsWith("{\"table\":\"jobs\",\"row\":{\"id\":" + job + ",")
                && l.contains("\"created_by\":\"admin\"")), "the import's job and its user are in the backup");
        assertTrue(text.lines().reduce((a, b) -> b).orElseThrow().startsWith("{\"end\":true,\"rows\":"));

        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class)
                .orElse("postgres");
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class)
                .orElse(null);
        String name = "restore_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement st = admin.createStatement()) {
            st.execute("create database " + name);
        }
        String restoredUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        try {
            Flyway.configure().dataSource(restoredUrl, user, password).locations("classpath:db/migration").load().migrate();
            try (Connection restored = DriverManager.getConnection(restoredUrl, user, password)) {
                WorkspaceBackup.Summary summary = WorkspaceBackup.restore(restored, new ByteArrayInputStream(first));
                assertTrue(summary.rows() > 0);
                byte[] second = export(restored);
                assertArrayEquals(first, second, "export after restore differs from the original export");
                try (Statement st = restored.createStatement();
                     ResultSet rs = st.executeQuery("select created_by from jobs where id = " + job)) {
                    assertTrue(rs.next(), "the job is restored");
                    assertEquals("admin", rs.getString(1));
                }

                // a second restore into the now filled database is refused and changes nothing
                WorkspaceBackup.Refused refused = assertThrows(WorkspaceBackup.Refused.class,
                        () -> WorkspaceBackup.restore(restored, new ByteArrayInputStream(first)));
                assertTrue(refused.getMessage().startsWith("the database is not empty (table "), refused.getMessage());
                assertArrayEquals(first, export(restored));
                // the sequences were set past the restored ids: new rows get fresh ids
                try (Statement st = restored.createStatement()) {
                    st.execute("insert into outlets (id, name) values (nextval('outlets_seq'), 'after restore')");
                }
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password); Statement st = admin.createStatement()) {
                st.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    void theCommandLineWritesGzipAndRefusesToRestoreIntoADatabaseWithData() throws Exception {
        Path dir = Files.createTempDirectory("parallax-backup-");
        Path file = dir.resolve("workspace.jsonl.gz");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertEquals(0, commandLine.export(file, false, print(out), print(err)), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("exported "), out.toString());
        byte[] gz = Files.readAllBytes(file);
        assertEquals(0x1f, gz[0] & 0xff);
        assertEquals(1, commandLine.export(file, false, print(out), print(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already exists"));

        err.reset();
        assertEquals(1, commandLine.restore(file, print(out), print(err)));
        String line = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("parallax: " + file + ": the database is not empty"), line);

        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "{\"hello\": 1}\n");
        err.reset();
        assertEquals(1, commandLine.restore(junk, print(out), print(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a Parallax workspace backup"));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static byte[] export(Connection connection) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WorkspaceBackup.export(connection, bytes);
        return bytes.toByteArray();
    }
}
