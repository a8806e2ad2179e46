package dev.parallax.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped default: without parallax.security.public-reads, reading needs a signed-in viewer. */
@QuarkusTest
@TestProfile(AnonymousReadsRefusedTest.PrivateReads.class)
class AnonymousReadsRefusedTest {

    public static class PrivateReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.security.public-reads", "false");
        }
    }

    @Test
    void anonymousListIs401() {
        given().get("/api/articles").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"));
    }

    @Test
    void signedInViewerReads() {
        TestUsers.as(TestUsers.create(Role.VIEWER)).get("/api/articles").then().statusCode(200);
    }
}
