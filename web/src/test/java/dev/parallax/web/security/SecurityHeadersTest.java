package dev.parallax.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    private static void assertStrict(ValidatableResponse response) {
        response.header("Content-Security-Policy", equalTo(SecurityHeaders.POLICY))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    @Test
    void onAnApiResponse() {
        assertStrict(given().get("/api/outlets").then().statusCode(200));
    }

    @Test
    void onAPage() {
        assertStrict(given().get("/login").then().statusCode(200));
    }

    @Test
    void onErrors() {
        assertStrict(given().contentType("application/json").body("{}").post("/api/articles").then().statusCode(401));
        assertStrict(given().get("/no/such/page").then().statusCode(404));
    }

    @Test
    void swaggerUiAloneMayRunItsInlineScript() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.SWAGGER_POLICY))
                .header("X-Frame-Options", equalTo("DENY"));
        assertStrict(given().get("/q/openapi").then().statusCode(200));
    }

    @Test
    void strictTransportSecurityOnlyBehindTls() {
        given().get("/api/outlets").then().header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
        given().header("X-Forwarded-Proto", "https").get("/api/outlets").then()
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
    }
}
