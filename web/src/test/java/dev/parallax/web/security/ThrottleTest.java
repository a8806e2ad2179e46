package dev.parallax.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Each test locks only a user name of its own; the per-address limit is raised in the test profile. */
@QuarkusTest
class ThrottleTest {

    @Test
    void fiveWrongBasicPasswordsLockTheUserName() {
        String user = TestUsers.create(Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic(user, "guess " + i).get("/api/me").then().statusCode(401);
        }
        given().auth().preemptive().basic(user, "guess 5").get("/api/me").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429));
        // even the right password waits: guessing must not go on
        TestUsers.as(user).get("/api/me").then().statusCode(429);
        // others are not affected
        TestUsers.as(TestUsers.create(Role.VIEWER)).get("/api/me").then().statusCode(200);
    }

    @Test
    void fiveWrongFormSignInsLockTheUserName() {
        String user = TestUsers.uniqueName("nobody");
        for (int i = 0; i < 5; i++) {
            TestUsers.formLogin(user, "guess " + i).then().statusCode(401);
        }
        // the login form is a page: the problem is shown as HTML, with the same status and Retry-After
        String page = TestUsers.formLogin(user, "guess 5").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, containsString("try again in"));
        given().auth().preemptive().basic(user, "guess 6").get("/api/me").then().statusCode(429);
    }

    @Test
    void aRightPasswordClearsEarlierFailures() {
        String user = TestUsers.create(Role.VIEWER);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                given().auth().preemptive().basic(user, "typo " + i).get("/api/me").then().statusCode(401);
            }
            TestUsers.as(user).get("/api/me").then().statusCode(200);
        }
    }
}
