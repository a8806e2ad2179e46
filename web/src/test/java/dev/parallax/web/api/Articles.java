package dev.parallax.web.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A small harness so API tests read like the domain: post an account of an event, read it back. */
final class Articles {
    static final String ADMIN = "admin";
    static final String PASSWORD = "test-secret";

    private Articles() {}

    /** An outlet name no other test uses, so counts and filters stay exact. */
    static String uniqueOutlet(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, PASSWORD);
    }

    static Map<String, Object> article(String outlet, String title, String published, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("outlet", outlet);
        body.put("title", title);
        if (published != null) {
            body.put("published", published);
        }
        body.put("text", text);
        return body;
    }

    static Response post(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/articles");
    }

    static String postAndId(String outlet, String title, String published, String text) {
        return post(article(outlet, title, published, text)).then().statusCode(201).extract().path("id");
    }
}
