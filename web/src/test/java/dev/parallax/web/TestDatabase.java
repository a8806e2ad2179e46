package dev.parallax.web;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link EmbeddedPostgresResource} for every {@code @QuarkusTest} in this module (one boot). */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public final class TestDatabase {
    private TestDatabase() {}
}
