package dev.parallax.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.db.UserEntity;
import dev.parallax.db.UserRepository;
import dev.parallax.web.api.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserApiTest {
    @Inject
    UserService userService;
    @Inject
    UserRepository users;

    @Test
    void onlyAdminsManageUsers() {
        given().get("/api/users").then().statusCode(401).contentType("application/problem+json");
        for (Role role : new Role[] {Role.VIEWER, Role.FACT_CHECKER, Role.EDITOR}) {
            String user = TestUsers.create(role);
            TestUsers.as(user).get("/api/users").then().statusCode(403).contentType("application/problem+json");
            TestUsers.as(user).contentType(ContentType.JSON)
                    .body(Map.of("username", TestUsers.uniqueName("x"), "password", "long enough", "role", "viewer"))
                    .post("/api/users").then().statusCode(403);
            TestUsers.as(user).contentType(ContentType.JSON).body(Map.of("role", "admin"))
                    .patch("/api/users/" + user).then().statusCode(403);
            TestUsers.as(user).delete("/api/users/" + user).then().statusCode(403);
        }
        TestUsers.asAdmin().get("/api/users").then().statusCode(200).body("username", hasItem("admin"))
                .body("[0].keySet()", not(hasItem("passwordHash")));
    }

    @Test
    void adminCreatesChangesAndDeletesAUser() {
        String name = TestUsers.uniqueName("checker");
        TestUsers.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", "first password", "role", "fact-checker"))
                .post("/api/users").then().statusCode(201)
                .header("Location", containsString("/api/users/" + name))
                .body("username", equalTo(name)).body("role", equalTo("fact-checker"))
                .body("createdAt", org.hamcrest.Matchers.notNullValue());
        given().auth().preemptive().basic(name, "first password").get("/api/me").then().statusCode(200)
                .body("role", equalTo("fact-checker"));

        TestUsers.asAdmin().contentType(ContentType.JSON).body(Map.of("role", "editor", "password", "second password"))
                .patch("/api/users/" + name).then().statusCode(200).body("role", equalTo("editor"));
        given().auth().preemptive().basic(name, "first password").get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(name, "second password").get("/api/me").then().statusCode(200)
                .body("role", equalTo("editor"));

        TestUsers.asAdmin().delete("/api/users/" + name).then().statusCode(204);
        TestUsers.asAdmin().get("/api/users/" + name).then().statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic(name, "second password").get("/api/me").then().statusCode(401);
    }

    @Test
    void badInputNamesTheField() {
        TestUsers.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", TestUsers.uniqueName("r"), "password", "long enough", "role", "owner"))
                .post("/api/users").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("role"))
                .body("detail", containsString("viewer, fact-checker, editor, admin"));
        TestUsers.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", TestUsers.uniqueName("p"), "password", "short", "role", "viewer"))
                .post("/api/users").then().statusCode(400).body("errors[0].field", equalTo("password"));
        TestUsers.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "bad name!", "password", "long enough", "role", "viewer"))
                .post("/api/users").then().statusCode(400).body("errors[0].field", equalTo("username"));
        TestUsers.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "long enough", "role", "viewer"))
                .post("/api/users").then().statusCode(409).body("errors[0].field", equalTo("username"));
    }

    @Test
    void anAdminMayBeDemotedWhileAnotherRemains() {
        String second = TestUsers.create(Role.ADMIN);
        TestUsers.as(second).contentType(ContentType.JSON).body(Map.of("role", "viewer"))
                .patch("/api/users/" + second).then().statusCode(200).body("role", equalTo("viewer"));
    }

    /**
     * Other tests create admins, so "the last admin" is made inside a transaction that is rolled
     * back: every other admin is demoted there, then deleting or demoting "admin" must fail.
     */
    @Test
    void theLastAdminCannotBeDeletedOrDemoted() {
        ProblemException deleting = asLastAdmin(() -> userService.delete("admin"));
        assertEquals(409, deleting.status());
        assertEquals("urn:parallax:problem:last-admin", deleting.toProblem("/api/users/admin").type());
        ProblemException demoting = asLastAdmin(
                () -> userService.update("admin", Optional.of("editor"), Optional.empty()));
        assertEquals(409, demoting.status());
        TestUsers.asAdmin().get("/api/me").then().statusCode(200).body("role", equalTo("admin"));
    }

    private ProblemException asLastAdmin(org.junit.jupiter.api.function.Executable change) {
        QuarkusTransaction.begin();
        try {
            for (UserEntity user : users.list("role = 'admin' and username <> 'admin'")) {
                user.role = Role.EDITOR.label();
            }
            users.flush();
            return assertThrows(ProblemException.class, change);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
