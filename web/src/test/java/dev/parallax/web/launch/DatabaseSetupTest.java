package dev.parallax.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-shot command (import, demo, export) on a data directory whose server is running. */
class DatabaseSetupTest {
    private static final String[] PROPERTIES = {"quarkus.datasource.jdbc.url", "quarkus.datasource.username",
            "quarkus.datasource.password"};

    @TempDir
    Path dataDir;

    @AfterEach
    void forgetSettings() {
        for (String property : PROPERTIES) {
            System.clearProperty(property);
        }
    }

    @Test
    void aCommandUsesTheRunningServersDatabaseWithTheSecretFromTheDataDirectory() throws Exception {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDir)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (DatabaseSetup.Prepared prepared = DatabaseSetup.prepare(Map.of(), dataDir, true,
                    new PrintStream(err, true, StandardCharsets.UTF_8))) {
                assertNull(prepared.embedded(), "nothing started: the server's PostgreSQL is used");
                assertEquals(server.settings().jdbcUrl(), System.getProperty("quarkus.datasource.jdbc.url"));
                assertEquals(server.settings().password(), System.getProperty("quarkus.datasource.password"));
                try (Connection c = DriverManager.getConnection(System.getProperty("quarkus.datasource.jdbc.url"),
                        System.getProperty("quarkus.datasource.username"), System.getProperty("quarkus.datasource.password"))) {
                    assertTrue(c.isValid(5));
                }
            }
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("parallax: using the database of the Parallax running on "));
        }
    }
}
