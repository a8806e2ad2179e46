package dev.parallax.web.api;

import static dev.parallax.web.api.ReviewWorkflowTest.patch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.web.service.DemoCorpus;
import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.JobWorker;
import dev.parallax.web.service.Workspace;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo corpus keeps to itself: it goes only into an empty workspace, says it is fictional in the
 * API, an import of real articles beside it says so once with the command that removes it, and
 * removing it takes out everything derived from it while real articles stay.
 */
@QuarkusTest
class DemoWorkspaceTest {
    @Inject
    DemoCorpus demo;

    @Inject
    JobWorker worker;

    @Inject
    Workspace workspace;

    @Test
    void theDemoIsFictionalStaysOutOfARealWorkspaceAndLeavesWithEverythingDerived() {
        // this shared test database holds real articles: the demo is refused, nothing is stored
        given().auth().preemptive().basic("admin", "test-secret").contentType(ContentType.JSON)
                .body(Map.of("outlet", "Real Wire " + UUID.randomUUID().toString().substring(0, 8), "title", "x",
                        "text", "A beekeepers' meeting in Ostrava counted " + UUID.randomUUID() + " hives."))
                .post("/api/articles").then().statusCode(201);
        ImportReport refused = demo.load();
        assertEquals(1, refused.failed().size());
        assertTrue(refused.failed().get(0).message().contains("empty workspace"), refused.failed().toString());
        assertTrue(refused.created().isEmpty() && refused.existing().isEmpty());

        // loaded on purpose (as the browser tests do), it is labelled fictional
        ImportReport loaded = demo.load("demo");
        assertTrue(loaded.failed().isEmpty(), loaded.failed().toString());
        worker.runUntilIdle();
        assertTrue(workspace.holdsDemo());
        List<String> ids = new java.util.ArrayList<>();
        loaded.created().forEach(a -> ids.add(a.id()));
        loaded.existing().forEach(a -> ids.add(a.id()));
        String demoArticle = ids.stream().filter(id -> given().get("/api/articles/" + id).then().extract()
                .path("event") != null).findFirst().orElseThrow(() -> new AssertionError("no demo event"));
        given().get("/api/articles/" + demoArticle).then().statusCode(200).body("fictional", equalTo(true));
        given().get("/api/outlets").then().statusCode(200)
                .body("find { it.name == 'Northwire' }.fictional", equalTo(true));
        String event = given().get("/api/articles/" + demoArticle).then().extract().path("event");

        // a review made on a demo finding
        String finding = given().get("/api/events/" + event + "/discrepancies").then().statusCode(200)
                .extract().path("items[0].id");
        patch(finding, Map.of("status", "needs-source", "version", 0)).then().statusCode(200);

        // an import of real articles beside the demo says so, with the command
        String outlet = "Beside Demo " + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic("admin", "test-secret").contentType(ContentType.JSON)
                .body(Map.of("outlet", outlet, "title", "Orchard fair", "text", "The orchard fair in Lindenfeld "
                        + "opened with forty stalls of apples and pears."))
                .post("/api/articles").then().statusCode(201)
                .body("notice", containsString("fictional demo corpus"))
                .body("notice", containsString(DemoCorpus.REMOVE_COMMAND));
        given().auth().preemptive().basic("admin", "test-secret")
                .multiPart("file", "a.txt", ("outlet: " + outlet + "\ntitle: again\n---\nA choir from Tallowmere sang "
                        + "at the orchard fair in the evening.").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(200)
                .body("notice", containsString(DemoCorpus.REMOVE_COMMAND));

        // removed: the demo and what came of it are gone, real articles stay
        DemoCorpus.Removed removed = demo.remove();
        worker.runUntilIdle();
        assertTrue(removed.articles() >= ids.size(), removed.toString());
        assertTrue(removed.events() >= 5, removed.toString());
        assertTrue(removed.reviews() >= 1, "the review of a demo finding went with it");
        assertFalse(workspace.holdsDemo());
        given().get("/api/articles/" + demoArticle).then().statusCode(404);
        given().get("/api/events/" + event).then().statusCode(404);
        given().get("/api/discrepancies/" + finding).then().statusCode(404);
        given().get("/api/outlets").then().body("name", not(hasItem("Northwire")))
                .body("fictional", everyItem(equalTo(false)));
        given().queryParam("outlet", outlet).get("/api/articles").then().body("total", equalTo(2))
                .body("items.fictional", everyItem(equalTo(false)));
        // and an import now says nothing of it
        given().auth().preemptive().basic("admin", "test-secret").contentType(ContentType.JSON)
                .body(Map.of("outlet", outlet, "title", "After", "text", "The orchard fair closed with a parade of "
                        + "carts."))
                .post("/api/articles").then().statusCode(201).body("notice", nullValue());
        assertEquals(0, demo.remove().articles(), "removing twice removes nothing more");
    }
}
