package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Findings.words;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewWorkflowTest {
    @Inject
    Findings findings;

    static Response patch(String fingerprint, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).patch("/api/discrepancies/" + fingerprint);
    }

    @Test
    void theFirstChangeCreatesTheReviewAndEveryChangedFieldIsOneAuditRow() {
        Scenario s = Scenario.create(findings);
        String maria = findings.user("fact-checker");

        patch(s.number(), Map.of("status", "confirmed", "verdict", "false",
                "note", "The authority's notice lists 14 sailings.", "version", 0)).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("review.status", equalTo("confirmed"))
                .body("review.verdict", equalTo("false"))
                .body("review.version", equalTo(1))
                .body("review.updatedBy", equalTo("admin"));
        patch(s.number(), Map.of("assignee", maria, "verdict", "False", "version", 1)).then().statusCode(200)
                .body("review.assignee", equalTo(maria))
                .body("review.version", equalTo(2));
        patch(s.number(), Map.of("verdict", "", "status", "needs-source", "version", 2)).then().statusCode(200)
                .body("review.verdict", nullValue()).body("review.version", equalTo(3));

        given().get("/api/discrepancies/" + s.number() + "/history").then().statusCode(200)
                .body("id", equalTo(s.number()))
                .body("items.field", contains("status", "verdict", "note", "assignee", "status", "verdict"))
                .body("items.from", contains("open", null, null, null, "confirmed", "false"))
                .body("items.to", contains("confirmed", "false", "The authority's notice lists 14 sailings.",
                        maria, "needs-source", null))
                .body("items.actor", everyItem(equalTo("admin")))
                .body("items[0].note", equalTo("The authority's notice lists 14 sailings."))
                .body("items[3].note", nullValue());
        given().queryParam("event", s.event()).queryParam("assignee", maria).get("/api/discrepancies").then()
                .body("items.id", contains(s.number()));
        given().queryParam("event", s.event()).queryParam("status", "needs-source").get("/api/discrepancies").then()
                .body("items.id", contains(s.number()));
        given().queryParam("event", s.event()).queryParam("status", "open").get("/api/discrepancies").then()
                .body("items.id", contains(s.date(), s.spelling()));
        // the other discrepancies of the event have no history
        given().get("/api/discrepancies/" + s.date() + "/history").then().statusCode(200).body("items", empty());
    }

    @Test
    void aChangeThatChangesNothingWritesNothing() {
        Scenario s = Scenario.create(findings);
        patch(s.date(), Map.of("status", "open", "version", 0)).then().statusCode(200)
                .body("review.version", equalTo(0));
        given().get("/api/discrepancies/" + s.date() + "/history").then().body("items", empty());
    }

    @Test
    void aStaleVersionIsRefusedWith409NamingTheCurrentVersion() {
        Scenario s = Scenario.create(findings);
        patch(s.date(), Map.of("status", "dismissed", "version", 0)).then().statusCode(200);

        patch(s.date(), Map.of("status", "confirmed", "version", 0)).then().statusCode(409)
                .contentType("application/problem+json")
                .header("ETag", equalTo("\"1\""))
                .body("currentVersion", equalTo(1))
                .body("errors[0].field", equalTo("version"))
                .body("detail", containsString("current version is 1"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("note", "late"))
                .patch("/api/discrepancies/" + s.date()).then().statusCode(409);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("note", "checked twice"))
                .patch("/api/discrepancies/" + s.date()).then().statusCode(200).body("review.version", equalTo(2))
                .body("review.status", equalTo("dismissed"));
        given().get("/api/discrepancies/" + s.date() + "/history").then().body("items.field", contains("status", "note"));
    }

    @Test
    void invalidChangesAre400NamingTheField() {
        Scenario s = Scenario.create(findings);
        String url = "/api/discrepancies/" + s.spelling();
        patch(s.spelling(), Map.of("status", "approved", "version", 0)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of open, confirmed, dismissed, needs-source, got \"approved\""));
        patch(s.spelling(), Map.of("status", "confirmed")).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        patch(s.spelling(), Map.of("stauts", "confirmed", "version", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("stauts"));
        patch(s.spelling(), Map.of("version", 0)).then().statusCode(400).body("errors[0].field", equalTo("body"));
        patch(s.spelling(), Map.of("assignee", "maria; drop", "version", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"));
        patch(s.spelling(), Map.of("verdict", "x".repeat(201), "version", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("verdict"));
        // verdicts come from a fixed vocabulary, confirming needs one, and assignees are the workspace's users
        patch(s.spelling(), Map.of("verdict", "Wrong figure", "version", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("verdict"))
                .body("errors[0].message", containsString("false, misleading, unproven, mostly-accurate, accurate"));
        patch(s.spelling(), Map.of("status", "confirmed", "version", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("verdict")).body("errors[0].message", containsString("to confirm"));
        patch(s.spelling(), Map.of("assignee", "nobody-by-this-name", "version", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("assignee")).body("errors[0].message", containsString("no user"));
        patch(s.spelling(), Map.of("assignee", findings.user("viewer"), "version", 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "yesterday").body(Map.of("note", "n"))
                .patch(url).then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        patch(Findings.newFingerprint(), Map.of("status", "confirmed", "version", 0)).then().statusCode(404);
        given().get(url + "/history").then().body("items", empty());
    }

    @Test
    void writesAreRefusedWithoutCredentialsAndForViewers() {
        Scenario s = Scenario.create(findings);
        given().contentType(ContentType.JSON).body(Map.of("status", "confirmed", "version", 0))
                .patch("/api/discrepancies/" + s.number()).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().preemptive().basic("admin", "wrong").contentType(ContentType.JSON)
                .body(Map.of("status", "confirmed", "version", 0))
                .patch("/api/discrepancies/" + s.number()).then().statusCode(401);
        String viewer = findings.user("viewer");
        given().auth().preemptive().basic(viewer, Findings.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "confirmed", "version", 0))
                .patch("/api/discrepancies/" + s.number()).then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/discrepancies/" + s.number()).then().body("review.version", equalTo(0));
        given().get("/api/discrepancies/" + s.number() + "/history").then().body("items", empty());

        // a fact-checker may review, and the audit trail names them
        String checker = findings.user("fact-checker");
        given().auth().preemptive().basic(checker, Findings.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("status", "needs-source", "version", 0))
                .patch("/api/discrepancies/" + s.number()).then().statusCode(200)
                .body("review.updatedBy", equalTo(checker));
        given().get("/api/discrepancies/" + s.number() + "/history").then()
                .body("items.actor", contains(checker));
    }

    @Test
    void twoReviewersSavingTheSameVersionAtOnceGetOne200AndOne409AndNothingIsLost() throws Exception {
        Scenario s = Scenario.create(findings);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String status : List.of("needs-source", "dismissed")) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return patch(s.number(), Map.of("status", status, "note", "by the " + status + " side",
                            "version", 0)).statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(60, TimeUnit.SECONDS));
            }
            codes.sort(null);
            assertEquals(List.of(200, 409), codes);
        } finally {
            pool.shutdownNow();
        }
        String winner = given().get("/api/discrepancies/" + s.number()).then().body("review.version", equalTo(1))
                .extract().path("review.status");
        String loser = winner.equals("needs-source") ? "dismissed" : "needs-source";
        given().get("/api/discrepancies/" + s.number() + "/history").then()
                .body("items.field", contains("status", "note"))
                .body("items.to", contains(winner, "by the " + winner + " side"));
        // the one refused reads the current version and applies the change again: both are kept
        patch(s.number(), Map.of("status", loser, "version", 1)).then().statusCode(200)
                .body("review.version", equalTo(2));
        given().get("/api/discrepancies/" + s.number() + "/history").then()
                .body("items.to", contains(winner, "by the " + winner + " side", loser));
    }

    @Test
    void reviewsSurviveReanalysisAndAreOrphanedNotDroppedWhenTheirDiscrepancyGoes() {
        Scenario s = Scenario.create(findings);
        patch(s.number(), Map.of("status", "confirmed", "verdict", "false", "version", 0)).then().statusCode(200);

        // compared again: the same finding comes back as new rows with the same fingerprint
        findings.forgetFindings(s.event());
        findings.discrepancy(s.event(), s.number(), "NUMBER", "HIGH", 0, "\"14 sailings\" vs \"30 sailings\"",
                words(s.wireArticle(), "14 sailings"), words(s.dailyArticle(), "30 sailings"));
        findings.synced();
        assertFalse(findings.orphanedFlag(s.number()));
        given().get("/api/discrepancies/" + s.number()).then().statusCode(200)
                .body("orphaned", equalTo(false))
                .body("review.status", equalTo("confirmed"))
                .body("review.verdict", equalTo("false"))
                .body("evidence[1].before", containsString("According to the port authority"));
        given().get("/api/events/" + s.event() + "/discrepancies").then().body("items.id", contains(s.number()));

        // compared again without it (an account deleted): the review stays, orphaned, with its snapshot
        findings.forgetFindings(s.event());
        findings.synced();
        assertTrue(findings.orphanedFlag(s.number()));
        given().get("/api/discrepancies/" + s.number()).then().statusCode(200)
                .body("orphaned", equalTo(true))
                .body("type", equalTo("NUMBER"))
                .body("summary", equalTo("\"14 sailings\" vs \"30 sailings\""))
                .body("event.id", equalTo(s.event()))
                .body("evidence.outlet", contains(s.wire(), s.daily()))
                .body("evidence.text", contains("14 sailings", "30 sailings"))
                .body("review.status", equalTo("confirmed"));
        given().queryParam("event", s.event()).queryParam("orphaned", "true").get("/api/discrepancies").then()
                .body("items.id", contains(s.number())).body("items[0].orphaned", equalTo(true))
                .body("items[0].outlets", contains(s.wire(), s.daily()));
        given().queryParam("event", s.event()).queryParam("orphaned", "false").get("/api/discrepancies").then()
                .body("items", empty());
        given().queryParam("outlet", s.daily()).queryParam("orphaned", "true").get("/api/discrepancies").then()
                .body("items.id", hasItem(s.number()));
        given().get("/api/events/" + s.event() + "/discrepancies").then().body("items", empty());
        // still reviewable and its history intact
        patch(s.number(), Map.of("note", "its account was withdrawn", "version", 1)).then().statusCode(200)
                .body("orphaned", equalTo(true)).body("review.version", equalTo(2));
        given().get("/api/discrepancies/" + s.number() + "/history").then()
                .body("items.field", contains("status", "verdict", "note"))
                .body("items.field", not(hasItem("orphaned")));
    }
}
