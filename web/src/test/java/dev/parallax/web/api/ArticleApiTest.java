package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.article;
import static dev.parallax.web.api.Articles.post;
import static dev.parallax.web.api.Articles.postAndId;
import static dev.parallax.web.api.Articles.uniqueOutlet;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import dev.parallax.core.ArticleIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiTest {

    @Test
    void postedArticleIsStoredUnderTheHashOfItsCleanedTextAndReadBack() {
        String outlet = uniqueOutlet("Harbour Gazette");
        String text = "Ferry crews walked out at dawn.\n\nThe port authority said 14 sailings were cancelled.";
        String id = post(article(outlet, "Ferry strike halts sailings", "2024-03-05T07:30:00+02:00", text))
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("status", equalTo("created"))
                .body("outlet", equalTo(outlet))
                .body("title", equalTo("Ferry strike halts sailings"))
                .extract().path("id");

        // the cleaned text opens with the headline, so the identity covers it too
        String cleaned = "Ferry strike halts sailings\n\n" + text;
        org.junit.jupiter.api.Assertions.assertEquals(ArticleIds.of(cleaned), id);
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("outlet", equalTo(outlet))
                .body("rawText", equalTo(text))
                .body("cleanedText", equalTo(cleaned))
                .body("published", startsWith("2024-03-05T05:30"))
                .body("format", equalTo("TEXT"))
                .body("source", equalTo("api"));
    }

    @Test
    void theSameArticleTwiceIsStoredOnceAndTheAnswerSaysSo() {
        String outlet = uniqueOutlet("Valley Courier");
        Map<String, Object> body = article(outlet, "Council passes budget", "2024-04-01",
                "The council passed the budget by nine votes to four.");
        String first = post(body).then().statusCode(201).body("status", equalTo("created")).extract().path("id");
        String second = post(body).then().statusCode(200).body("status", equalTo("existing")).extract().path("id");

        org.junit.jupiter.api.Assertions.assertEquals(first, second);
        given().queryParam("outlet", outlet).get("/api/articles").then()
                .body("total", equalTo(1));
    }

    @Test
    void htmlIsReducedToItsArticleText() {
        String outlet = uniqueOutlet("Web Daily");
        String html = "<html><head><title>Dam opens</title></head><body><nav>Home | World</nav>"
                + "<article><h1>Dam opens</h1><p>The new dam opened on Tuesday after six years of work.</p>"
                + "<p>Engineers said it can hold 40 million cubic metres.</p></article></body></html>";
        String id = Articles.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("outlet", outlet, "html", html))
                .post("/api/articles").then().statusCode(201).extract().path("id");

        given().get("/api/articles/" + id).then().statusCode(200)
                .body("format", equalTo("HTML"))
                .body("cleanedText", containsString("40 million cubic metres"))
                .body("cleanedText", org.hamcrest.Matchers.not(containsString("Home | World")));
    }

    @Test
    void listingIsNewestFirstAndPagesDoNotOverlap() {
        String outlet = uniqueOutlet("Page Times");
        String older = postAndId(outlet, "Older", "2024-01-01", "An older report about the river level.");
        String middle = postAndId(outlet, "Middle", "2024-01-02", "A middle report about the river level.");
        String newer = postAndId(outlet, "Newer", "2024-01-03", "A newer report about the river level.");

        given().queryParam("outlet", outlet).queryParam("page", 1).queryParam("size", 2)
                .get("/api/articles").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(newer, middle));
        given().queryParam("outlet", outlet).queryParam("offset", 2).queryParam("limit", 2)
                .get("/api/articles").then().statusCode(200)
                .body("total", equalTo(3))
                .body("offset", equalTo(2))
                .body("items.id", contains(older));
    }

    @Test
    void listingFiltersByPublicationDays() {
        String outlet = uniqueOutlet("Date Herald");
        postAndId(outlet, "Before", "2023-12-31T23:00:00Z", "Before the range: a report on the harbour.");
        String inside = postAndId(outlet, "Inside", "2024-01-15T12:00:00Z", "Inside the range: a report on the harbour.");
        postAndId(outlet, "After", "2024-02-01T00:00:00Z", "After the range: a report on the harbour.");

        given().queryParam("outlet", outlet).queryParam("publishedFrom", "2024-01-01")
                .queryParam("publishedTo", "2024-01-31")
                .get("/api/articles").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(inside));
    }

    @Test
    void fullTextQueryFindsWordsAndPhrases() {
        String outlet = uniqueOutlet("Search Post");
        String glacier = postAndId(outlet, "Glacier retreat", "2024-05-01",
                "Surveyors measured the Morteratsch glacier retreating by thirty metres.");
        postAndId(outlet, "Bridge repairs", "2024-05-02", "Repairs on the old stone bridge will take a month.");

        given().queryParam("outlet", outlet).queryParam("q", "morteratsch")
                .get("/api/articles").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(glacier));
        given().queryParam("outlet", outlet).queryParam("q", "\"stone bridge\" -glacier")
                .get("/api/articles").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].title", equalTo("Bridge repairs"));
        given().queryParam("outlet", outlet).queryParam("q", "volcano")
                .get("/api/articles").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void outletsAreListedWithTheirArticleCounts() {
        String outlet = uniqueOutlet("Count Chronicle");
        postAndId(outlet, "One", "2024-06-01", "First report about the festival crowd.");
        postAndId(outlet, "Two", "2024-06-02", "Second report about the festival crowd.");

        given().get("/api/outlets").then().statusCode(200)
                .body("find { it.name == '" + outlet + "' }.articleCount", equalTo(2))
                .body("name", hasItem(outlet));
    }

    @Test
    void unknownArticleIdIsA404Problem() {
        given().get("/api/articles/" + "0".repeat(64)).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no article with id"))
                .body("instance", equalTo("/api/articles/" + "0".repeat(64)));
    }

    @Test
    void writesNeedTheAdminsCredentials() {
        Map<String, Object> body = article(uniqueOutlet("Anon"), "t", null, "Some text.");
        given().contentType(ContentType.JSON).body(body).post("/api/articles").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .contentType("application/problem+json");
        given().auth().preemptive().basic("admin", "wrong").contentType(ContentType.JSON).body(body)
                .post("/api/articles").then().statusCode(401)
                .body("detail", equalTo("wrong user name or password"));
        given().multiPart("file", "a.txt", "outlet: X\n---\nText.".getBytes())
                .post("/api/articles/import").then().statusCode(401);
    }

    @Test
    void listItemsCarryMetadataOnly() {
        String outlet = uniqueOutlet("Meta Weekly");
        String id = postAndId(outlet, "Metadata only", "2024-07-01", "A short report on the harvest.");
        given().queryParam("outlet", outlet).get("/api/articles").then().statusCode(200)
                .body("items[0].id", matchesPattern("[0-9a-f]{64}"))
                .body("items[0].id", equalTo(id))
                .body("items[0].length", equalTo("Metadata only\n\nA short report on the harvest.".length()))
                .body("items[0].keySet()", org.hamcrest.Matchers.not(hasItem("rawText")));
    }
}
