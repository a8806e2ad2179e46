package dev.parallax.web.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Exclusive ownership of a Parallax data directory, taken before PostgreSQL starts so two
 * instances never run one cluster. The OS releases the lock when the process dies, so a crash
 * never leaves the directory locked. Beside it, {@code instance.properties} tells others the
 * owner's pid and the port of its PostgreSQL.
 */
public final class DataDirectoryLock implements AutoCloseable {
    static final String LOCK_FILE = "parallax.lock";
    static final String INSTANCE_FILE = "instance.properties";

    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link DataDirectoryInUseException} naming the owner. */
    public static DataDirectoryLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(dataDir, readInstance(dataDir).getProperty("pid", "unknown"));
            }
            DataDirectoryLock owned = new DataDirectoryLock(dataDir, channel, lock);
            owned.record(-1);
            return owned;
        } catch (IOException e) {
            throw new LaunchException("cannot use data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Records this process and its PostgreSQL port for a second launcher (import while serving). */
    public void record(int port) {
        Properties instance = new Properties();
        instance.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        if (port > 0) {
            instance.setProperty("port", Integer.toString(port));
        }
        StringBuilder text = new StringBuilder("# written by the Parallax that holds " + LOCK_FILE + "\n");
        instance.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            Files.writeString(dataDir.resolve(INSTANCE_FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the current owner recorded; empty when nothing was recorded. */
    public static Properties readInstance(Path dataDir) {
        Properties instance = new Properties();
        try (var reader = Files.newBufferedReader(dataDir.resolve(INSTANCE_FILE), StandardCharsets.UTF_8)) {
            instance.load(reader);
        } catch (NoSuchFileException e) {
            // nobody recorded anything yet
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return instance;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(dataDir.resolve(INSTANCE_FILE));
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock with the process anyway
        }
    }
}
