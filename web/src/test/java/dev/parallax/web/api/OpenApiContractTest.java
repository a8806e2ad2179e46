package dev.parallax.web.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Real answers against the OpenAPI document: every documented operation is called, in its normal
 * use and in the failures a client meets (no credentials, a wrong role, an unknown id, bad input, a
 * stale version), and every answer's status must be documented for that operation and its JSON
 * body must match the documented schema.
 */
@QuarkusTest
class OpenApiContractTest {
    @Inject
    Findings findings;

    private OpenApiDocument contract;

    @Test
    void everyOperationAnswersWhatTheDocumentSays() throws Exception {
        contract = new OpenApiDocument(given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        String tag = UUID.randomUUID().toString().substring(0, 8);

        // users and tokens
        String user = "contract-" + tag;
        admin().contentType(ContentType.JSON).body(Map.of("username", user, "password", "a long passphrase",
                "role", "fact-checker")).post("/api/users");
        admin().contentType(ContentType.JSON).body(Map.of("username", user, "password", "a long passphrase",
                "role", "fact-checker")).post("/api/users"); // taken: 409
        admin().get("/api/users");
        admin().get("/api/users/" + user);
        admin().get("/api/users/nobody-" + tag);
        admin().contentType(ContentType.JSON).body(Map.of("role", "editor")).patch("/api/users/" + user);
        as(user).get("/api/users"); // 403
        String token = as(user).contentType(ContentType.JSON).body(Map.of("name", "contract")).post("/api/tokens")
                .then().extract().path("token");
        Number tokenId = as(user).get("/api/tokens").then().extract().path("[0].id");
        checked().header("Authorization", "Bearer " + token).get("/api/me");
        checked().auth().preemptive().basic(user, "wrong password").get("/api/me"); // 401
        as(user).delete("/api/tokens/" + tokenId);
        as(user).delete("/api/tokens/999999999");

        // articles
        String outlet = "Contract Courier " + tag;
        Response created = admin().contentType(ContentType.JSON).body(Articles.article(outlet, null, null,
                "The harbour reopened after " + tag + " tonnes of sand were cleared, the mayor said.")).post("/api/articles");
        String article = created.then().extract().path("id");
        admin().contentType(ContentType.JSON).body(Articles.article(outlet, null, null,
                "The harbour reopened after " + tag + " tonnes of sand were cleared, the mayor said.")).post("/api/articles");
        admin().contentType(ContentType.JSON).body(Map.of("outlet", outlet)).post("/api/articles"); // 400
        admin().contentType(ContentType.TEXT).body("not json").post("/api/articles"); // 415
        admin().multiPart("file", "one.txt", ("outlet: " + outlet + "\ntitle: Second\n---\nA second report on the "
                + tag + " harbour.").getBytes(StandardCharsets.UTF_8)).post("/api/articles/import");
        admin().multiPart("file", "blank.txt", new byte[0]).post("/api/articles/import"); // 422
        admin().contentType(ContentType.JSON).body(Map.of("record", true)).patch("/api/articles/" + article);
        admin().contentType(ContentType.JSON).body(Map.of("record", false)).patch("/api/articles/" + article);
        admin().contentType(ContentType.JSON).body(Map.of("record", "yes")).patch("/api/articles/" + article); // 400
        admin().contentType(ContentType.JSON).body(Map.of("record", true)).patch("/api/articles/" + "f".repeat(64)); // 404
        checked().queryParam("outlet", outlet).get("/api/articles");
        checked().get("/api/articles?size=0"); // 400
        checked().get("/api/articles/" + article);
        checked().get("/api/articles/" + "0".repeat(64)); // 404
        as(user).delete("/api/articles/" + article); // editor may

        // events, discrepancies, reviews
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<String> accounts = Stories.createdIds(Stories.importAll(Stories.accounts(talks, 3)));
        Number job = Stories.importAll(Stories.accounts(talks, 3)).then().extract().path("job.id");
        Stories.runJobs();
        if (job != null) {
            checked().get("/api/jobs/" + job);
        }
        checked().get("/api/jobs/999999999");
        String event = checked().queryParam("outlet", talks.account(0).get("outlet").toString()).get("/api/events")
                .then().extract().path("items[0].id");
        org.junit.jupiter.api.Assertions.assertNotNull(event, "the accounts formed an event");
        checked().get("/api/events");
        checked().get("/api/events?from=yesterday"); // 400
        checked().get("/api/events/" + event);
        checked().get("/api/events/e-none-" + tag);
        checked().get("/api/events/" + event + "/claim-groups");
        checked().get("/api/events/" + event + "/alignment");
        Response eventDiscrepancies = checked().get("/api/events/" + event + "/discrepancies");
        String etag = eventDiscrepancies.header("ETag");
        if (etag != null) {
            checked().header("If-None-Match", etag).get("/api/events/" + event + "/discrepancies");
        }
        String finding = findings.discrepancy(findings.event("Contract event " + tag, null), "NUMBER", "HIGH", 0,
                "tonnes", Findings.words(accounts.get(0), "Minsk"), Findings.words(accounts.get(1), "Minsk"));
        checked().get("/api/discrepancies");
        checked().get("/api/discrepancies?severity=HUGE"); // 400
        checked().get("/api/discrepancies/" + finding);
        checked().get("/api/discrepancies/" + "f".repeat(64));
        as(user).contentType(ContentType.JSON).body(Map.of("status", "confirmed", "verdict", "false", "version", 0))
                .patch("/api/discrepancies/" + finding);
        as(user).contentType(ContentType.JSON).body(Map.of("status", "dismissed", "version", 0))
                .patch("/api/discrepancies/" + finding); // stale: 409
        as(user).contentType(ContentType.JSON).body(Map.of("colour", "red"))
                .patch("/api/discrepancies/" + finding); // 400
        checked().get("/api/discrepancies/" + finding + "/history");
        checked().get("/api/diff?left=" + accounts.get(0) + "&right=" + accounts.get(1));
        checked().get("/api/diff?left=" + accounts.get(0)); // 400

        // accounts in no event, and grouping by hand (the user is an editor by now)
        Stories.Talks regrouped = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<String> four = Stories.createdIds(Stories.importAll(Stories.accounts(regrouped, 4)));
        Stories.runJobs();
        String grouped = checked().get("/api/articles/" + four.get(0)).then().extract().path("event");
        org.junit.jupiter.api.Assertions.assertNotNull(grouped, "the four accounts formed an event");
        String moving = four.get(3);
        checked().delete("/api/events/" + grouped + "/articles/" + moving); // 401
        as(user).delete("/api/events/" + grouped + "/articles/" + moving).then().statusCode(204);
        as(user).delete("/api/events/" + grouped + "/articles/" + moving); // not in it any more: 404
        checked().queryParam("unassigned", "true").queryParam("outlet", regrouped.account(3).get("outlet").toString())
                .get("/api/articles");
        checked().queryParam("unassigned", "maybe").get("/api/articles"); // 400
        checked().get("/api/articles/" + moving); // event null, unassignedReason set
        as(user).contentType(ContentType.JSON).body(Map.of("article", moving))
                .post("/api/events/" + grouped + "/articles").then().statusCode(200);
        as(user).contentType(ContentType.JSON).body(Map.of("article", moving))
                .post("/api/events/" + grouped + "/articles"); // already there: 409
        as(user).contentType(ContentType.JSON).body(Map.of("article", "0".repeat(64)))
                .post("/api/events/" + grouped + "/articles"); // no such article: 422
        as(user).contentType(ContentType.TEXT).body("article").post("/api/events/" + grouped + "/articles"); // 415
        as(user).contentType(ContentType.JSON).body(Map.of("article", moving))
                .post("/api/events/e-none-" + tag + "/articles"); // 404
        String splitOff = as(user).contentType(ContentType.JSON).body(Map.of("articles", List.of(four.get(2), moving)))
                .post("/api/events/" + grouped + "/split").then().statusCode(201).extract().path("id");
        as(user).contentType(ContentType.JSON).body(Map.of("articles", List.of(four.get(0))))
                .post("/api/events/" + grouped + "/split"); // fewer than two: 422
        as(user).contentType(ContentType.JSON).body(Map.of("event", grouped))
                .post("/api/events/" + grouped + "/merge"); // itself: 409
        as(user).contentType(ContentType.JSON).body(Map.of("event", splitOff))
                .post("/api/events/" + grouped + "/merge").then().statusCode(200);
        checked().get("/api/events/" + grouped + "/history");
        checked().get("/api/events/e-none-" + tag + "/history"); // 404
        checked().redirects().follow(false).get("/api/events/" + splitOff + "/history"); // merged away: 308
        checked().redirects().follow(false).get("/api/events/" + splitOff); // 308

        // exports
        checked().get("/api/exports/claimreview?event=" + event);
        checked().get("/api/exports/annotations?event=" + event);
        checked().get("/api/exports/discrepancies.csv");

        // entities and outlets
        checked().get("/api/entities?kind=PERSON&q=lukash");
        checked().get("/api/entities/person:lukashenko");
        checked().get("/api/entities/person:nobody-" + tag);
        admin().contentType(ContentType.JSON).body(Map.of("alias", "Contract " + tag))
                .post("/api/entities/person:lukashenko/aliases");
        admin().contentType(ContentType.JSON).body(Map.of("from", "unknown:contract-" + tag))
                .post("/api/entities/person:lukashenko/merge");
        Number outletId = checked().get("/api/outlets").then().extract().path("find { it.name == '" + outlet + "' }.id");
        org.junit.jupiter.api.Assertions.assertNotNull(outletId, "the outlet is listed");
        checked().get("/api/outlets/" + outletId);
        admin().contentType(ContentType.JSON).body(Map.of("kind", "independent")).patch("/api/outlets/" + outletId);
        admin().contentType(ContentType.JSON).body(Map.of("kind", "tabloid")).patch("/api/outlets/" + outletId); // 400
        checked().get("/api/outlets/" + outletId + "/fidelity");
        checked().get("/api/outlets/" + Integer.MAX_VALUE + "/fidelity"); // 404

        // compare, sign in and out
        checked().contentType(ContentType.JSON).body(Map.of("articles", List.of(
                Map.of("outlet", "A", "text", "The mayor said 14 ferries run."),
                Map.of("outlet", "B", "text", "The mayor said 30 ferries run.")))).post("/api/compare");
        checked().contentType(ContentType.JSON).body(Map.of("oneEvent", true, "articles", List.of(
                Map.of("outlet", "A", "text", "The mayor said 14 ferries run."),
                Map.of("outlet", "B", "text", "The mayor said 30 ferries run.")))).post("/api/compare");
        checked().contentType(ContentType.JSON).body(Map.of("oneEvent", true, "articles", List.of()))
                .post("/api/compare"); // 400
        checked().get("/login");
        checked().redirects().follow(false).formParam("username", user).formParam("password", "a long passphrase")
                .post("/login");
        checked().redirects().follow(false).post("/logout");
        admin().delete("/api/users/" + user);

        Set<String> notCalled = new TreeSet<>(contract.operations());
        notCalled.removeAll(contract.called);
        assertEquals(Set.of(), notCalled, "operations this test does not call yet");
        assertTrue(contract.undocumented.isEmpty() && contract.mismatches.isEmpty(),
                "undocumented statuses:\n" + String.join("\n", contract.undocumented)
                + "\nanswers not matching their schema:\n" + String.join("\n", contract.mismatches));
    }

    private RequestSpecification checked() {
        return RestAssured.given().filter(contract);
    }

    private RequestSpecification admin() {
        return checked().auth().preemptive().basic("admin", "test-secret");
    }

    private RequestSpecification as(String user) {
        return checked().auth().preemptive().basic(user, "a long passphrase");
    }
}
