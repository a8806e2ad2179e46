package dev.parallax.web.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Makes the cluster in {@code pgdata} refuse every connection that does not bring the data
 * directory's secret, before PostgreSQL listens on anything:
 *
 * <ul>
 *   <li>a new cluster is created with SCRAM-SHA-256 and the secret as the superuser's password
 *       (initdb {@code --pwfile}), so it never trusts anyone, not even during its first start;</li>
 *   <li>a cluster created by an older Parallax (initialised with {@code trust}) or whose password is
 *       not the current secret gets the secret as its password in single-user mode (no socket, no
 *       port) before it is started;</li>
 *   <li>pg_hba.conf is ours: SCRAM-SHA-256 on the loopback addresses and nothing else; the server
 *       listens on 127.0.0.1 only and opens no Unix socket.</li>
 * </ul>
 */
final class ClusterAuthentication {
    static final String SUPERUSER = "postgres";
    static final String HBA_FILE = "pg_hba.conf";
    static final String FINGERPRINT_MARK = "# parallax-secret-sha256: ";

    private ClusterAuthentication() {}

    /** Server settings that go with it, given on the command line so no conf file can override them. */
    static Map<String, String> serverSettings(Path pgdata) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("listen_addresses", "127.0.0.1");
        settings.put("unix_socket_directories", "''"); // pg_ctl hands the options to a shell: '' is empty
        settings.put("password_encryption", "scram-sha-256");
        String hba = pgdata.resolve(HBA_FILE).toString();
        if (hba.matches("[A-Za-z0-9_./+:@%=,-]+")) {
            settings.put("hba_file", hba); // an ALTER SYSTEM SET hba_file from the past cannot move it elsewhere
        }
        return settings;
    }

    /** Prepares {@code pgdata} so that only {@code secret} opens it; creates the cluster the first time. */
    static void secure(PostgresBinaries binaries, Path pgdata, Path secretFile, String secret, Path log) throws IOException {
        if (!Files.exists(pgdata.resolve("postgresql.conf"))) {
            initdb(binaries, pgdata, secretFile, log);
        } else if (!DatabaseSecret.fingerprint(secret).equals(recordedFingerprint(pgdata))) {
            setPassword(binaries, pgdata, secret, log);
            appendLog(log, "parallax: the cluster now requires the password in " + secretFile + " for every connection");
        }
        writeHba(pgdata, secret);
    }

    private static void initdb(PostgresBinaries binaries, Path pgdata, Path secretFile, Path log) throws IOException {
        if (Files.isDirectory(pgdata)) {
            try (Stream<Path> entries = Files.list(pgdata)) {
                if (entries.findAny().isPresent()) {
                    throw new LaunchException(pgdata + " holds files but no PostgreSQL cluster (no postgresql.conf); "
                            + "move them away and start again");
                }
            }
        }
        PostgresBinaries.Result result = binaries.run(binaries.command("initdb",
                "--auth=scram-sha-256", "--pwfile=" + secretFile, "--username=" + SUPERUSER,
                "--pgdata=" + pgdata, "--encoding=UTF-8"), null);
        appendLog(log, result.output());
        if (result.exitCode() != 0) {
            throw new LaunchException("cannot create the PostgreSQL cluster in " + pgdata + ": initdb exited with "
                    + result.exitCode() + " (see " + log + ")");
        }
    }

    /** Single-user mode: no network, no socket, nobody else connected; the password is never logged. */
    private static void setPassword(PostgresBinaries binaries, Path pgdata, String secret, Path log) throws IOException {
        PostgresBinaries.Result result = binaries.run(binaries.command("postgres", "--single",
                "-D", pgdata.toString(), "-c", "password_encryption=scram-sha-256", "-c", "log_statement=none",
                "postgres"), "ALTER ROLE " + SUPERUSER + " WITH LOGIN PASSWORD '" + secret + "';\n");
        String output = result.output().replace(secret, "********");
        if (result.exitCode() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
            appendLog(log, output);
            throw new LaunchException("cannot set the database password of " + pgdata + " (single-user PostgreSQL "
                    + "exited with " + result.exitCode() + "; see " + log + ")");
        }
    }

    static String recordedFingerprint(Path pgdata) throws IOException {
        Path hba = pgdata.resolve(HBA_FILE);
        if (!Files.exists(hba)) {
            return null;
        }
        List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
        return lines.stream().filter(l -> l.startsWith(FINGERPRINT_MARK))
                .map(l -> l.substring(FINGERPRINT_MARK.length()).strip()).findFirst().orElse(null);
    }

    private static void writeHba(Path pgdata, String secret) throws IOException {
        String text = """
                # Written by Parallax on every start; edits are replaced.
                # Every connection must bring the password kept in the data directory's postgres.secret
                # (SCRAM-SHA-256). PostgreSQL listens on 127.0.0.1 only and opens no Unix socket;
                # nothing is trusted.
                %s%s
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """.formatted(FINGERPRINT_MARK, DatabaseSecret.fingerprint(secret));
        Path partial = pgdata.resolve(HBA_FILE + ".partial");
        Files.deleteIfExists(partial);
        OwnerOnly.createFile(partial, text.getBytes(StandardCharsets.UTF_8));
        Files.move(partial, pgdata.resolve(HBA_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void appendLog(Path log, String text) throws IOException {
        if (!text.isBlank()) {
            Files.writeString(log, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
