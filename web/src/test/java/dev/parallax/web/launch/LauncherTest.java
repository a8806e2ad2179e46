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
        Launcher launcher = new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("PARALLAX_DATA_DIR", dataDir.toString()));
        return launcher.run(args);
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
    void unknownSubcommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
    }
}
