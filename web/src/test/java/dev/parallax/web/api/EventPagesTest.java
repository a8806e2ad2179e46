package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Stories.accounts;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The event pages show the events the background jobs stored (next to {@link Stories}, whose invented
 * meetings they use): the same event ids as the API, the same discrepancy fingerprints as the review
 * queue, review statuses as they change, and nothing before the job has run.
 */
@QuarkusTest
class EventPagesTest {

    @Test
    void theEventPagesShowTheStoredEventWithTheReviewQueuesFingerprintsAndStatuses() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        long job = importAll(accounts(talks, 4)).then().statusCode(200).extract().jsonPath().getLong("job.id");
        given().queryParam("q", talks.topic()).get("/events").then().statusCode(200)
                .body(containsString("No event matches"));

        runJobs();
        String event = given().get("/api/jobs/" + job).then().statusCode(200).extract().path("events[0]");
        given().queryParam("q", talks.topic() + " putin").get("/events").then().statusCode(200)
                .body(containsString("href=\"/events/" + event + "\""), containsString("badge type"),
                        containsString("Vladimir Putin"));
        given().queryParam("q", talks.topic()).queryParam("outlet", "Courier " + talks.tag() + " B")
                .queryParam("from", talks.day().toString()).queryParam("to", talks.day().toString())
                .get("/events").then().statusCode(200).body(containsString("href=\"/events/" + event + "\""));
        given().queryParam("q", talks.topic()).queryParam("to", talks.day().minusDays(1).toString())
                .get("/events").then().statusCode(200).body(not(containsString("/events/" + event)));
        given().queryParam("q", talks.topic()).queryParam("type", "NUMBER").get("/events").then().statusCode(200)
                .body(containsString("/events/" + event));
        given().queryParam("q", talks.topic()).queryParam("type", "NUMBER").get("/api/events").then().statusCode(200)
                .body("items[0].id", org.hamcrest.Matchers.equalTo(event));
        given().queryParam("type", "NUMBERS").get("/api/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("type"));

        List<String> fingerprints = given().get("/api/events/" + event + "/discrepancies").then().statusCode(200)
                .extract().path("items.id");
        assertFalse(fingerprints.isEmpty(), "the invented accounts differ on figures");
        String page = given().get("/events/" + event).then().statusCode(200).contentType("text/html")
                .extract().asString();
        for (String fingerprint : fingerprints) {
            assertTrue(page.contains("href=\"/discrepancies/" + fingerprint + "\""), fingerprint);
        }
        assertFalse(page.contains("status-confirmed"), "nothing is reviewed yet");

        String reviewed = fingerprints.get(0);
        asAdmin().contentType(ContentType.JSON).body(Map.of("status", "confirmed", "verdict", "false", "version", 0))
                .patch("/api/discrepancies/" + reviewed).then().statusCode(200);
        given().get("/events/" + event).then().statusCode(200).body(containsString("status-confirmed"));
    }

    @Test
    void anUnknownEventIsAFriendly404() {
        given().accept("text/html").get("/events/e-0000000000000000").then().statusCode(404)
                .contentType("text/html").body(containsString("/events"));
    }
}
