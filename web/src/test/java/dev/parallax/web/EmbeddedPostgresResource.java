package dev.parallax.web;

import dev.parallax.web.launch.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The same embedded PostgreSQL the launcher uses, started once per JVM in a temporary data
 * directory for all {@code @QuarkusTest}s: no Docker, no Dev Services, nothing skipped.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedDatabase database;

    @Override
    public synchronized Map<String, String> start() {
        if (database == null) {
            try {
                Path dataDir = Files.createTempDirectory("parallax-test-");
                database = EmbeddedDatabase.start(dataDir);
                Runtime.getRuntime().addShutdownHook(new Thread(database::close, "stop-test-postgres"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var settings = database.settings();
        return Map.of("quarkus.datasource.jdbc.url", settings.jdbcUrl(),
                "quarkus.datasource.username", settings.username());
    }

    @Override
    public void stop() {
        // kept for the JVM's lifetime so every test class shares one database; stopped by the hook
    }
}
