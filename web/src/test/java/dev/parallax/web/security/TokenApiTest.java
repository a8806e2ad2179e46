package dev.parallax.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenApiTest {

    @Test
    void aTokenActsAsItsUserWithItsRole() {
        String viewer = TestUsers.create(Role.VIEWER);
        String secret = TestUsers.as(viewer).contentType(ContentType.JSON).body(Map.of("name", "nightly export"))
                .post("/api/tokens").then().statusCode(201)
                .body("name", equalTo("nightly export")).body("role", equalTo("viewer"))
                .extract().path("token");
        org.junit.jupiter.api.Assertions.assertTrue(secret.startsWith("plx_"), secret);
        TestUsers.bearer(secret).get("/api/me").then().statusCode(200)
                .body("username", equalTo(viewer)).body("method", equalTo("bearer"));
        TestUsers.bearer(secret).contentType(ContentType.JSON).body(TestUsers.article())
                .post("/api/articles").then().statusCode(403);

        String editorToken = TestUsers.token(TestUsers.create(Role.EDITOR));
        TestUsers.bearer(editorToken).contentType(ContentType.JSON).body(TestUsers.article())
                .post("/api/articles").then().statusCode(201);
    }

    @Test
    void listingNeverShowsSecrets() {
        String user = TestUsers.create(Role.FACT_CHECKER);
        TestUsers.token(user);
        TestUsers.as(user).get("/api/tokens").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].username", equalTo(user))
                .body("[0].keySet()", not(hasItem("token")));
    }

    @Test
    void aRevokedTokenIsRefused() {
        String user = TestUsers.create(Role.EDITOR);
        String secret = TestUsers.token(user);
        int id = TestUsers.as(user).get("/api/tokens").then().extract().path("[0].id");
        TestUsers.as(user).delete("/api/tokens/" + id).then().statusCode(204);
        TestUsers.bearer(secret).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("detail", equalTo("unknown or revoked API token"));
        TestUsers.as(user).get("/api/tokens").then().body("size()", equalTo(0));
    }

    @Test
    void onlyTheOwnerOrAnAdminRevokes() {
        String owner = TestUsers.create(Role.VIEWER);
        TestUsers.token(owner);
        int id = TestUsers.as(owner).get("/api/tokens").then().extract().path("[0].id");
        String other = TestUsers.create(Role.EDITOR);
        TestUsers.as(other).delete("/api/tokens/" + id).then().statusCode(404);
        TestUsers.as(other).get("/api/tokens?user=" + owner).then().statusCode(403);
        TestUsers.asAdmin().get("/api/tokens?user=" + owner).then().statusCode(200).body("[0].id", equalTo(id));
        TestUsers.asAdmin().delete("/api/tokens/" + id).then().statusCode(204);
    }

    @Test
    void tokensNeedASignedInUserAndAName() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/tokens").then().statusCode(401);
        given().get("/api/tokens").then().statusCode(401);
        TestUsers.as(TestUsers.create(Role.VIEWER)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/tokens").then().statusCode(400).body("errors[0].field", equalTo("name"));
        TestUsers.bearer("plx_not-a-real-token").get("/api/me").then().statusCode(401);
    }

    @Test
    void aDeletedUsersTokenIsRefused() {
        String user = TestUsers.create(Role.EDITOR);
        String secret = TestUsers.token(user);
        TestUsers.asAdmin().delete("/api/users/" + user).then().statusCode(204);
        TestUsers.bearer(secret).get("/api/me").then().statusCode(401);
    }
}
