package dev.parallax.web.launch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read or change: the data directory (0700), the database
 * secret (0600) and the unpacked PostgreSQL binaries (0700). Anything that exists already must
 * belong to the user running Parallax, or it is refused; looser modes are tightened.
 */
final class OwnerOnly {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {}

    /** Creates {@code dir} (and missing parents) if needed, checks it is ours and makes it 0700. */
    static Path directory(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(dir)) {
                throw new LaunchException(dir + " is a symbolic link; Parallax keeps its files in a real folder");
            }
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } catch (FileAlreadyExistsException raced) {
                // another process made it: checked below like any existing folder
            }
        }
        requireOwned(dir);
        if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(DIRECTORY)) {
            Files.setPosixFilePermissions(dir, DIRECTORY);
        }
        return dir;
    }

    /** Writes a new file that nobody else can read at any moment (created 0600, not chmod-ed later). */
    static void createFile(Path file, byte[] content) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        Files.write(file, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** An existing file of ours, made 0600. */
    static void tighten(Path file) throws IOException {
        requireOwned(file);
        if (!Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    static void requireOwned(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            throw new LaunchException(path + " is a symbolic link; Parallax keeps its files in a real folder or file");
        }
        int owner = (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        long me = currentUid();
        if (owner != me) {
            throw new LaunchException(path + " belongs to the user with uid " + owner + ", not to the user running "
                    + "Parallax (uid " + me + "); use a folder of your own (PARALLAX_DATA_DIR)");
        }
    }

    /**
     * True when nobody but us (or root) can rename or replace what {@code dir} holds: it belongs to
     * us or root, and is writable by no one else unless it has the sticky bit (like /tmp).
     */
    static boolean onlyOwnerCanChange(Path dir) throws IOException {
        int mode = (Integer) Files.getAttribute(dir, "unix:mode");
        int owner = (Integer) Files.getAttribute(dir, "unix:uid");
        boolean othersWrite = (mode & 0022) != 0;
        boolean sticky = (mode & 01000) != 0;
        return (owner == currentUid() || owner == 0) && (!othersWrite || sticky);
    }

    static long currentUid() {
        return new com.sun.security.auth.module.UnixSystem().getUid();
    }
}
