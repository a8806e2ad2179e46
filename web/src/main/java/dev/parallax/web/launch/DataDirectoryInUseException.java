package dev.parallax.web.launch;

import java.nio.file.Path;

/** Another Parallax holds the lock on the data directory. */
public final class DataDirectoryInUseException extends LaunchException {
    public DataDirectoryInUseException(Path dataDir, String pid) {
        super("data directory " + dataDir + " is in use by another Parallax (pid " + pid + ")");
    }
}
