package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Stories.accounts;
import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Diff, compare and the problems every event, job and diff endpoint answers for bad or unknown ids. */
@QuarkusTest
class EventApiTest {
    private static final String UNKNOWN_ARTICLE = "0".repeat(63) + "1";

    @Test
    void diffShowsTwoStoredAccountsSideBySideWithTheirWordChanges() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<String> ids = createdIds(importAll(List.of(talks.account(0), talks.account(2))));
        given().queryParam("left", ids.get(0)).queryParam("right", ids.get(1)).get("/api/diff").then().statusCode(200)
                .body("left.id", equalTo(ids.get(0)))
                .body("left.outlet", equalTo("Courier " + talks.tag() + " A"))
                .body("right.id", equalTo(ids.get(1)))
                .body("rows.size()", greaterThan(2))
                .body("rows.changes.flatten().kind", hasItem("CHANGE"))
                .body("rows.changes.flatten().right", hasItem("5"));
    }

    @Test
    void diffRefusesOneArticleTwiceAndNamesAnUnknownOne() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        String id = createdIds(importAll(List.of(talks.account(0)))).get(0);
        given().queryParam("left", id).queryParam("right", id).get("/api/diff").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("right"));
        given().queryParam("right", id).get("/api/diff").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("left"));
        given().queryParam("left", id).queryParam("right", UNKNOWN_ARTICLE).get("/api/diff").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("right"));
        given().queryParam("left", "nonsense").queryParam("right", id).get("/api/diff").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("left"));
    }

    @Test
    void unknownEventsAndJobsAre404AndBadParametersAre400() {
        for (String path : List.of("/api/events/e-0000000000000000", "/api/events/e-0000000000000000/claim-groups",
                "/api/events/e-0000000000000000/alignment", "/api/jobs/987654321")) {
            given().get(path).then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
        }
        given().get("/api/jobs/first").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("id"));
        given().queryParam("from", "yesterday").get("/api/events").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2030-02-02").queryParam("to", "2030-02-01").get("/api/events").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("size", "0").get("/api/events").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("page", "1").queryParam("limit", "5").get("/api/events").then().statusCode(400)
                .body("errors[0].field", equalTo("offset"));
        given().queryParam("outlet", "No Such Outlet " + Stories.word()).get("/api/events").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void deletingNeedsCredentialsAndAKnownArticle() {
        given().delete("/api/articles/" + UNKNOWN_ARTICLE).then().statusCode(401);
        asAdmin().delete("/api/articles/" + UNKNOWN_ARTICLE).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void compareAnswersTheReportForPostedArticlesAndStoresNothing() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        List<Map<String, Object>> articles = accounts(talks, 3);
        asAdmin().contentType(ContentType.JSON).body(Map.of("articles", articles)).post("/api/compare").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("articles", hasSize(3))
                .body("events", hasSize(1))
                .body("events[0].id", startsWith("e-"))
                .body("events[0].articles", hasSize(3))
                .body("events[0].discrepancies.type", hasItem("NUMBER"))
                .body("events[0].discrepancies[0].evidence[0].article", startsWith(""))
                .body("unassigned", hasSize(0));
        given().queryParam("outlet", "Courier " + talks.tag() + " A").get("/api/articles").then()
                .body("total", equalTo(0));
    }

    @Test
    void compareAsOneEventSkipsGroupingAndSaysWhyAnAccountIsAlone() {
        List<Map<String, Object>> apart = List.of(
                Articles.article("Wire " + Stories.word(), "Talks in Minsk", "2031-03-02",
                        "Vladimir Putin held talks in Minsk with Alexander Lukashenko. The talks lasted three hours."),
                Articles.article("Courier " + Stories.word(), "Talks in Minsk", "2031-05-20",
                        "Vladimir Putin held talks in Minsk with Aleksandr Lukashenko. The talks lasted five hours."));
        asAdmin().contentType(ContentType.JSON).body(Map.of("articles", apart)).post("/api/compare").then()
                .statusCode(200)
                .body("events", hasSize(0))
                .body("unassigned", hasSize(2))
                .body("unassignedReasons.size()", equalTo(2));
        asAdmin().contentType(ContentType.JSON).body(Map.of("articles", apart, "oneEvent", true)).post("/api/compare").then()
                .statusCode(200)
                .body("events", hasSize(1))
                .body("events[0].articles", hasSize(2))
                .body("unassigned", hasSize(0));
    }

    @Test
    void compareNamesWhatIsWrongWithTheBody() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("articles", List.of())).post("/api/compare").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo("articles"));
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Articles.article("Outlet " + i, "t", null, "Short text " + i + "."));
        }
        asAdmin().contentType(ContentType.JSON).body(Map.of("articles", many)).post("/api/compare").then()
                .statusCode(400).body("errors[0].field", equalTo("articles"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("outlet", "Somewhere", "title", "no text"))))
                .post("/api/compare").then()
                .statusCode(400).body("errors[0].field", equalTo("articles[0].text"));
    }
}
