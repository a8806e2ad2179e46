package dev.parallax.web.api;

import static dev.parallax.web.api.GroupingApiTest.eventOf;
import static dev.parallax.web.api.GroupingApiTest.split;
import static dev.parallax.web.api.ReviewWorkflowTest.patch;
import static dev.parallax.web.api.Stories.accounts;
import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.web.service.WorkspaceBackup;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Decisions made by hand (a split, a detached account), reviews and both audit trails survive a
 * re-import of the same files and a backup restored into a fresh database.
 */
@QuarkusTest
class GroupingSurvivesTest {
    @Inject
    DataSource dataSource;

    @Test
    void decisionsReviewsAndTrailsSurviveAReimportAndABackup() throws Exception {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<Map<String, Object>> files = accounts(talks, 5);
        List<String> ids = createdIds(importAll(files));
        runJobs();
        String event = eventOf(ids.get(0));
        String other = split(Users.as("editor"), event, Map.of("articles", List.of(ids.get(2), ids.get(3))))
                .then().statusCode(201).extract().path("id");
        Users.as("editor").delete("/api/events/" + event + "/articles/" + ids.get(4)).then().statusCode(204);
        String finding = given().get("/api/events/" + event + "/discrepancies").then().extract().path("items[0].id");
        if (finding != null) {
            patch(finding, Map.of("status", "needs-source", "note", "asked the press office", "version", 0)).then()
                    .statusCode(200);
        }

        // the same files again: all already stored, nothing moves
        importAll(files).then().statusCode(200).body("existing.size()", equalTo(5)).body("job", nullValue());
        runJobs();
        assertEquals(event, eventOf(ids.get(0)));
        assertEquals(other, eventOf(ids.get(2)));
        given().get("/api/articles/" + ids.get(4)).then().body("event", nullValue())
                .body("unassignedReason", containsString("detached"));
        given().get("/api/events/" + event + "/history").then().body("items.action", hasItems("split", "detach"));

        // a backup restored into a fresh database has the pins, the trails, the review and the reasons
        byte[] backup;
        try (Connection source = dataSource.getConnection()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            WorkspaceBackup.export(source, bytes);
            backup = bytes.toByteArray();
        }
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class)
                .orElse("postgres");
        // the embedded database takes no connection without its secret
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
                WorkspaceBackup.restore(restored, new ByteArrayInputStream(backup));
                assertEquals("split", one(restored, "select decision from account_pins where article_id = ?", ids.get(2)));
                assertEquals(other, one(restored, "select e.public_id from account_pins p join events e on e.id = "
                        + "p.event_id where p.article_id = ?", ids.get(2)));
                assertEquals("detach", one(restored, "select decision from account_pins where article_id = ? "
                        + "and event_id is null", ids.get(4)));
                assertTrue(one(restored, "select reason from unassigned_reasons where article_id = ?", ids.get(4))
                        .startsWith("detached from event " + event));
                assertEquals("2", one(restored, "select count(*) from grouping_audit where event_id = ? "
                        + "and action in ('split', 'detach')", event));
                if (finding != null) {
                    assertEquals("needs-source", one(restored, "select status from reviews where fingerprint = ?",
                            finding));
                    assertEquals("2", one(restored, "select count(*) from review_audit where fingerprint = ?", finding));
                }
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password); Statement st = admin.createStatement()) {
                st.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static String one(Connection connection, String sql, String parameter) throws Exception {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "no row for " + sql + " with " + parameter);
                return rs.getString(1);
            }
        }
    }
}
