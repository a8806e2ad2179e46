package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Articles.uniqueOutlet;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem document that says what to fix, and nothing is stored. */
@QuarkusTest
class ArticleErrorsTest {

    private static ValidatableResponse postJson(String json) {
        return asAdmin().contentType(ContentType.JSON).body(json).post("/api/articles").then()
                .contentType("application/problem+json");
    }

    @Test
    void emptyBody() {
        postJson("").statusCode(400).body("errors.field", hasItem("body"));
    }

    @Test
    void missingOutlet() {
        postJson("{\"title\":\"t\",\"text\":\"Some text.\"}").statusCode(400)
                .body("type", equalTo("urn:parallax:problem:invalid-input"))
                .body("title", equalTo("Invalid input"))
                .body("instance", equalTo("/api/articles"))
                .body("errors[0].field", equalTo("outlet"))
                .body("errors[0].message", containsString("required"));
    }

    @Test
    void neitherTextNorHtml() {
        postJson("{\"outlet\":\"X\"}").statusCode(400).body("errors[0].field", equalTo("text"));
    }

    @Test
    void bothTextAndHtml() {
        postJson("{\"outlet\":\"X\",\"text\":\"a\",\"html\":\"<p>a</p>\"}").statusCode(400)
                .body("errors[0].field", equalTo("html"));
    }

    @Test
    void malformedJsonNamesTheLine() {
        postJson("{\"outlet\": \"X\",\n \"text\": }").statusCode(400)
                .body("type", equalTo("urn:parallax:problem:malformed-json"))
                .body("errors[0].line", equalTo(2));
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        postJson("{\"outlet\": [1, 2], \"text\": \"a\"}").statusCode(400)
                .body("errors[0].field", equalTo("outlet"));
    }

    @Test
    void errorTextsSpeakJsonNotJava() {
        for (String body : new String[] {"{\"outlet\": {\"a\": 1}, \"text\": \"a\"}", "{\"outlet\": \"X\", \"text\": [1]}",
                "[1, 2]", "{\"outlet\": \"X\", \"text\": \"a\", \"published\": [2024]}"}) {
            String answer = postJson(body).statusCode(400).contentType("application/problem+json").extract().asString();
            for (String java : new String[] {"java.", "com.fasterxml", "dev.parallax", "jackson", "`"}) {
                org.junit.jupiter.api.Assertions.assertFalse(answer.contains(java), body + " -> " + answer);
            }
        }
    }

    @Test
    void aJsonBodyWithAValueTooLargeToReadIsA413NotMalformed() {
        String huge = "x".repeat(21 << 20); // over Jackson's 20 MB limit for one string, under the 64 MB body limit
        io.restassured.response.Response answer = asAdmin().contentType(ContentType.JSON)
                .body("{\"outlet\": \"X\", \"text\": \"" + huge + "\"}").post("/api/articles");
        org.junit.jupiter.api.Assertions.assertEquals(413, answer.statusCode(), answer.asString());
        answer.then().contentType("application/problem+json")
                .body("type", equalTo("urn:parallax:problem:too-large"))
                .body("detail", containsString("too large"));
    }

    @Test
    void badPublicationDate() {
        postJson("{\"outlet\":\"X\",\"text\":\"a\",\"published\":\"19/12/2024\"}").statusCode(400)
                .body("errors[0].field", equalTo("published"))
                .body("errors[0].message", containsString("ISO-8601"));
    }

    @Test
    void textOverTheLimitIsRefusedAndNotStored() {
        String outlet = uniqueOutlet("Huge Post");
        String text = "word ".repeat(70 * 1024 / 5); // the test profile caps articles at 64 KB
        asAdmin().contentType(ContentType.JSON).body(Map.of("outlet", outlet, "text", text))
                .post("/api/articles").then().statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("detail", containsString("over the limit of 65536 bytes"));
        given().queryParam("outlet", outlet).get("/api/articles").then().body("total", equalTo(0));
    }

    @Test
    void htmlPageWithoutArticleText() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("outlet", "X", "html", "<html><body><nav>Home</nav><script>x()</script></body></html>"))
                .post("/api/articles").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("html"));
    }

    @Test
    void unsupportedContentType() {
        asAdmin().contentType(ContentType.XML).body("<article/>").post("/api/articles").then()
                .statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("application/json"));
    }

    @Test
    void badQueryParameterValuesAreNamed() {
        given().queryParam("publishedFrom", "yesterday").get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedFrom"));
        given().queryParam("publishedFrom", "2024-02-01").queryParam("publishedTo", "2024-01-01")
                .get("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("publishedTo"));
        given().queryParam("page", "two").get("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("size", 100000).get("/api/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("page", 1).queryParam("offset", 10).get("/api/articles").then().statusCode(400);
    }
}
