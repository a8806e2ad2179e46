package dev.parallax.web.launch;

import io.quarkus.runtime.Quarkus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/**
 * Parses the command line and runs it. Commands that need the database (serve, import, demo) get
 * it ready first, then start Quarkus with the JDBC settings as system properties; analyze, compare
 * and eval run on their own, without database or Quarkus. Every failure the user can fix is one
 * line on stderr, {@code parallax: <reason>}, and a non-zero exit code.
 */
public final class Launcher {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public Launcher(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public int run(String... args) {
        CommandLine commandLine = new CommandLine(new ParallaxCommand(this));
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof LaunchException) {
                err.println("parallax: " + ex.getMessage());
            } else {
                err.println("parallax: " + ex);
                if (env.containsKey("PARALLAX_DEBUG")) {
                    ex.printStackTrace(err);
                }
            }
            return 1;
        });
        return commandLine.execute(args);
    }

    /** {@code $PARALLAX_DATA_DIR}, or {@code ~/.parallax}. */
    public Path dataDir() {
        String configured = env.get("PARALLAX_DATA_DIR");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".parallax");
        return dir.toAbsolutePath().normalize();
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Prepares the database, runs Quarkus with {@code request}, stops what it started. */
    int runWithDatabase(LaunchRequest request) {
        boolean serving = request instanceof LaunchRequest.Serve;
        DatabaseSetup.Prepared database = DatabaseSetup.prepare(env, dataDir(), !serving, err);
        if (serving) {
            Path uploads = uploadsDirectory(env, dataDir(), database.embedded() != null);
            if (uploads != null) {
                System.setProperty("quarkus.http.body.uploads-directory", uploads.toString());
            }
        }
        CountDownLatch quarkusStopped = new CountDownLatch(1);
        // On Ctrl-C / SIGTERM Quarkus stops in its own hook; PostgreSQL must outlive it, then stop.
        Thread stopDatabase = new Thread(() -> {
            try {
                quarkusStopped.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            database.close();
        }, "parallax-stop-database");
        Runtime.getRuntime().addShutdownHook(stopDatabase);
        try {
            System.setProperty("parallax.launch", launchName(request));
            System.setProperty("parallax.data-dir", dataDir().toString());
            if (!serving) {
                // One-shot commands: no HTTP port to fight over, and only warnings on the console.
                System.setProperty("quarkus.http.host-enabled", "false");
                System.setProperty("quarkus.banner.enabled", "false");
                System.setProperty("quarkus.log.level", "WARN");
            }
            ParallaxApplication.request = request;
            AtomicInteger exitCode = new AtomicInteger();
            Quarkus.run(ParallaxApplication.class, (code, failure) -> {
                exitCode.set(code);
                if (failure != null) {
                    // a start that fails must say why, in one line, not exit silently
                    System.err.println("parallax: cannot start: " + reason(failure));
                }
            }, new String[0]);
            return exitCode.get();
        } finally {
            quarkusStopped.countDown();
            database.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopDatabase);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
        }
    }

    /**
     * Multipart uploads are written to {@code <dataDir>/uploads} (0700), never to a folder in the
     * shared temp directory that another user may have created first. Leftovers of a killed server
     * are removed when this process owns the data directory.
     */
    static Path uploadsDirectory(Map<String, String> env, Path dataDir, boolean ownsDataDir) {
        if (env.containsKey("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY")
                || System.getProperty("quarkus.http.body.uploads-directory") != null) {
            return null; // configured by hand
        }
        Path uploads = dataDir.resolve("uploads");
        try {
            OwnerOnly.directory(dataDir);
            OwnerOnly.directory(uploads);
            if (ownsDataDir) {
                try (var leftovers = java.nio.file.Files.list(uploads)) {
                    for (Path leftover : leftovers.toList()) {
                        java.nio.file.Files.deleteIfExists(leftover);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new LaunchException("cannot use " + uploads + " for uploads: " + e.getMessage(), e);
        }
        return uploads;
    }

    /** The innermost cause's message: what went wrong, not the layers it travelled through. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return (message == null || message.isBlank() ? cause.getClass().getSimpleName() : message)
                .lines().findFirst().orElse("").strip();
    }

    private static String launchName(LaunchRequest request) {
        if (request instanceof LaunchRequest.Import) {
            return "import";
        }
        if (request instanceof LaunchRequest.Export) {
            return "export";
        }
        if (request instanceof LaunchRequest.Restore) {
            return "restore";
        }
        return request instanceof LaunchRequest.Demo ? "demo" : "serve";
    }
}
