package dev.parallax.web.api;

import static dev.parallax.web.api.ReviewWorkflowTest.patch;
import static dev.parallax.web.api.Stories.accounts;
import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static dev.parallax.web.api.Stories.runJobs;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An event's discrepancies are kept as JSON between requests: every change to what the page shows
 * must still show at once, whether this instance made it or another one sharing the database.
 */
@QuarkusTest
class EventDiscrepancyAnswersTest {

    @Test
    void theKeptAnswerChangesWithReviewsOutletsAndReanalysisAndAnswersNotModifiedOtherwise() throws Exception {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<String> ids = createdIds(importAll(accounts(talks, 3))); // the third account says 5 hours, not 3
        runJobs();
        String fiveHours = (String) talks.account(2).get("outlet");
        String event = given().queryParam("outlet", fiveHours).queryParam("type", "NUMBER")
                .get("/api/discrepancies").then().statusCode(200).extract().path("items[0].event.id");
        String path = "/api/events/" + event + "/discrepancies";
        Response first = given().get(path).then().statusCode(200).contentType(ContentType.JSON)
                .header("ETag", notNullValue()).extract().response();
        String fingerprint = first.path(
                "items.find { it.type == 'NUMBER' && it.evidence.any { e -> e.text.contains('5 hours') } }.id");
        String etag = first.header("ETag");

        // unchanged: the same bytes and ETag; sent back, 304 without a body
        Response again = given().get(path).then().statusCode(200).extract().response();
        assertEquals(first.asString(), again.asString());
        assertEquals(etag, again.header("ETag"));
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"something else\"").get(path).then().statusCode(200);

        // a review through the API
        patch(fingerprint, Map.of("status", "confirmed", "verdict", "false", "version", 0)).then()
                .statusCode(200);
        String reviewed = given().header("If-None-Match", etag).get(path).then().statusCode(200)
                .body("items.find { it.id == '" + fingerprint + "' }.review.status", equalTo("confirmed"))
                .body("items.find { it.id == '" + fingerprint + "' }.review.verdict", equalTo("false"))
                .extract().header("ETag");
        assertNotEquals(etag, reviewed);

        // a review changed by another instance sharing the database (straight in the table here)
        sql("update reviews set status = 'needs-source', version = version + 1, updated_at = now() "
                + "where fingerprint = ?", fingerprint);
        given().get(path).then().statusCode(200)
                .body("items.find { it.id == '" + fingerprint + "' }.review.status", equalTo("needs-source"));

        // an outlet renamed: the evidence says the new name
        String renamed = fiveHours + " Renamed";
        long outletId = given().get("/api/outlets").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.name == '" + fiveHours + "' }.id");
        Articles.asAdmin().contentType(ContentType.JSON).body(Map.of("name", renamed))
                .patch("/api/outlets/" + outletId).then().statusCode(200);
        given().get(path).then().statusCode(200)
                .body("items.find { it.id == '" + fingerprint + "' }.outlets", hasItem(renamed))
                .body("items.find { it.id == '" + fingerprint + "' }.outlets", not(hasItem(fiveHours)));

        // re-analysis after the account that said five hours is deleted: the finding is no longer listed
        Articles.asAdmin().delete("/api/articles/" + ids.get(2)).then().statusCode(200);
        runJobs();
        given().get(path).then().statusCode(200)
                .body("items.id", not(hasItem(fingerprint)))
                .body("items.evidence.flatten().article", everyItem(not(equalTo(ids.get(2)))));
    }

    @Test
    void pagesAreKeptApartAndAnUnknownEventIs404() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        importAll(accounts(talks, 3));
        runJobs();
        String event = given().queryParam("outlet", (String) talks.account(2).get("outlet"))
                .get("/api/discrepancies").then().statusCode(200).extract().path("items[0].event.id");
        String path = "/api/events/" + event + "/discrepancies";
        int total = given().get(path).then().statusCode(200).extract().path("total");
        List<String> all = given().get(path).then().extract().path("items.id");
        given().queryParam("limit", 1).get(path).then().statusCode(200)
                .body("items.id", equalTo(all.subList(0, 1))).body("limit", equalTo(1)).body("total", equalTo(total));
        given().queryParam("offset", 1).queryParam("limit", 1).get(path).then().statusCode(200)
                .body("items.id", equalTo(all.subList(1, 2))).body("offset", equalTo(1));
        given().get("/api/events/e-0000000000000000/discrepancies").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/api/events/e-0000000000000000/discrepancies").then().statusCode(404);
    }

    private static void sql(String statement, String parameter) throws Exception {
        AgroalDataSource database = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = database.getConnection(); PreparedStatement st = c.prepareStatement(statement)) {
            st.setString(1, parameter);
            assertEquals(1, st.executeUpdate());
        }
    }
}
