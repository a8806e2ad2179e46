package dev.parallax.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the PostgreSQL programs are unpacked: only where nobody else can swap them. */
class PostgresBinariesTest {

    @TempDir
    Path root;

    @Test
    void aCacheOfOurOwnIsUsedAndMadeOwnerOnly() throws Exception {
        Path cache = Files.createDirectories(root.resolve("home/.cache"));
        Path working = PostgresBinaries.workingDirectory(root.resolve("data"), Map.of("XDG_CACHE_HOME", cache.toString()));
        assertEquals(cache.resolve("parallax/postgres"), working);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve("parallax"))));
    }

    @Test
    void aCacheUnderAFolderOthersCanWriteIsNotUsed() throws Exception {
        Path open = Files.createDirectories(root.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx")); // no sticky bit
        Path data = root.resolve("data");
        assertEquals(data.resolve("postgres-binaries"),
                PostgresBinaries.workingDirectory(data, Map.of("XDG_CACHE_HOME", open.resolve("cache").toString())));
    }

    @Test
    void aCacheThatCannotBeMadeIsNotUsed() throws Exception {
        Path file = Files.writeString(root.resolve("not-a-folder"), "x");
        Path data = root.resolve("data");
        assertEquals(data.resolve("postgres-binaries"),
                PostgresBinaries.workingDirectory(data, Map.of("XDG_CACHE_HOME", file.resolve("cache").toString())));
    }
}
