package dev.parallax.web.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Decides which PostgreSQL this run uses: the server named by {@code QUARKUS_DATASOURCE_JDBC_URL},
 * else the embedded one in the data directory, else (for one-shot commands while a server owns the
 * directory) that server's embedded PostgreSQL.
 */
final class DatabaseSetup {

    /** What was prepared; {@code embedded} is null when nothing was started here. */
    record Prepared(EmbeddedDatabase embedded, String description) implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private DatabaseSetup() {}

    static boolean externalConfigured(Map<String, String> env) {
        return env.containsKey("QUARKUS_DATASOURCE_JDBC_URL") || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    static Prepared prepare(Map<String, String> env, Path dataDir, boolean shareRunningServer, PrintStream err) {
        if (externalConfigured(env)) {
            // Quarkus reads QUARKUS_DATASOURCE_* itself; nothing to start.
            return new Prepared(null, "PostgreSQL at " + env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
                    System.getProperty("quarkus.datasource.jdbc.url")));
        }
        DataDirectoryCheck.requireSpace(dataDir, env);
        try {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir);
            embedded.settings().applyAsSystemProperties();
            return new Prepared(embedded, "embedded PostgreSQL in " + dataDir.resolve("pgdata"));
        } catch (DataDirectoryInUseException inUse) {
            if (!shareRunningServer) {
                throw inUse;
            }
            Properties owner = DataDirectoryLock.readInstance(dataDir);
            String port = owner.getProperty("port");
            if (port == null) {
                throw inUse;
            }
            String secret;
            try {
                secret = DatabaseSecret.read(dataDir);
            } catch (java.io.IOException e) {
                throw inUse;
            }
            DatabaseSettings shared = new DatabaseSettings(EmbeddedDatabase.jdbcUrl(Integer.parseInt(port)),
                    EmbeddedDatabase.USER, secret);
            if (!reachable(shared)) {
                throw inUse;
            }
            shared.applyAsSystemProperties();
            err.println("parallax: using the database of the Parallax running on " + dataDir + " (pid "
                    + owner.getProperty("pid", "unknown") + ")");
            return new Prepared(null, "embedded PostgreSQL of pid " + owner.getProperty("pid"));
        }
    }

    private static boolean reachable(DatabaseSettings settings) {
        try (Connection ignored = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
