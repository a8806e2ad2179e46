package dev.parallax.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    @Test
    void theLoginPageIsAPlainForm() {
        given().get("/login?next=/events").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<form method=\"post\" action=\"/login\">"))
                .body(containsString("name=\"next\" value=\"/events\""));
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteCookieAndRedirects() {
        String user = TestUsers.create(Role.VIEWER);
        Response response = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", user).formParam("password", TestUsers.PASSWORD).formParam("next", "/events?x=1")
                .post("/login");
        response.then().statusCode(303).header("Location", containsString("/events?x=1"));
        String setCookie = response.header("Set-Cookie");
        assertTrue(setCookie.startsWith("parallax_session="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP: " + setCookie);

        String session = response.getCookie("parallax_session");
        given().cookie("parallax_session", session).get("/api/me").then().statusCode(200)
                .body("username", equalTo(user)).body("method", equalTo("session"));
    }

    @Test
    void behindTlsTheCookieIsSecure() {
        String user = TestUsers.create(Role.VIEWER);
        String setCookie = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .contentType(ContentType.URLENC)
                .formParam("username", user).formParam("password", TestUsers.PASSWORD).post("/login")
                .then().statusCode(303).extract().header("Set-Cookie");
        assertTrue(setCookie.contains("Secure"), setCookie);
    }

    @Test
    void aWrongPasswordShowsTheFormAgainEscaped() {
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", "<b>nobody</b>").formParam("password", "wrong").post("/login")
                .then().statusCode(401).contentType(containsString("text/html"))
                .body(containsString("Wrong user name or password."))
                .body(containsString("&lt;b&gt;nobody&lt;/b&gt;"))
                .body(org.hamcrest.Matchers.not(containsString("<b>nobody")));
    }

    @Test
    void nextNeverLeavesTheSite() {
        String user = TestUsers.create(Role.VIEWER);
        for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            given().redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("username", user).formParam("password", TestUsers.PASSWORD).formParam("next", next)
                    .post("/login").then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.not(containsString("evil")));
        }
    }

    @Test
    void signingOutEndsTheSession() {
        String session = TestUsers.session(TestUsers.create(Role.VIEWER));
        given().cookie("parallax_session", session).get("/api/me").then().statusCode(200);
        Response out = given().redirects().follow(false).cookie("parallax_session", session).post("/logout");
        out.then().statusCode(303).header("Location", containsString("/login"));
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
        given().cookie("parallax_session", session).get("/api/me").then().statusCode(401);
    }

    @Test
    void aNewPasswordEndsTheUsersSessions() {
        String user = TestUsers.create(Role.VIEWER);
        String session = TestUsers.session(user);
        TestUsers.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "another password"))
                .patch("/api/users/" + user).then().statusCode(200);
        given().cookie("parallax_session", session).get("/api/me").then().statusCode(401);
    }

    @Test
    void aFormPostWithTheSessionNeedsTheCsrfToken() {
        String editor = TestUsers.create(Role.EDITOR);
        String session = TestUsers.session(editor);
        String csrf = given().cookie("parallax_session", session).get("/api/me").then().extract().path("csrf");
        assertEquals(43, csrf.length());

        given().cookie("parallax_session", session).multiPart("file", "a.txt", article("no token"))
                .post("/api/articles/import").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("CSRF"));
        given().cookie("parallax_session", session).multiPart("file", "a.txt", article("wrong token"))
                .multiPart("csrf", "not-the-token").post("/api/articles/import").then().statusCode(403)
                .body("detail", containsString("wrong CSRF token"));
        given().cookie("parallax_session", session).multiPart("file", "a.txt", article("form field"))
                .multiPart("csrf", csrf).post("/api/articles/import").then().statusCode(200);
    }

    @Test
    void aJsonPostWithTheSessionNeedsTheCsrfHeader() {
        String session = TestUsers.session(TestUsers.create(Role.VIEWER));
        String csrf = given().cookie("parallax_session", session).get("/api/me").then().extract().path("csrf");
        given().cookie("parallax_session", session).contentType(ContentType.JSON).body(Map.of("name", "t"))
                .post("/api/tokens").then().statusCode(403);
        given().cookie("parallax_session", session).header("X-CSRF-Token", csrf).contentType(ContentType.JSON)
                .body(Map.of("name", "t")).post("/api/tokens").then().statusCode(201);
    }

    @Test
    void basicAndBearerNeedNoCsrfToken() {
        String editor = TestUsers.create(Role.EDITOR);
        TestUsers.as(editor).multiPart("file", "a.txt", article("basic")).post("/api/articles/import")
                .then().statusCode(200);
    }

    private static byte[] article(String what) {
        return ("outlet: Form Courier\ntitle: CSRF " + what + "\n---\nThe harbour reopened after repairs, "
                + what + " " + java.util.UUID.randomUUID() + ".").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
