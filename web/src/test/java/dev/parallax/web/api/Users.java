package dev.parallax.web.api;

import static io.restassured.RestAssured.given;

import dev.parallax.db.UserEntity;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Signed-in users of a given role, each with a unique name, for tests of who may write what. */
final class Users {
    private static final String PASSWORD = "river ferry lantern";

    private Users() {}

    /** A request signed in as a new user with this role ("viewer", "fact-checker", "editor", "admin"). */
    static RequestSpecification as(String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            UserEntity user = new UserEntity();
            user.username = username;
            user.role = role;
            user.passwordHash = BcryptUtil.bcryptHash(PASSWORD, 4);
            user.persist();
        });
        return given().auth().preemptive().basic(username, PASSWORD);
    }
}
