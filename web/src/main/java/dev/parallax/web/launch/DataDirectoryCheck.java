package dev.parallax.web.launch;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Before PostgreSQL is started on the data directory: is there room to run? A database that fills
 * its disk mid-import fails far from the cause, so a read-only directory and too little space are
 * refused up front, each in one line.
 */
final class DataDirectoryCheck {
    static final String MIN_FREE_VARIABLE = "PARALLAX_MIN_FREE_SPACE_MB";
    static final long DEFAULT_MIN_FREE_MB = 256;

    private DataDirectoryCheck() {}

    static void requireSpace(Path dataDir, Map<String, String> env) {
        long minFreeMb = minFreeMb(env);
        Path existing = dataDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new LaunchException("cannot use data directory " + dataDir + ": " + existing + " is a file, not a folder");
        }
        requireWritable(dataDir);
        long freeMb;
        try {
            FileStore store = Files.getFileStore(existing);
            freeMb = store.getUsableSpace() >> 20;
        } catch (IOException e) {
            throw new LaunchException("cannot use data directory " + dataDir + ": " + e.getMessage(), e);
        }
        if (freeMb < minFreeMb) {
            throw new LaunchException("data directory " + dataDir + " has " + freeMb + " MB free; Parallax needs at least "
                    + minFreeMb + " MB there (free some space, move it with PARALLAX_DATA_DIR, or set " + MIN_FREE_VARIABLE + ")");
        }
    }

    /** Creates the directory and writes a probe file: a read-only disk or mount says so here, not in PostgreSQL's log. */
    private static void requireWritable(Path dataDir) {
        try {
            OwnerOnly.directory(dataDir);
            Path probe = Files.createTempFile(dataDir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (java.nio.file.FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            throw new LaunchException("cannot write to data directory " + dataDir + ": " + reason, e);
        } catch (IOException e) {
            throw new LaunchException("cannot write to data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static long minFreeMb(Map<String, String> env) {
        String configured = env.get(MIN_FREE_VARIABLE);
        if (configured == null || configured.isBlank()) {
            return DEFAULT_MIN_FREE_MB;
        }
        try {
            return Math.max(0, Long.parseLong(configured.strip()));
        } catch (NumberFormatException e) {
            throw new LaunchException(MIN_FREE_VARIABLE + " must be a number of megabytes, got \"" + configured + "\"");
        }
    }
}
