package dev.parallax.web.security;

import static io.restassured.RestAssured.given;

import dev.parallax.db.UserEntity;
import dev.parallax.db.UserRepository;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Users of each role, created with unique names so tests never share or lock one another's accounts. */
final class TestUsers {
    static final String PASSWORD = "correct horse battery";
    static final String ADMIN_PASSWORD = "test-secret";

    private TestUsers() {}

    static String uniqueName(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new user with this role and {@link #PASSWORD}; returns its name. */
    static String create(Role role) {
        String username = uniqueName(role.label());
        QuarkusTransaction.requiringNew().run(() -> {
            UserEntity user = new UserEntity();
            user.username = username;
            user.role = role.label();
            user.passwordHash = AccountService.hash(PASSWORD);
            Arc.container().instance(UserRepository.class).get().persist(user);
        });
        return username;
    }

    static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A new API token of {@code username}; returns its secret. */
    static String token(String username) {
        return as(username).contentType(ContentType.JSON).body(Map.of("name", "test token"))
                .post("/api/tokens").then().statusCode(201).extract().path("token");
    }

    /** Signs in with the login form; returns the response (303 with the session cookie). */
    static Response formLogin(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", password)
                .post("/login");
    }

    /** A session cookie for {@code username} (password {@link #PASSWORD}). */
    static String session(String username) {
        return formLogin(username, PASSWORD).then().statusCode(303).extract().cookie("parallax_session");
    }

    /** A fresh article body nobody else posted (identity is the text's hash). */
    static Map<String, Object> article() {
        String tag = UUID.randomUUID().toString();
        return Map.of("outlet", "Access Gazette " + tag, "title", "Roles",
                "text", "The council met on Tuesday and approved ferry timetable " + tag + ".");
    }
}
