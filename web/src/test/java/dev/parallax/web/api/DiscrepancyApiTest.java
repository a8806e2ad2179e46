package dev.parallax.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiscrepancyApiTest {
    @Inject
    Findings findings;

    @Test
    void anEventsDiscrepanciesComeRankedWithEvidenceAndAnOpenReview() {
        Scenario s = Scenario.create(findings);

        given().get("/api/events/" + s.event() + "/discrepancies").then().statusCode(200)
                .body("event.id", equalTo(s.event()))
                .body("event.date", equalTo("2024-03-05"))
                .body("total", equalTo(3))
                .body("items.id", contains(s.number(), s.date(), s.spelling()))
                .body("items.rank", contains(0, 1, 2))
                .body("items[0].type", equalTo("NUMBER"))
                .body("items[0].severity", equalTo("HIGH"))
                .body("items[0].outlets", contains(s.wire(), s.daily()))
                .body("items[0].evidence.text", contains("14 sailings", "30 sailings"))
                .body("items[0].evidence[0].article", equalTo(s.wireArticle()))
                .body("items[0].review.status", equalTo("open"))
                .body("items[0].review.version", equalTo(0))
                .body("items[0].orphaned", equalTo(false));
        given().queryParam("size", 2).queryParam("page", 2).get("/api/events/" + s.event() + "/discrepancies").then()
                .statusCode(200).body("items.id", contains(s.spelling())).body("total", equalTo(3));
    }

    @Test
    void anUnknownEventIs404() {
        given().get("/api/events/no-such-event/discrepancies").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no-such-event"));
    }

    @Test
    void theListFiltersByEventTypeSeverityStatusAndOutletAndCountsEveryMatch() {
        Scenario s = Scenario.create(findings);
        Scenario other = Scenario.create(findings);

        given().queryParam("event", s.event()).get("/api/discrepancies").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains(s.number(), s.date(), s.spelling()))
                .body("items[0].event.id", equalTo(s.event()));
        given().queryParam("event", s.event()).queryParam("type", "date").get("/api/discrepancies").then()
                .body("items.id", contains(s.date())).body("total", equalTo(1));
        given().queryParam("event", s.event()).queryParam("severity", "HIGH").get("/api/discrepancies").then()
                .body("items.id", contains(s.number()));
        given().queryParam("outlet", other.daily()).queryParam("event", other.event()).get("/api/discrepancies").then()
                .body("total", equalTo(3)).body("items.id", contains(other.number(), other.date(), other.spelling()));
        given().queryParam("outlet", s.daily()).queryParam("event", other.event()).get("/api/discrepancies").then()
                .body("total", equalTo(0));
        given().queryParam("event", s.event()).queryParam("status", "open").queryParam("limit", 1)
                .queryParam("offset", 1).get("/api/discrepancies").then()
                .body("items.id", contains(s.date())).body("total", equalTo(3)).body("limit", equalTo(1));
        given().queryParam("event", s.event()).queryParam("status", "confirmed").get("/api/discrepancies").then()
                .body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        given().queryParam("type", "RUMOUR").get("/api/discrepancies").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("must be one of ATTRIBUTION, NUMBER"));
        given().queryParam("status", "closed").get("/api/discrepancies").then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("must be one of open, confirmed, dismissed, needs-source"));
        given().queryParam("orphaned", "maybe").get("/api/discrepancies").then().statusCode(400)
                .body("errors[0].field", equalTo("orphaned"));
        given().queryParam("size", 0).get("/api/discrepancies").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void oneDiscrepancyShowsEachOutletsWordsInContextItsEventGroupAndReview() {
        Scenario s = Scenario.create(findings);

        given().get("/api/discrepancies/" + s.number()).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(s.number()))
                .body("orphaned", equalTo(false))
                .body("event.id", equalTo(s.event()))
                .body("event.label", startsWith("Harbour pilots' strike"))
                .body("claimGroup.summary", equalTo("claims about \"14 sailings\" vs \"30 sailings\""))
                .body("type", equalTo("NUMBER"))
                .body("summary", equalTo("\"14 sailings\" vs \"30 sailings\""))
                .body("evidence.outlet", contains(s.wire(), s.daily()))
                .body("evidence[0].text", equalTo("14 sailings"))
                .body("evidence[0].before", endsWith("The port authority said "))
                .body("evidence[0].after", startsWith(" were cancelled and that talks"))
                .body("evidence[0].title", startsWith("Pilots strike, sailings cancelled"))
                .body("review.status", equalTo("open"))
                .body("review.version", equalTo(0))
                .body("review.verdict", nullValue());
        // offsets are code points into the cleaned text, which opens with the headline and a blank line
        String cleaned = given().get("/api/articles/" + s.wireArticle()).then().extract().path("cleanedText");
        int cp = cleaned.codePointCount(0, cleaned.indexOf("14 sailings"));
        given().get("/api/discrepancies/" + s.number()).then()
                .body("evidence[0].start", equalTo(cp)).body("evidence[0].end", equalTo(cp + 11));
    }

    @Test
    void anUnknownOrMalformedIdIs404() {
        given().get("/api/discrepancies/" + Findings.newFingerprint()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("fingerprint"));
        given().get("/api/discrepancies/not-a-fingerprint").then().statusCode(404);
        given().get("/api/discrepancies/" + Findings.newFingerprint() + "/history").then().statusCode(404);
    }
}
