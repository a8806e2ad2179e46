package dev.parallax.web.api;

import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diffs are kept between requests; a kept diff never outlives the accounts it was made from. */
@QuarkusTest
class DiffAnswersTest {

    @Test
    void aKeptDiffIsTheSameAnswerAndGoesWithADeletedAccount() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<String> ids = createdIds(importAll(List.of(talks.account(0), talks.account(2))));
        String first = given().queryParam("left", ids.get(0)).queryParam("right", ids.get(1)).get("/api/diff").then()
                .statusCode(200).body("left.id", equalTo(ids.get(0))).extract().asString();
        String again = given().queryParam("left", ids.get(0)).queryParam("right", ids.get(1)).get("/api/diff").then()
                .statusCode(200).extract().asString();
        assertEquals(first, again);
        // the other way round is another answer, not the kept one
        given().queryParam("left", ids.get(1)).queryParam("right", ids.get(0)).get("/api/diff").then()
                .statusCode(200).body("left.id", equalTo(ids.get(1))).body("right.id", equalTo(ids.get(0)));
        // spaces around an id name the same article
        given().queryParam("left", " " + ids.get(0)).queryParam("right", ids.get(1) + " ").get("/api/diff").then()
                .statusCode(200).body("left.id", equalTo(ids.get(0)));

        Articles.asAdmin().delete("/api/articles/" + ids.get(1)).then().statusCode(200);
        given().queryParam("left", ids.get(0)).queryParam("right", ids.get(1)).get("/api/diff").then()
                .statusCode(404).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("right"));
    }
}
