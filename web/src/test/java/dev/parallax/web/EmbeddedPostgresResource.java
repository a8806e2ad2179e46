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
    private static Path uploads;

    @Override
    public synchronized Map<String, String> start() {
        if (database == null) {
            try {
                Path dataDir = Files.createTempDirectory("parallax-test-");
                database = EmbeddedDatabase.start(dataDir);
                // multipart uploads in this run's own folder, as the launcher puts them in the data directory
                uploads = Files.createDirectory(dataDir.resolve("uploads"),
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
                EmbeddedDatabase started = database;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    deleteTree(dataDir); // a cluster is ~40 MB: do not leave one per test run in /tmp
                }, "stop-test-postgres"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var settings = database.settings();
        return Map.of("quarkus.datasource.jdbc.url", settings.jdbcUrl(),
                "quarkus.datasource.username", settings.username(),
                "quarkus.datasource.password", settings.password(),
                "quarkus.http.body.uploads-directory", uploads.toString());
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temporary directory
        }
    }

    @Override
    public void stop() {
        // kept for the JVM's lifetime so every test class shares one database; stopped by the hook
    }
}
