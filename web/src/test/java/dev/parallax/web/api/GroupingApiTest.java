package dev.parallax.web.api;

import static dev.parallax.web.api.Stories.accounts;
import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.web.service.JobService;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accounts in no event and grouping by hand through the API: attach, detach, merge, split, who may do
 * it, what bad requests get, and that every decision survives new accounts and analysis run again.
 */
@QuarkusTest
class GroupingApiTest {

    @Test
    void anAccountInNoEventSaysWhyAndAnEditorAttachesItForGood() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<String> ids = createdIds(importAll(accounts(talks, 3)));
        Stories.Summit summit = new Stories.Summit(talks.day().plusDays(40), Stories.word(), Stories.word());
        String lone = createdIds(importAll(List.of(summit.account(0)))).get(0);
        runJobs();
        String event = eventOf(ids.get(0));

        // in no event, and why
        given().get("/api/articles/" + lone).then().statusCode(200)
                .body("event", nullValue()).body("unassignedReason", notNullValue())
                .body("unassignedReason", not(containsString("not placed yet"))).body("fictional", equalTo(false));
        given().queryParam("unassigned", "true").queryParam("outlet", summit.account(0).get("outlet"))
                .get("/api/articles").then().statusCode(200)
                .body("items.id", hasItem(lone)).body("items[0].unassignedReason", notNullValue())
                .body("items[0].event", nullValue());
        given().queryParam("unassigned", "true").queryParam("outlet", talks.account(0).get("outlet"))
                .get("/api/articles").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("unassigned", "false").queryParam("outlet", talks.account(0).get("outlet"))
                .get("/api/articles").then().statusCode(200).body("items[0].event", equalTo(event))
                .body("items[0].unassignedReason", nullValue());
        given().queryParam("unassigned", "maybe").get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("unassigned"));
        given().get("/api/articles/" + ids.get(0)).then().body("event", equalTo(event))
                .body("unassignedReason", nullValue());

        // who may regroup
        Map<String, String> body = Map.of("article", lone);
        given().contentType(ContentType.JSON).body(body).post("/api/events/" + event + "/articles").then()
                .statusCode(401).contentType("application/problem+json");
        for (String role : List.of("viewer", "fact-checker")) {
            Users.as(role).contentType(ContentType.JSON).body(body).post("/api/events/" + event + "/articles").then()
                    .statusCode(403).contentType("application/problem+json");
        }

        // an editor attaches it: the event is compared again with it
        Users.as("editor").contentType(ContentType.JSON).body(body).post("/api/events/" + event + "/articles").then()
                .statusCode(200).body("id", equalTo(event)).body("articles.id", hasItem(lone))
                .body("articleCount", equalTo(4));
        given().get("/api/articles/" + lone).then().body("event", equalTo(event)).body("unassignedReason", nullValue());
        given().get("/api/events/" + event + "/history").then().statusCode(200)
                .body("items.action", hasItem("attach")).body("items[0].articles", hasItem(lone))
                .body("items[0].actor", containsString("editor-")).body("items[0].at", notNullValue());

        // kept when analysis runs again and when more accounts arrive
        reanalyze(ids.get(0), ids.get(1), ids.get(2), lone);
        importAll(List.of(talks.account(3)));
        runJobs();
        given().get("/api/articles/" + lone).then().body("event", equalTo(event));

        // bad requests say what to fix
        attach(asEditor(), event, Map.of()).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("article"));
        attach(asEditor(), event, Map.of("article", "0".repeat(64))).then().statusCode(422)
                .body("detail", containsString("no article"));
        attach(asEditor(), event, Map.of("article", lone, "note", "x")).then().statusCode(422)
                .body("errors[0].field", equalTo("note"));
        attach(asEditor(), event, Map.of("article", lone)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already"));
        attach(asEditor(), "e-nosuchevent0000", Map.of("article", lone)).then().statusCode(404)
                .contentType("application/problem+json");
        asEditor().contentType(ContentType.TEXT).body("article").post("/api/events/" + event + "/articles").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anEditorDetachesAnAccountAndItStaysOutUntilAttached() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<String> ids = createdIds(importAll(accounts(talks, 4)));
        runJobs();
        String event = eventOf(ids.get(0));

        given().delete("/api/events/" + event + "/articles/" + ids.get(3)).then().statusCode(401);
        Users.as("fact-checker").delete("/api/events/" + event + "/articles/" + ids.get(3)).then().statusCode(403);
        asEditor().delete("/api/events/" + event + "/articles/" + "0".repeat(64)).then().statusCode(404)
                .contentType("application/problem+json");

        asEditor().delete("/api/events/" + event + "/articles/" + ids.get(3)).then().statusCode(204);
        given().get("/api/articles/" + ids.get(3)).then().statusCode(200) // the account is still there
                .body("event", nullValue()).body("unassignedReason", containsString("detached from event " + event));
        given().get("/api/events/" + event).then().body("articleCount", equalTo(3))
                .body("articles.id", not(hasItem(ids.get(3))));
        asEditor().delete("/api/events/" + event + "/articles/" + ids.get(3)).then().statusCode(404);

        // neither a new job for it nor analysis run again puts it back
        reanalyze(ids.toArray(String[]::new));
        importAll(List.of(talks.account(4)));
        runJobs();
        given().get("/api/articles/" + ids.get(3)).then().body("event", nullValue());
        given().get("/api/events/" + event + "/history").then().body("items.action", hasItem("detach"));

        // attached again by hand, it is back
        attach(asEditor(), event, Map.of("article", ids.get(3))).then().statusCode(200)
                .body("articles.id", hasItem(ids.get(3)));
    }

    @Test
    void splitMakesANewEventThatStaysApartAndMergeJoinsThemWithRedirects() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<String> ids = createdIds(importAll(accounts(talks, 5)));
        runJobs();
        String event = eventOf(ids.get(0));
        String fingerprint = given().get("/api/events/" + event + "/discrepancies").then().statusCode(200)
                .extract().path("items[0].id");
        ReviewWorkflowTest.patch(fingerprint, Map.of("status", "needs-source", "note", "kept whatever happens",
                "version", 0)).then().statusCode(200);

        Map<String, Object> two = Map.of("articles", List.of(ids.get(3), ids.get(4)));
        Users.as("fact-checker").contentType(ContentType.JSON).body(two).post("/api/events/" + event + "/split")
                .then().statusCode(403);
        split(asEditor(), event, Map.of("articles", List.of(ids.get(3)))).then().statusCode(422)
                .body("detail", containsString("at least two"));
        split(asEditor(), event, Map.of("articles", List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(3))))
                .then().statusCode(422).body("detail", containsString("would keep 1"));
        split(asEditor(), event, Map.of("articles", List.of(ids.get(3), "0".repeat(64)))).then().statusCode(422)
                .body("errors[0].field", equalTo("articles"));
        split(asEditor(), event, Map.of("articles", "all")).then().statusCode(422);

        var created = split(asEditor(), event, two).then().statusCode(201)
                .header("Location", containsString("/api/events/e-")).body("articleCount", equalTo(2))
                .body("articles.id", containsInAnyOrder(ids.get(3), ids.get(4))).extract();
        String other = created.path("id");
        assertNotEquals(event, other);
        assertTrue(created.header("Location").endsWith("/api/events/" + other));
        given().get("/api/events/" + event).then().body("articleCount", equalTo(3));

        // a new account of the same talks joins one of them; the split stays
        importAll(List.of(talks.account(5)));
        reanalyze(ids.toArray(String[]::new));
        runJobs();
        assertEquals(other, eventOf(ids.get(3)));
        assertEquals(event, eventOf(ids.get(0)));

        // the review is still there: moved with its finding, or orphaned, never deleted
        given().get("/api/discrepancies/" + fingerprint).then().statusCode(200)
                .body("review.status", equalTo("needs-source")).body("review.note", equalTo("kept whatever happens"));

        // merge them back: the other's links lead to the survivor
        Users.as("fact-checker").contentType(ContentType.JSON).body(Map.of("event", other))
                .post("/api/events/" + event + "/merge").then().statusCode(403);
        merge(asEditor(), event, Map.of("event", event)).then().statusCode(409);
        merge(asEditor(), event, Map.of("event", "e-nosuchevent0000")).then().statusCode(422);
        merge(asEditor(), event, Map.of()).then().statusCode(422).body("errors[0].field", equalTo("event"));
        merge(asEditor(), event, Map.of("event", other)).then().statusCode(200).body("id", equalTo(event))
                .body("articles.id", hasItems(ids.get(3), ids.get(4), ids.get(0)));
        given().redirects().follow(false).get("/api/events/" + other).then().statusCode(308)
                .header("Location", containsString("/api/events/" + event));
        given().redirects().follow(false).get("/events/" + other).then().statusCode(308);
        merge(asEditor(), other, Map.of("event", event)).then().statusCode(308); // POSTs to the old id lead there too
        given().get("/api/events/" + event + "/history").then().statusCode(200)
                .body("items.action", hasItems("split", "merge"))
                .body("items.find { it.action == 'merge' }.otherEvent", equalTo(other));
        for (String id : ids) {
            given().get("/api/articles/" + id).then().statusCode(200).body("event", equalTo(event)); // nothing lost
        }
        given().get("/api/discrepancies/" + fingerprint).then().statusCode(200)
                .body("review.status", equalTo("needs-source"));
    }

    private static RequestSpecification asEditor() {
        return Users.as("editor");
    }

    static io.restassured.response.Response attach(RequestSpecification as, String event, Map<String, ?> body) {
        return as.redirects().follow(false).contentType(ContentType.JSON).body(body)
                .post("/api/events/" + event + "/articles");
    }

    static io.restassured.response.Response split(RequestSpecification as, String event, Map<String, ?> body) {
        return as.redirects().follow(false).contentType(ContentType.JSON).body(body)
                .post("/api/events/" + event + "/split");
    }

    static io.restassured.response.Response merge(RequestSpecification as, String event, Map<String, ?> body) {
        return as.redirects().follow(false).contentType(ContentType.JSON).body(body)
                .post("/api/events/" + event + "/merge");
    }

    static String eventOf(String article) {
        return given().get("/api/articles/" + article).then().statusCode(200).extract().path("event");
    }

    /** Analysis run again on these accounts, as after a gazetteer change. */
    static void reanalyze(String... ids) {
        Arc.container().instance(JobService.class).get().enqueueReanalysis(List.of(ids), "test");
        runJobs();
    }

}
