package dev.parallax.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the launcher cannot go on: one line, non-zero exit. */
class LauncherTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return runWith(Map.of("PARALLAX_DATA_DIR", dataDir.toString()), args);
    }

    private int runWith(Map<String, String> env, String... args) {
        Launcher launcher = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return launcher.run(args);
    }

    @Test
    void tooLittleFreeSpaceIsRefusedInOneLineBeforePostgresStarts() {
        assertEquals(1, runWith(Map.of("PARALLAX_DATA_DIR", dataDir.toString(),
                "PARALLAX_MIN_FREE_SPACE_MB", Long.toString(Long.MAX_VALUE >> 21)), "serve"));
        assertEquals(1, errLines().size(), errLines().toString());
        assertEquals(true, errLines().get(0).startsWith("parallax: data directory " + dataDir + " has "), errLines().get(0));
        assertEquals(false, java.nio.file.Files.exists(dataDir.resolve("pgdata")));
    }

    @Test
    void aDataDirectoryUnderAFileIsRefusedInOneLine() throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(dataDir.resolve("plain-file"), "not a folder");
        assertEquals(1, runWith(Map.of("PARALLAX_DATA_DIR", file.resolve("data").toString()), "serve"));
        assertEquals(List.of("parallax: cannot use data directory " + file.resolve("data") + ": " + file
                + " is a file, not a folder"), errLines());
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void serveOnADirectoryInUseSaysSoInOneLine() {
        try (DataDirectoryLock owner = DataDirectoryLock.acquire(dataDir)) {
            assertEquals(1, run("serve"));
        }
        assertEquals(List.of("parallax: data directory " + dataDir + " is in use by another Parallax (pid "
                + ProcessHandle.current().pid() + ")"), errLines());
    }

    @Test
    void noSubcommandMeansServe() {
        try (DataDirectoryLock owner = DataDirectoryLock.acquire(dataDir)) {
            assertEquals(1, run());
        }
        assertEquals(1, errLines().size());
    }

    @Test
    void importOnADirectoryInUseByAnOwnerWithoutDatabaseSaysSoInOneLine() {
        try (DataDirectoryLock owner = DataDirectoryLock.acquire(dataDir)) {
            assertEquals(1, run("import", dataDir.toString()));
        }
        assertEquals(1, errLines().size());
        assertEquals(true, errLines().get(0).startsWith("parallax: data directory " + dataDir + " is in use"));
    }

    @Test
    void importOfAMissingPathSaysSoInOneLine() {
        Path missing = dataDir.resolve("no-such-folder");
        assertEquals(1, run("import", missing.toString()));
        assertEquals(List.of("parallax: " + missing + ": no such file or folder"), errLines());
    }

    @Test
    void uploadsGoToTheDataDirectoryOwnerOnlyAndLeftoversOfAKilledServerAreRemoved() throws java.io.IOException {
        Path uploads = Launcher.uploadsDirectory(Map.of(), dataDir, true);
        assertEquals(dataDir.resolve("uploads"), uploads);
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(uploads)));
        java.nio.file.Files.writeString(uploads.resolve("left-by-a-kill"), "part of an upload");
        Launcher.uploadsDirectory(Map.of(), dataDir, false);
        assertEquals(true, java.nio.file.Files.exists(uploads.resolve("left-by-a-kill")), "not ours to clean");
        Launcher.uploadsDirectory(Map.of(), dataDir, true);
        assertEquals(false, java.nio.file.Files.exists(uploads.resolve("left-by-a-kill")));
        assertEquals(null, Launcher.uploadsDirectory(Map.of("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY", "/srv/up"), dataDir, true));
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
    }
}
