package dev.parallax.web.api;

import static dev.parallax.web.api.ReviewWorkflowTest.patch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportApiTest {
    @Inject
    Findings findings;

    @Test
    void aConfirmedDiscrepancyIsAClaimReviewWithEveryField() {
        Scenario s = Scenario.create(findings);
        patch(s.number(), Map.of("status", "confirmed", "verdict", "false", "note", "The notice lists 14.",
                "version", 0)).then().statusCode(200);
        patch(s.date(), Map.of("status", "dismissed", "version", 0)).then().statusCode(200);

        given().queryParam("event", s.event()).get("/api/exports/claimreview").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("$", hasSize(1))
                .body("[0].'@context'", equalTo("https://schema.org"))
                .body("[0].'@type'", equalTo("ClaimReview"))
                .body("[0].claimReviewed", equalTo("\"14 sailings\" vs \"30 sailings\""))
                .body("[0].url", endsWith("/discrepancies/" + s.number()))
                .body("[0].url", startsWith("http"))
                .body("[0].reviewRating.'@type'", equalTo("Rating"))
                .body("[0].reviewRating.alternateName", equalTo("False"))
                .body("[0].reviewRating.ratingValue", equalTo(1))
                .body("[0].reviewRating.bestRating", equalTo(5))
                .body("[0].reviewRating.worstRating", equalTo(1))
                .body("[0].reviewRating.ratingExplanation", equalTo("The notice lists 14."))
                .body("[0].itemReviewed.'@type'", equalTo("Claim"))
                .body("[0].itemReviewed.author.name", equalTo(s.wire()))
                .body("[0].itemReviewed.appearance", hasSize(2))
                .body("[0].itemReviewed.appearance.'@type'", contains("NewsArticle", "NewsArticle"))
                .body("[0].itemReviewed.appearance.headline[1]", startsWith("Harbour walkout"))
                .body("[0].itemReviewed.appearance.publisher.name", contains(s.wire(), s.daily()))
                // no published address: named by an identifier, never linked to the sign-in-protected API
                .body("[0].itemReviewed.appearance[0].url", nullValue())
                .body("[0].itemReviewed.appearance[0].identifier", equalTo("urn:parallax:article:" + s.wireArticle()))
                .body("[0].itemReviewed.appearance[0].datePublished", equalTo("2024-03-05T08:00:00Z"))
                .body("[0].author.'@type'", equalTo("Person"))
                .body("[0].author.name", equalTo("admin"))
                .body("[0].datePublished", matchesPattern("\\d{4}-\\d{2}-\\d{2}"));
        Scenario other = Scenario.create(findings);
        given().queryParam("event", other.event()).get("/api/exports/claimreview").then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void everyPieceOfEvidenceIsAWebAnnotationWithQuoteAndPositionSelectors() {
        Scenario s = Scenario.create(findings);
        String cleaned = given().get("/api/articles/" + s.wireArticle()).then().extract().path("cleanedText");
        int start = cleaned.codePointCount(0, cleaned.indexOf("14 sailings"));

        given().queryParam("event", s.event()).get("/api/exports/annotations").then().statusCode(200)
                .contentType(containsString("anno.jsonld"))
                .body("$", hasSize(6))
                .body("[0].'@context'", equalTo("http://www.w3.org/ns/anno.jsonld"))
                .body("[0].type", equalTo("Annotation"))
                .body("[0].id", endsWith("/discrepancies/" + s.number() + "#evidence-0"))
                .body("[0].body.value", contains("\"14 sailings\" vs \"30 sailings\"", "NUMBER", "severity:HIGH",
                        "status:open"))
                .body("[0].target.source", equalTo("urn:parallax:article:" + s.wireArticle()))
                .body("[0].target.selector[0].type", equalTo("TextQuoteSelector"))
                .body("[0].target.selector[0].exact", equalTo("14 sailings"))
                .body("[0].target.selector[0].prefix", equalTo(cleaned.substring(cleaned.indexOf("14 sailings") - 32,
                        cleaned.indexOf("14 sailings"))))
                .body("[0].target.selector[0].suffix", equalTo(" were cancelled and that talks w"))
                .body("[0].target.selector[1].type", equalTo("TextPositionSelector"))
                .body("[0].target.selector[1].start", equalTo(start))
                .body("[0].target.selector[1].end", equalTo(start + 11));
        given().queryParam("event", s.event()).queryParam("type", "DATE").get("/api/exports/annotations").then()
                .body("$", hasSize(2))
                .body("[0].target.selector[0].exact", equalTo("12 March"))
                .body("[1].target.selector[0].exact", equalTo("13 March"));
    }

    @Test
    void theCsvQuotesByRfc4180AndDefusesFormulas() {
        Scenario s = Scenario.create(findings);
        patch(s.spelling(), Map.of("status", "needs-source", "verdict", "unproven", "version", 0)).then()
                .statusCode(200);

        String csv = given().queryParam("event", s.event()).get("/api/exports/discrepancies.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("discrepancies.csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n", -1);
        assertEquals(5, lines.length, csv); // header, three rows, and the empty string after the last CRLF
        assertEquals("", lines[4]);
        assertEquals("id,event,event_date,type,severity,rank,status,verdict,assignee,orphaned,summary,outlets,evidence",
                lines[0]);
        assertEquals(s.number() + "," + s.event() + ",2024-03-05,NUMBER,HIGH,0,open,,,false,"
                + "\"\"\"14 sailings\"\" vs \"\"30 sailings\"\"\"," + s.wire() + "; " + s.daily() + ","
                + s.wire() + ": 14 sailings | " + s.daily() + ": 30 sailings", lines[1]);
        // = + - @ at the start of a cell get an apostrophe, then the usual quoting
        assertTrue(lines[3].contains(",needs-source,unproven,"), lines[3]);
        assertTrue(lines[3].contains(",\"'=\"\"Meyer\"\" vs \"\"Maier\"\", quoted\","), lines[3]);
        given().queryParam("event", s.event()).queryParam("status", "needs-source").get("/api/exports/discrepancies.csv")
                .then().body(containsString(s.spelling())).body(org.hamcrest.Matchers.not(containsString(s.number())));
        given().queryParam("status", "shelved").get("/api/exports/discrepancies.csv").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }
}
