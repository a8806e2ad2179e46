package dev.parallax.web.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real PostgreSQL whose cluster lives in {@code <dataDir>/pgdata} and survives restarts.
 * The data directory (0700) is locked first (see {@link DataDirectoryLock}); the port is remembered
 * so a restart lands on the same one when it is free. Nobody connects without the password in
 * {@code <dataDir>/postgres.secret} ({@link ClusterAuthentication}); the binaries are unpacked
 * where only this user can write ({@link PostgresBinaries}).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "parallax";
    public static final String USER = "postgres";

    /** Longest pause between two tries to start a PostgreSQL that stopped. */
    static final Duration MAX_RESTART_PAUSE = Duration.ofSeconds(30);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres.Builder builder;
    private final Path pgdata;
    private final Path log;
    private final String secret;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closed;
    private boolean stopped;
    private final java.util.concurrent.atomic.AtomicInteger restarts = new java.util.concurrent.atomic.AtomicInteger();

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres.Builder builder, EmbeddedPostgres postgres,
                             Path pgdata, Path log, String secret) {
        this.lock = lock;
        this.builder = builder;
        this.postgres = postgres;
        this.pgdata = pgdata;
        this.log = log;
        this.secret = secret;
        supervise();
    }

    /**
     * When the postmaster exits while Parallax runs (killed, crashed, stopped by hand), start it
     * again on the same port and cluster, pausing 0.5 s, 1 s, 2 s ... up to 30 s between tries, so
     * the connection pool heals by itself (requests answer 503 meanwhile) without a restart of
     * Parallax.
     */
    private void supervise() {
        postmasterPid().flatMap(ProcessHandle::of).ifPresent(postmaster -> postmaster.onExit()
                .thenRun(() -> {
                    if (!closed) {
                        Thread restart = new Thread(() -> restart(postmaster.pid()), "parallax-restart-postgres");
                        restart.setDaemon(true);
                        restart.start();
                    }
                }));
    }

    private void restart(long deadPid) {
        note("PostgreSQL (pid " + deadPid + ") stopped while Parallax runs; starting it again");
        long pauseMs = 500;
        while (!closed) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                try {
                    try {
                        postgres.close(); // releases the library's lock on the cluster; nothing left to stop
                    } catch (IOException | RuntimeException ignored) {
                        // it is gone already
                    }
                    postgres = builder.start();
                    restarts.incrementAndGet();
                    note("PostgreSQL started again on port " + postgres.getPort());
                    supervise();
                    return;
                } catch (IOException | RuntimeException e) {
                    note("PostgreSQL did not start again (" + e.getMessage() + "); next try in " + pauseMs + " ms");
                }
            }
            try {
                Thread.sleep(pauseMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pauseMs = Math.min(pauseMs * 2, MAX_RESTART_PAUSE.toMillis());
        }
    }

    /** How often PostgreSQL was started again after it stopped. */
    public int restarts() {
        return restarts.get();
    }

    private java.util.Optional<Long> postmasterPid() {
        try {
            return Files.readAllLines(pgdata.resolve("postmaster.pid")).stream().findFirst().map(String::strip)
                    .filter(v -> v.matches("\\d+")).map(Long::parseLong);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private void note(String message) {
        System.err.println("parallax: " + message);
        try {
            Files.writeString(log, "parallax: " + message + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the console has it
        }
    }

    /** Locks {@code dataDir}, starts PostgreSQL on its cluster (creating it the first time). */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, System.getenv());
    }

    static EmbeddedDatabase start(Path dataDir, Map<String, String> env) {
        try {
            OwnerOnly.directory(dataDir);
        } catch (IOException e) {
            throw new LaunchException("cannot use data directory " + dataDir + ": " + e.getMessage(), e);
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        try {
            Path pgdata = dataDir.resolve("pgdata");
            stopOrphanedPostmaster(pgdata);
            // zonky logs initdb and start-up chatter at INFO; the log file below has the details.
            Logger.getLogger("io.zonky").setLevel(Level.WARNING);
            Path log = dataDir.resolve("postgres.log");
            String secret = DatabaseSecret.readOrCreate(dataDir);
            PostgresBinaries binaries = PostgresBinaries.prepare(dataDir, env);
            ClusterAuthentication.secure(binaries, pgdata, dataDir.resolve(DatabaseSecret.FILE), secret, log);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                    .setDataDirectory(pgdata)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(choosePort(dataDir))
                    // the library checks the server is up with a connection of its own: it needs the password too
                    .setConnectConfig("password", secret)
                    // the library's defaults suit throwaway test databases (fsync off, asynchronous
                    // commit); this one holds people's reviews, so a commit must reach the disk
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            ClusterAuthentication.serverSettings(pgdata).forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            createDatabase(postgres.getPort(), secret);
            Files.writeString(dataDir.resolve("postgres.port"), Integer.toString(postgres.getPort()),
                    StandardCharsets.UTF_8);
            lock.record(postgres.getPort());
            return new EmbeddedDatabase(lock, builder, postgres, pgdata, log, secret);
        } catch (IOException | SQLException | RuntimeException e) {
            lock.close();
            if (e instanceof LaunchException launch) {
                throw launch;
            }
            throw new LaunchException("cannot start the embedded PostgreSQL in " + dataDir.resolve("pgdata")
                    + ": " + e.getMessage() + " (see " + dataDir.resolve("postgres.log") + ")", e);
        }
    }

    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** URL, user and password; the password is the data directory's {@link DatabaseSecret}. */
    public DatabaseSettings settings() {
        return new DatabaseSettings(jdbcUrl(postgres.getPort()), USER, secret);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        closed = true; // first, so the supervisor does not start what is being stopped
        synchronized (this) {
            stop();
        }
    }

    private void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("parallax: could not stop PostgreSQL cleanly: " + e.getMessage());
        } finally {
            lock.close();
        }
    }

    /** The port used last time if it is still free, otherwise any free one. */
    private static int choosePort(Path dataDir) throws IOException {
        Path recorded = dataDir.resolve("postgres.port");
        if (Files.exists(recorded)) {
            try {
                int port = Integer.parseInt(Files.readString(recorded).strip());
                if (isFree(port)) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // fall through to a fresh port
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A Parallax killed with SIGKILL leaves its postgres running. We hold the lock, so that
     * postgres is ours and nobody uses it: stop it, or the cluster cannot start.
     */
    private static void stopOrphanedPostmaster(Path pgdata) throws IOException {
        Path pidFile = pgdata.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = Files.readAllLines(pidFile).stream().findFirst().map(String::strip)
                .filter(s -> s.matches("\\d+")).map(Long::parseLong);
        Optional<ProcessHandle> postmaster = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (postmaster.isPresent()) {
            postmaster.get().destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, then we wait
            try {
                postmaster.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new LaunchException("an earlier PostgreSQL (pid " + pid.get() + ") on " + pgdata
                        + " does not stop; stop it and try again");
            }
        }
    }

    private static void createDatabase(int port, String secret) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, USER, secret);
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        }
    }
}
