package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.db.ArticleEntity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Links Parallax writes: exports use the configured public base URL, never the Host header; an
 * appearance is the article's published address; only http(s) article URLs are accepted, and an
 * address of another scheme already stored is never rendered as a link.
 */
@QuarkusTest
class ExportLinksTest {
    @Inject
    Findings findings;

    @Inject
    EntityManager em;

    @Test
    void onlyHttpArticleUrlsAreAccepted() {
        for (String url : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://x.example/a",
                "/relative/path")) {
            asAdmin().contentType(ContentType.JSON).body(Map.of("outlet", "Scheme Watch", "url", url,
                            "text", "A report on the ferry timetable " + UUID.randomUUID()))
                    .post("/api/articles").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("http:// or https://"));
        }
        asAdmin().multiPart("file", "bad.txt", ("outlet: Scheme Watch\nurl: javascript:alert(1)\n---\nA report on the "
                        + UUID.randomUUID() + " pier.").getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/import").then().statusCode(422).body("errors[0].message", containsString("http"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("outlet", "Scheme Watch", "url", "https://news.example/ferry",
                "text", "A report on the ferry timetable " + UUID.randomUUID())).post("/api/articles").then().statusCode(201);
    }

    @Test
    void claimReviewLinksUseTheConfiguredBaseAndTheArticlesOwnAddress() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String linked = Articles.postAndId("Linked Wire " + tag, "Ferry fares", null,
                "Ferry fares rise by 4 percent from May, the operator said. " + tag);
        setUrl(linked, "https://wire.example/ferry-" + tag);
        String bare = Articles.postAndId("Bare Daily " + tag, "Fares", null,
                "Ferry fares rise by 9 percent from May, the operator said. " + tag);
        String event = findings.event("Ferry fares " + tag, null);
        String finding = findings.discrepancy(event, "NUMBER", "HIGH", 0, "4 vs 9 percent",
                Findings.words(linked, "4 percent"), Findings.words(bare, "9 percent"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("status", "confirmed", "verdict", "false", "version", 0))
                .patch("/api/discrepancies/" + finding).then().statusCode(200);

        List<Map<String, Object>> reviews = given().header("Host", "evil.example").queryParam("event", event)
                .get("/api/exports/claimreview").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, reviews.size());
        Map<String, Object> review = reviews.get(0);
        assertEquals("https://parallax.test/discrepancies/" + finding, review.get("url"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> appearances = (List<Map<String, Object>>) ((Map<String, Object>) review.get("itemReviewed"))
                .get("appearance");
        assertEquals("https://wire.example/ferry-" + tag, appearances.get(0).get("url"));
        assertFalse(appearances.get(1).containsKey("url"), "no published address: not a link to the API");
        assertEquals("urn:parallax:article:" + bare, appearances.get(1).get("identifier"));
        String all = given().header("Host", "evil.example").get("/api/exports/claimreview").asString()
                + given().header("Host", "evil.example").get("/api/exports/annotations").asString();
        assertFalse(all.contains("evil.example"), "nothing is built from the Host header");
        assertFalse(all.contains("/api/articles/"), "no appearance points at the sign-in-protected API");
    }

    @Test
    void aStoredUrlOfAnotherSchemeIsShownAsTextNeverAsALink() {
        String id = Articles.postAndId("Old Import " + UUID.randomUUID(), "Old", null,
                "An article imported before URLs were checked. " + UUID.randomUUID());
        setUrl(id, "javascript:alert(document.cookie)");
        given().get("/articles/" + id).then().statusCode(200)
                .body(containsString("javascript:alert(document.cookie)"))
                .body(not(containsString("href=\"javascript:")));
    }

    @Transactional
    void setUrl(String articleId, String url) {
        em.find(ArticleEntity.class, articleId).url = url;
    }
}
