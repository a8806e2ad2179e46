package dev.parallax.bench;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * What a second Unix user can reach of someone else's embedded PostgreSQL: run by
 * {@link SecondUserDrill} as that user. Tries to sign in without, with an empty and with guessed
 * passwords, to read the secret, to list the data directory and to find a Unix socket. Prints one
 * line per try and exits 0 when everything was refused.
 *
 * <pre>java -cp bench-classes:postgresql.jar dev.parallax.bench.DatabaseProbe PORT DATA_DIR</pre>
 */
public final class DatabaseProbe {
    private DatabaseProbe() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]);
        boolean held = true;
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/parallax?connectTimeout=5";
        for (String password : new String[] {null, "", "postgres", "parallax", "admin"}) {
            for (String user : new String[] {"postgres", "parallax"}) {
                try (Connection ignored = DriverManager.getConnection(url, user, password)) {
                    System.out.printf("CONNECTED as %s with password %s%n", user, password == null ? "(none)" : "'" + password + "'");
                    held = false;
                } catch (SQLException refused) {
                    System.out.printf("refused: %s with password %s: %s (SQL state %s)%n", user,
                            password == null ? "(none)" : "'" + password + "'",
                            String.valueOf(refused.getMessage()).lines().findFirst().orElse(""), refused.getSQLState());
                }
            }
        }
        try {
            Files.readString(dataDir.resolve("postgres.secret"));
            System.out.println("READ the database secret");
            held = false;
        } catch (AccessDeniedException denied) {
            System.out.println("refused: reading " + dataDir.resolve("postgres.secret") + " (permission denied)");
        } catch (Exception other) {
            System.out.println("refused: reading the secret: " + other);
        }
        try (var entries = Files.list(dataDir)) {
            System.out.println("LISTED the data directory: " + entries.count() + " entries");
            held = false;
        } catch (Exception denied) {
            System.out.println("refused: listing " + dataDir + " (" + denied.getClass().getSimpleName() + ")");
        }
        Path socket = Path.of("/tmp/.s.PGSQL." + port);
        if (Files.exists(socket)) {
            System.out.println("FOUND a Unix socket " + socket);
            held = false;
        } else {
            System.out.println("no Unix socket " + socket);
        }
        System.exit(held ? 0 : 1);
    }
}
