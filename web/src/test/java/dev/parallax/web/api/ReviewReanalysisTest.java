package dev.parallax.web.api;

import static dev.parallax.web.api.ReviewWorkflowTest.patch;
import static dev.parallax.web.api.Stories.accounts;
import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reviews through the real pipeline: import, background analysis, a new account, a deleted account. */
@QuarkusTest
class ReviewReanalysisTest {

    @Test
    void aReviewSurvivesANewAccountAndIsOrphanedNotDroppedWhenItsAccountIsDeleted() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<String> ids = createdIds(importAll(accounts(talks, 3))); // the third account says 5 hours, not 3
        runJobs();
        String fiveHoursOutlet = (String) talks.account(2).get("outlet");
        String event = given().queryParam("outlet", fiveHoursOutlet).queryParam("type", "NUMBER")
                .get("/api/discrepancies").then().statusCode(200).extract().path("items[0].event.id");
        String fingerprint = given().get("/api/events/" + event + "/discrepancies").then().statusCode(200)
                .extract().path("items.find { it.type == 'NUMBER' && it.evidence.any { e -> e.text.contains('5 hours') } }.id");

        patch(fingerprint, Map.of("status", "confirmed", "verdict", "false", "version", 0)).then()
                .statusCode(200).body("review.version", equalTo(1));

        // a fourth account joins: the event is compared again, the finding and its review stay
        Articles.asAdmin().contentType(ContentType.JSON).body(talks.account(3)).post("/api/articles").then()
                .statusCode(201);
        runJobs();
        given().get("/api/discrepancies/" + fingerprint).then().statusCode(200)
                .body("orphaned", equalTo(false))
                .body("event.id", equalTo(event))
                .body("review.status", equalTo("confirmed"))
                .body("review.verdict", equalTo("false"))
                .body("evidence.outlet", hasItem(fiveHoursOutlet));

        // the account that said five hours is deleted: the finding vanishes, the review stays, orphaned
        Articles.asAdmin().delete("/api/articles/" + ids.get(2)).then().statusCode(200);
        runJobs();
        given().get("/api/discrepancies/" + fingerprint).then().statusCode(200)
                .body("orphaned", equalTo(true))
                .body("type", equalTo("NUMBER"))
                .body("review.status", equalTo("confirmed"))
                .body("review.version", equalTo(1))
                .body("evidence.text", hasItem(containsString("5 hours")));
        given().queryParam("event", event).queryParam("orphaned", "true").get("/api/discrepancies").then()
                .body("items.id", hasItem(fingerprint));
        given().get("/api/discrepancies/" + fingerprint + "/history").then()
                .body("items.field", contains("status", "verdict"));
    }
}
