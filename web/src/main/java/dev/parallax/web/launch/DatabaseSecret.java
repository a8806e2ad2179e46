package dev.parallax.web.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The embedded PostgreSQL's password: 256 random bits, generated on the first start and kept in
 * {@code <dataDir>/postgres.secret} (0600, in the 0700 data directory). Whoever can read the data
 * directory owns the database anyway; nobody else can connect.
 */
public final class DatabaseSecret {
    public static final String FILE = "postgres.secret";

    private DatabaseSecret() {}

    /** The secret of {@code dataDir}, created when there is none. */
    static String readOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                OwnerOnly.createFile(file, (secret + "\n").getBytes(StandardCharsets.US_ASCII));
                return secret;
            } catch (FileAlreadyExistsException raced) {
                // someone created it between the check and here: read theirs
            }
        }
        return read(dataDir);
    }

    /** The secret of an existing data directory (a command sharing a running server's database). */
    public static String read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        OwnerOnly.tighten(file);
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!secret.matches("[A-Za-z0-9_-]{32,}")) {
            throw new LaunchException(file + " does not hold a Parallax database secret; delete it and start "
                    + "again to set a new one");
        }
        return secret;
    }

    /** What pg_hba.conf records to tell whether the cluster's password is this secret. */
    static String fingerprint(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
