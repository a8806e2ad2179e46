package dev.parallax.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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

    private static Connection connect(EmbeddedDatabase db) throws Exception {
        return DriverManager.getConnection(db.settings().jdbcUrl(), db.settings().username(), null);
    }
}
