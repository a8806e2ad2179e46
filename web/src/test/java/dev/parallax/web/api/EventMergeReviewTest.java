package dev.parallax.web.api;

import static dev.parallax.web.api.ReviewWorkflowTest.patch;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two stored events merged by an account that bridges them: the reviews made on the event whose id
 * is dropped follow their findings into the kept event, with their history, and old links lead there.
 */
@QuarkusTest
class EventMergeReviewTest {

    @Test
    void reviewsOfAMergedAwayEventFollowTheirFindingsAndKeepTheirHistory() {
        // a three-day visit: two outlets report its first day, two its last day (three days apart, too far to
        // be grouped directly), then one reports the day in between and bridges the two events
        LocalDate first = Stories.unusedDay();
        String topic = Stories.word();
        Stories.Talks firstDay = new Stories.Talks(first, topic, Stories.word());
        Stories.Talks lastDay = new Stories.Talks(first.plusDays(3), topic, Stories.word());
        Stories.Talks middleDay = new Stories.Talks(first.plusDays(2), topic, Stories.word());

        String kept = eventOfImport(List.of(firstDay.account(0), firstDay.account(2))); // 3 hours vs 5 hours
        String dropped = eventOfImport(List.of(lastDay.account(1), lastDay.account(3))); // 9 vs 12 agreements
        assertNotEquals(kept, dropped, "accounts three days apart are two events until something bridges them");

        String hours = finding(kept, "5 hours");
        String agreements = finding(dropped, "12");
        patch(hours, Map.of("status", "confirmed", "verdict", "false", "version", 0)).then().statusCode(200);
        patch(agreements, Map.of("status", "needs-source", "verdict", "unproven", "version", 0))
                .then().statusCode(200);

        String merged = eventOfImport(List.of(middleDay.account(0)));
        assertEquals(kept, merged, "the first event was stored first: with as many accounts, it keeps its id");
        given().redirects().follow(false).get("/api/events/" + dropped).then().statusCode(308); // gone, and where to

        // the kept event's review is untouched
        given().get("/api/discrepancies/" + hours).then().statusCode(200)
                .body("orphaned", equalTo(false)).body("event.id", equalTo(kept))
                .body("review.status", equalTo("confirmed"));

        // the dropped event's review moved to the same finding in the merged event
        String moved = given().redirects().follow(false).get("/api/discrepancies/" + agreements).then()
                .statusCode(308).extract().header("Location").replaceFirst(".*/api/discrepancies/", "");
        assertNotEquals(agreements, moved);
        given().get("/api/discrepancies/" + moved).then().statusCode(200)
                .body("orphaned", equalTo(false))
                .body("event.id", equalTo(kept))
                .body("type", equalTo("NUMBER"))
                .body("evidence.text", hasItem("12"))
                .body("review.status", equalTo("needs-source"))
                .body("review.verdict", equalTo("unproven"))
                .body("review.version", equalTo(1));
        given().get("/api/events/" + kept + "/discrepancies").then().statusCode(200)
                .body("items.id", hasItem(moved)).body("items.id", not(hasItem(agreements)));

        // the history is whole: the reviewer's changes, then the move, said by Parallax
        given().get("/api/discrepancies/" + moved + "/history").then().statusCode(200)
                .body("items.field", contains("status", "verdict", "fingerprint"))
                .body("items[0].actor", equalTo(Articles.ADMIN))
                .body("items[2].actor", equalTo("parallax"))
                .body("items[2].from", equalTo(agreements))
                .body("items[2].to", equalTo(moved))
                .body("items[2].note", containsString(dropped));
        // old links still lead there: the API (redirects followed), its history, and the page
        given().get("/api/discrepancies/" + agreements).then().statusCode(200)
                .body("id", equalTo(moved)).body("review.status", equalTo("needs-source"));
        given().get("/api/discrepancies/" + agreements + "/history").then().statusCode(200)
                .body("items", hasSize(3));
        given().redirects().follow(false).get("/discrepancies/" + agreements).then().statusCode(308)
                .header("Location", containsString("/discrepancies/" + moved));
        // the merged-away event's permalinks lead to the event it now lives in
        given().redirects().follow(false).get("/api/events/" + dropped + "/discrepancies").then().statusCode(308)
                .header("Location", containsString("/api/events/" + kept + "/discrepancies"));
        given().redirects().follow(false).get("/events/" + dropped).then().statusCode(308)
                .header("Location", containsString("/events/" + kept));
        given().get("/events/" + dropped).then().statusCode(200).body(containsString("/events/" + kept));
        given().redirects().follow(false).get("/api/events/e-0000000000000000").then().statusCode(404);
        // not a review that is orphaned any more
        given().queryParam("orphaned", "true").queryParam("status", "needs-source").get("/api/discrepancies").then()
                .statusCode(200).body("items.id", not(hasItem(agreements))).body("items.id", not(hasItem(moved)));
    }

    private static String eventOfImport(List<Map<String, Object>> accounts) {
        long job = importAll(accounts).then().statusCode(200).extract().jsonPath().getLong("job.id");
        runJobs();
        return given().get("/api/jobs/" + job).then().statusCode(200).body("state", equalTo("done"))
                .body("events", hasSize(1)).extract().path("events[0]");
    }

    private static String finding(String event, String words) {
        return given().get("/api/events/" + event + "/discrepancies").then().statusCode(200).extract()
                .path("items.find { it.type == 'NUMBER' && it.evidence.any { e -> e.text.contains('" + words + "') } }.id");
    }
}
