package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;
import static dev.parallax.web.api.Articles.postAndId;
import static dev.parallax.web.api.Articles.uniqueOutlet;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutletApiTest {

    /** Posts one article for a new outlet and returns the outlet's id as the listing gives it. */
    private static int outletWithOneArticle(String name) {
        // the outlet's name in the text keeps the article new: the same text would be stored once
        postAndId(name, "Harbour reopens", "2024-05-02", name + " reports the harbour reopened after repairs to the quay.");
        List<Map<String, Object>> outlets = given().get("/api/outlets").then().statusCode(200).extract().path("");
        return outlets.stream().filter(o -> name.equals(o.get("name"))).findFirst()
                .map(o -> (Integer) o.get("id")).orElseThrow();
    }

    private static Response patch(int id, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).patch("/api/outlets/" + id);
    }

    @Test
    void listingGivesIdKindAndArticleCount() {
        String name = uniqueOutlet("Coast Ledger");
        int id = outletWithOneArticle(name);
        given().get("/api/outlets").then().statusCode(200)
                .body("find { it.name == '" + name + "' }.id", equalTo(id))
                .body("find { it.name == '" + name + "' }.kind", nullValue())
                .body("find { it.name == '" + name + "' }.articleCount", equalTo(1));
        given().get("/api/outlets/" + id).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void kindIsSetCheckedAndCleared() {
        int id = outletWithOneArticle(uniqueOutlet("Plains Wire"));
        patch(id, Map.of("kind", "Wire Service")).then().statusCode(200)
                .body("kind", equalTo("wire service")).body("articleCount", equalTo(1));
        given().get("/api/outlets/" + id).then().body("kind", equalTo("wire service"));

        patch(id, Map.of("kind", "tabloid")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("detail", containsString("state media"));
        given().get("/api/outlets/" + id).then().body("kind", equalTo("wire service"));

        java.util.HashMap<String, Object> clear = new java.util.HashMap<>();
        clear.put("kind", null);
        patch(id, clear).then().statusCode(200).body("kind", nullValue());
    }

    @Test
    void renameKeepsArticlesAndRefusesATakenName() {
        String first = uniqueOutlet("Delta Post");
        String second = uniqueOutlet("Delta Times");
        int id = outletWithOneArticle(first);
        outletWithOneArticle(second);
        String renamed = uniqueOutlet("Delta Evening Post");

        patch(id, Map.of("name", renamed, "kind", "independent")).then().statusCode(200)
                .body("name", equalTo(renamed)).body("kind", equalTo("independent"));
        given().queryParam("outlet", renamed).get("/api/articles").then().body("total", equalTo(1));

        patch(id, Map.of("name", second)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        patch(id, Map.of("name", second.toUpperCase())).then().statusCode(409);
        given().get("/api/outlets/" + id).then().body("name", equalTo(renamed));
    }

    @Test
    void badPatchesNameTheField() {
        int id = outletWithOneArticle(uniqueOutlet("Ridge Gazette"));
        patch(id, Map.of("name", "  ")).then().statusCode(400).body("errors[0].field", equalTo("name"));
        patch(id, Map.of("name", 7)).then().statusCode(400).body("errors[0].field", equalTo("name"));
        patch(id, Map.of("colour", "blue")).then().statusCode(400).body("errors[0].field", equalTo("colour"));
        patch(id, Map.of()).then().statusCode(400).body("errors[0].field", equalTo("body"));
        patch(Integer.MAX_VALUE, Map.of("kind", "aggregator")).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/outlets/not-a-number").then().statusCode(404);
    }

    @Test
    void editingWithoutCredentialsIsRefused() {
        int id = outletWithOneArticle(uniqueOutlet("Quiet Herald"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "aggregator")).patch("/api/outlets/" + id)
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("kind", "aggregator"))
                .auth().preemptive().basic("admin", "wrong").patch("/api/outlets/" + id).then().statusCode(401);
        given().get("/api/outlets/" + id).then().body("kind", nullValue());
    }

    @Test
    void editorsEditOutletsAndReviewersMayNot() {
        int id = outletWithOneArticle(uniqueOutlet("Border Echo"));
        Users.as("fact-checker").contentType(ContentType.JSON).body(Map.of("kind", "aggregator"))
                .patch("/api/outlets/" + id).then().statusCode(403).contentType("application/problem+json");
        Users.as("editor").contentType(ContentType.JSON).body(Map.of("kind", "aggregator"))
                .patch("/api/outlets/" + id).then().statusCode(200).body("kind", equalTo("aggregator"));
    }
}
