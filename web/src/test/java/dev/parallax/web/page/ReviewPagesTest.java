package dev.parallax.web.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.web.service.DemoCorpus;
import dev.parallax.web.service.JobWorker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review pages over HTTP: who sees the form, the version check, bad filters, escaping. */
@QuarkusTest
class ReviewPagesTest {
    private static final String PASSWORD = "checker password";

    @Inject
    DemoCorpus demo;

    @Inject
    JobWorker worker;

    private String fingerprint;

    @BeforeEach
    void discrepancy() {
        demo.load("demo");
        worker.runUntilIdle();
        fingerprint = given().queryParam("orphaned", "false").queryParam("limit", 1).get("/api/discrepancies")
                .then().statusCode(200).extract().path("items[0].id");
        assertTrue(fingerprint != null && fingerprint.length() == 64, "the demo corpus has discrepancies");
    }

    @Test
    void readersSeeTheReviewButOnlyFactCheckersGetTheForm() {
        given().get("/discrepancies/" + fingerprint).then().statusCode(200).contentType("text/html")
                .body(containsString("<mark>"), containsString("History"),
                        not(containsString("name=\"verdict\"")));
        String viewer = user("viewer");
        given().auth().preemptive().basic(viewer, PASSWORD).get("/discrepancies/" + fingerprint).then()
                .statusCode(200).body(not(containsString("name=\"verdict\"")));
        given().auth().preemptive().basic(viewer, PASSWORD).formParam("status", "dismissed").formParam("version", 0)
                .post("/discrepancies/" + fingerprint).then().statusCode(403);
        given().auth().preemptive().basic(user("fact-checker"), PASSWORD).get("/discrepancies/" + fingerprint)
                .then().statusCode(200).body(containsString("name=\"verdict\""), containsString("name=\"csrf\""));
        given().get("/discrepancies/" + "0".repeat(64)).then().statusCode(404).contentType("text/html");
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedWith409AndKeepsWhatWasTyped() {
        String checker = user("fact-checker");
        int version = given().get("/api/discrepancies/" + fingerprint).then().extract().path("review.version");
        String note = "Checked against the ministry release " + UUID.randomUUID();
        given().auth().preemptive().basic(checker, PASSWORD).redirects().follow(false)
                .formParam("status", "needs-source").formParam("verdict", "").formParam("note", note)
                .formParam("version", version)
                .post("/discrepancies/" + fingerprint).then().statusCode(303)
                .header("Location", containsString("/discrepancies/" + fingerprint));
        given().get("/discrepancies/" + fingerprint).then().statusCode(200)
                .body(containsString(note), containsString(checker));

        String late = "<b>A second opinion</b> " + UUID.randomUUID();
        given().auth().preemptive().basic(checker, PASSWORD)
                .formParam("status", "dismissed").formParam("verdict", "").formParam("note", late)
                .formParam("version", version)
                .post("/discrepancies/" + fingerprint).then().statusCode(409).contentType("text/html")
                .body(containsString("Not saved: someone changed this review"),
                        containsString("&lt;b&gt;A second opinion&lt;/b&gt;"), not(containsString("<b>A second")));
        given().get("/api/discrepancies/" + fingerprint).then().body("review.status", org.hamcrest.Matchers.equalTo(
                "needs-source"));

        given().auth().preemptive().basic(checker, PASSWORD)
                .formParam("status", "sure").formParam("version", version + 1)
                .post("/discrepancies/" + fingerprint).then().statusCode(400)
                .body(containsString("Not saved: "), containsString("must be one of"));
    }

    @Test
    void theQueueFiltersByStatusAndSaysWhichFilterItLeftOut() {
        given().queryParam("status", "open").queryParam("type", "NOT-A-TYPE").get("/reviews").then().statusCode(200)
                .body(containsString("Type &quot;NOT-A-TYPE&quot; is not one of"),
                        containsString("<option value=\"open\" selected>"));
        given().queryParam("assignee", "nobody-" + UUID.randomUUID()).get("/reviews").then().statusCode(200)
                .body(containsString("0 discrepancies"), containsString("clear the filters"));
    }

    private static String user(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic("admin", "test-secret").contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", PASSWORD, "role", role))
                .post("/api/users").then().statusCode(201);
        return name;
    }
}
