package dev.parallax.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessControlTest {

    @Test
    void anonymousWriteIs401WithAChallenge() {
        given().contentType(ContentType.JSON).body(TestUsers.article()).post("/api/articles").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("status", equalTo(401));
    }

    @Test
    void roleBelowEditorIs403Problem() {
        for (Role role : new Role[] {Role.VIEWER, Role.FACT_CHECKER}) {
            String user = TestUsers.create(role);
            TestUsers.as(user).contentType(ContentType.JSON).body(TestUsers.article()).post("/api/articles").then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("editor"));
        }
    }

    @Test
    void editorAndAdminMayImport() {
        TestUsers.as(TestUsers.create(Role.EDITOR)).contentType(ContentType.JSON).body(TestUsers.article())
                .post("/api/articles").then().statusCode(201);
        TestUsers.asAdmin().contentType(ContentType.JSON).body(TestUsers.article()).post("/api/articles").then().statusCode(201);
    }

    @Test
    void wrongPasswordIs401EvenOnAPublicRead() {
        given().auth().preemptive().basic(TestUsers.create(Role.VIEWER), "not it").get("/api/outlets").then()
                .statusCode(401).body("detail", equalTo("wrong user name or password"));
    }

    @Test
    void explicitViewerRoleNeedsASignedInUserEvenWithPublicReads() {
        given().get("/api/me").then().statusCode(401);
        String viewer = TestUsers.create(Role.VIEWER);
        TestUsers.as(viewer).get("/api/me").then().statusCode(200)
                .body("username", equalTo(viewer)).body("role", equalTo("viewer")).body("method", equalTo("basic"));
    }

    @Test
    void unknownAuthorizationSchemeIs401() {
        given().header("Authorization", "Digest username=x").get("/api/outlets").then().statusCode(401)
                .body("detail", containsString("Bearer"));
    }

    @Test
    void viewerReads() {
        TestUsers.as(TestUsers.create(Role.VIEWER)).get("/api/outlets").then().statusCode(200);
    }
}
