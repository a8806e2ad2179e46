package dev.parallax.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.attribute.PosixFilePermissions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesAStopAndAStartOnTheSameDirectory() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            try (Connection c = connect(first); Statement s = c.createStatement()) {
                s.execute("create table notes (body text)");
                s.execute("insert into notes values ('kept across restarts')");
            }
        }
        assertTrue(Files.exists(dataDir.resolve("pgdata").resolve("PG_VERSION")));
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir);
             Connection c = connect(second); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select body from notes")) {
            assertTrue(rows.next());
            assertEquals("kept across restarts", rows.getString(1));
        }
    }

    @Test
    void commitsReachTheDisk() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir);
             Connection c = connect(db); Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit"}) {
                try (ResultSet value = s.executeQuery("show " + setting)) {
                    assertTrue(value.next());
                    assertEquals("on", value.getString(1), setting);
                }
            }
        }
    }

    @Test
    void aSecondStartOnALockedDirectoryFailsNamingTheOwner() {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDir)) {
            DataDirectoryInUseException e = assertThrows(DataDirectoryInUseException.class,
                    () -> EmbeddedDatabase.start(dataDir));
            assertEquals("data directory " + dataDir + " is in use by another Parallax (pid "
                    + ProcessHandle.current().pid() + ")", e.getMessage());
        }
    }

    @Test
    void nobodyConnectsWithoutTheSecretAndOnlyTheOwnerCanReadIt() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            assertRefused(db, null);
            assertRefused(db, "");
            assertRefused(db, "not-the-secret");
            String secret = Files.readString(dataDir.resolve("postgres.secret")).strip();
            assertEquals(db.settings().password(), secret);
            assertTrue(secret.length() >= 43, "256 random bits");
            assertEquals("rw-------", mode(dataDir.resolve("postgres.secret")));
            assertEquals("rwx------", mode(dataDir));
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                assertEquals("127.0.0.1", show(s, "listen_addresses"));
                assertEquals("", show(s, "unix_socket_directories"));
                try (ResultSet rules = s.executeQuery("select distinct auth_method from pg_hba_file_rules")) {
                    assertTrue(rules.next());
                    assertEquals("scram-sha-256", rules.getString(1));
                    assertTrue(!rules.next(), "scram-sha-256 is the only method");
                }
            }
            assertTrue(!Files.exists(Path.of("/tmp/.s.PGSQL." + db.port())), "no Unix socket in /tmp");
        }
    }

    @Test
    void aClusterCreatedByAnOlderParallaxWithTrustIsUpgradedOnStartAndKeepsItsData() throws Exception {
        // how Parallax created clusters before: zonky's initdb -A trust, no password at all
        PostgresBinaries.prepare(dataDir, System.getenv()); // binaries from the same safe place
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pgdata"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection c = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("create table notes (body text)");
            s.execute("insert into notes values ('written while trusted')");
        }
        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(dataDir)) {
            assertRefused(upgraded, null);
            assertRefused(upgraded, "wrong");
            String url = upgraded.settings().jdbcUrl().replace("/parallax", "/postgres");
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", null).close());
            try (Connection c = DriverManager.getConnection(url, "postgres", upgraded.settings().password());
                 Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select body from notes")) {
                assertTrue(rows.next());
                assertEquals("written while trusted", rows.getString(1));
            }
        }
        // and the next start finds it secured already
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir); Connection c = connect(again)) {
            assertRefused(again, null);
        }
    }

    @Test
    void aLostSecretIsReplacedAndTheClusterFollowsIt() throws Exception {
        String first;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            first = db.settings().password();
        }
        Files.delete(dataDir.resolve("postgres.secret"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir); Connection c = connect(db)) {
            assertTrue(!first.equals(db.settings().password()));
            assertRefused(db, first);
        }
    }

    @Test
    void theBinariesLiveWhereOnlyThisUserCanWrite() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            Path working = Path.of(System.getProperty(PostgresBinaries.WORKING_DIRECTORY_PROPERTY));
            assertTrue(!working.startsWith(Path.of(System.getProperty("java.io.tmpdir"))) || working.startsWith(dataDir),
                    working + " is not in the shared temp folder");
            assertEquals("rwx------", mode(working));
            try (var homes = Files.list(working)) {
                for (Path home : homes.filter(Files::isDirectory).toList()) {
                    assertEquals("rwx------", mode(home), home.toString());
                }
            }
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid")).get(0).strip());
            String command = ProcessHandle.of(postmaster).flatMap(p -> p.info().command()).orElse("");
            assertTrue(command.isEmpty() || command.startsWith(working.toString()), command);
        }
    }

    @Test
    void aPostgresThatDiesIsStartedAgainOnTheSamePortWithItsData() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("create table notes (body text)");
                s.execute("insert into notes values ('kept across a crash')");
            }
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid")).get(0).strip());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly(); // SIGKILL, as a crash or the OOM killer would
            ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().join());
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
            String body = null;
            while (body == null && System.nanoTime() < deadline) {
                try (Connection c = connect(db); Statement s = c.createStatement();
                     ResultSet rows = s.executeQuery("select body from notes")) {
                    body = rows.next() ? rows.getString(1) : "";
                } catch (SQLException notYet) {
                    Thread.sleep(250);
                }
            }
            assertEquals("kept across a crash", body, "PostgreSQL came back by itself");
            while (db.restarts() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50); // the count follows the library's own readiness check
            }
            assertEquals(1, db.restarts());
            long now = Long.parseLong(Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid")).get(0).strip());
            assertTrue(now != postmaster, "a new postmaster");
        }
        // and closing stops it for good: no restart of what was stopped on purpose
        Thread.sleep(1500);
        assertTrue(!Files.exists(dataDir.resolve("pgdata/postmaster.pid")), "stopped, not started again");
    }

    private static void assertRefused(EmbeddedDatabase db, String password) {
        SQLException refused = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(db.settings().jdbcUrl(), db.settings().username(), password).close(),
                "connected with password " + password);
        assertTrue(refused.getMessage().contains("password") || refused.getMessage().contains("authentication"),
                refused.getMessage());
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet value = s.executeQuery("show " + setting)) {
            assertTrue(value.next());
            return value.getString(1);
        }
    }

    private static String mode(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static Connection connect(EmbeddedDatabase db) throws Exception {
        return DriverManager.getConnection(db.settings().jdbcUrl(), db.settings().username(), db.settings().password());
    }
}
