package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Stories.accounts;
import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Import -> background job -> stored events, claim groups, discrepancies; incremental joins and deletions. */
@QuarkusTest
class EventPipelineTest {
    @Inject
    EntityManager em;

    @Test
    void anImportQueuesAJobThatStoresTheEventWithItsDiscrepancies() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        JsonPath imported = importAll(accounts(talks, 3)).then().statusCode(200)
                .body("job.state", equalTo("queued"))
                .body("job.url", startsWith("/api/jobs/"))
                .extract().jsonPath();
        long job = imported.getLong("job.id");
        given().get("/api/jobs/" + job).then().statusCode(200)
                .body("state", equalTo("queued")).body("total", equalTo(3)).body("kind", equalTo("analyze"));

        runJobs();

        String event = given().get("/api/jobs/" + job).then().statusCode(200)
                .body("state", equalTo("done"))
                .body("processed", equalTo(3))
                .body("events", hasSize(1))
                .extract().path("events[0]");
        given().get("/api/events/" + event).then().statusCode(200)
                .body("id", equalTo(event))
                .body("date", equalTo(talks.day().toString()))
                .body("articleCount", equalTo(3))
                .body("outletCount", equalTo(3))
                .body("articles", hasSize(3))
                .body("articles[0].outlet", equalTo("Courier " + talks.tag() + " A"))
                .body("participants", hasItem("person:putin"))
                .body("discrepancies.total", greaterThan(0))
                .body("discrepancies.byType.NUMBER", greaterThan(0))
                .body("discrepancies.byStatus.open", greaterThan(0));
        given().get("/api/events/" + event + "/claim-groups").then().statusCode(200)
                .body("size()", greaterThan(0))
                .body("[0].members.size()", greaterThan(1))
                .body("[0].position", equalTo(0));
        given().get("/api/events/" + event + "/alignment").then().statusCode(200)
                .body("event", equalTo(event))
                .body("columns", hasSize(3))
                .body("rows.size()", greaterThan(0))
                .body("rows[0].cells", hasSize(3));
        given().queryParam("from", talks.day().toString()).queryParam("to", talks.day().toString())
                .queryParam("participant", "putin").queryParam("place", "Minsk")
                .queryParam("outlet", "Courier " + talks.tag() + " B")
                .get("/api/events").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(event))
                .body("items[0].articleCount", equalTo(3));
    }
}
