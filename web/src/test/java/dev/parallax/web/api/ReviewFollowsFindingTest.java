package dev.parallax.web.api;

import static dev.parallax.web.api.ReviewWorkflowTest.patch;
import static dev.parallax.web.api.Stories.accounts;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reviewed finding whose evidence grows (an account joins with yet another figure) or shrinks (that
 * account is deleted) keeps its review: it moves with an audit row, old links answer 308 to the finding
 * it became, and no open duplicate appears beside an orphan.
 */
@QuarkusTest
class ReviewFollowsFindingTest {

    @Test
    void aReviewFollowsItsFindingWhenEvidenceGrowsAndShrinks() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        importAll(accounts(talks, 3)).then().statusCode(200); // the third account says 5 hours, the others 3
        runJobs();
        String event = given().queryParam("outlet", talks.account(0).get("outlet")).get("/api/articles").then()
                .extract().path("items[0].event");
        String first = hoursFinding(event);
        patch(first, Map.of("status", "needs-source", "note", "which press service?", "version", 0)).then()
                .statusCode(200);

        // a fourth account gives yet another duration: the finding's evidence grows, its id changes
        Map<String, Object> fourth = new HashMap<>(talks.account(1));
        fourth.put("outlet", "Courier " + talks.tag() + " Z");
        fourth.put("text", ((String) fourth.get("text")).replace("lasted 3 hours", "lasted 4 hours")
                .replace("(Courier " + talks.tag() + " B)", "(Courier " + talks.tag() + " Z)"));
        String added = Articles.asAdmin().contentType(ContentType.JSON).body(fourth).post("/api/articles").then()
                .statusCode(201).extract().path("id");
        runJobs();
        String grown = hoursFinding(event);
        assertNotEquals(first, grown, "the evidence grew: another finding id");
        given().get("/api/discrepancies/" + grown).then().statusCode(200)
                .body("orphaned", equalTo(false)).body("review.status", equalTo("needs-source"))
                .body("review.note", equalTo("which press service?")).body("evidence.text", hasItem("4 hours"));
        given().redirects().follow(false).get("/api/discrepancies/" + first).then().statusCode(308)
                .header("Location", containsString("/api/discrepancies/" + grown));
        given().redirects().follow(false).get("/discrepancies/" + first).then().statusCode(308);
        given().get("/api/discrepancies/" + grown + "/history").then()
                .body("items.field", hasItem("fingerprint")).body("items.actor", hasItem("parallax"));
        // no open duplicate beside an orphan
        given().get("/api/events/" + event + "/discrepancies").then().body("items.findAll { it.type == 'NUMBER' "
                + "&& it.evidence.any { e -> e.text.contains('5 hours') } }.size()", equalTo(1));
        given().queryParam("orphaned", "true").queryParam("event", event).get("/api/discrepancies").then()
                .body("items.id", not(hasItem(first)));

        // the account is deleted: the evidence shrinks back, the review follows again
        Articles.asAdmin().delete("/api/articles/" + added).then().statusCode(200);
        runJobs();
        String shrunk = hoursFinding(event);
        assertEquals(first, shrunk, "the same evidence as at first: the first id again");
        given().get("/api/discrepancies/" + shrunk).then().statusCode(200)
                .body("orphaned", equalTo(false)).body("review.status", equalTo("needs-source"));
        given().redirects().follow(false).get("/api/discrepancies/" + grown).then().statusCode(308)
                .header("Location", containsString("/api/discrepancies/" + first));
    }

    /** The event's NUMBER finding about how long the talks lasted. */
    private static String hoursFinding(String event) {
        String id = given().get("/api/events/" + event + "/discrepancies").then().statusCode(200).extract()
                .path("items.find { it.type == 'NUMBER' && it.evidence.any { e -> e.text.contains('5 hours') } }.id");
        assertNotNull(id, "the event has a finding about the duration");
        return id;
    }
}
