package dev.parallax.web.security;

import static io.restassured.RestAssured.given;

import dev.parallax.db.UserEntity;
import dev.parallax.db.UserRepository;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Users of each role, created with unique names so tests never share or lock one another's accounts. */
final class TestUsers {
    static final String PASSWORD = "correct horse battery";

    private TestUsers() {}

    /** A new user with this role and {@link #PASSWORD}; returns its name. */
    static String create(Role role) {
        String username = role.label() + "-" + UUID.randomUUID().toString().substring(0, 8);
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
        return given().auth().preemptive().basic("admin", "test-secret");
    }
}
