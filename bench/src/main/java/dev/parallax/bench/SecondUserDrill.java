package dev.parallax.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two Unix users on one machine (run as root; a second user {@value #USER} is created with
 * {@code useradd} when missing):
 *
 * <ol>
 *   <li>root's Parallax runs; the second user tries its PostgreSQL without the secret, reads the
 *       secret and lists the data directory ({@link DatabaseProbe}): everything must be refused;</li>
 *   <li>with {@code ${java.io.tmpdir}/uploads} owned by root (created first by "another user"), the
 *       second user's own Parallax must import multipart uploads, through the API and the
 *       {@code /import/files} page.</li>
 * </ol>
 *
 * <pre>
 * ./mvnw -q -DskipTests install
 * java -cp bench/target/classes dev.parallax.bench.SecondUserDrill
 * </pre>
 */
public final class SecondUserDrill {
    static final String USER = "parallax-drill";
    private static final String PASSWORD = "drill-secret";

    private SecondUserDrill() {}

    public static void main(String[] args) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            System.err.println("run as root: the drill starts a server as a second Unix user");
            System.exit(2);
        }
        BenchServer.requireBuild();
        ensureUser();
        Path shared = Path.of(System.getProperty("java.io.tmpdir"), "uploads");
        boolean madeShared = false;
        if (!Files.exists(shared)) {
            Files.createDirectory(shared, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            madeShared = true;
        }
        Path copy = null;
        boolean held;
        try {
            Path app = BenchServer.JAR.getParent().toAbsolutePath();
            Path classes = Path.of("bench/target/classes").toAbsolutePath();
            if (!readableByAll(app) || !readableByAll(classes)) {
                copy = Files.createTempDirectory("parallax-drill-app-");
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
                run(List.of("cp", "-r", app.toString(), copy.resolve("quarkus-app").toString()));
                run(List.of("cp", "-r", classes.toString(), copy.resolve("classes").toString()));
                run(List.of("chmod", "-R", "a+rX", copy.toString()));
                app = copy.resolve("quarkus-app");
                classes = copy.resolve("classes");
            }
            boolean databaseClosed = probeRootsDatabase(app, classes);
            boolean uploadsWork = secondUsersServerImports(app);
            held = databaseClosed && uploadsWork;
        } finally {
            if (madeShared) {
                Files.deleteIfExists(shared);
            }
            if (copy != null) {
                run(List.of("rm", "-rf", copy.toString()));
            }
        }
        System.out.println(held ? "HELD" : "BROKEN");
        System.exit(held ? 0 : 1);
    }

    private static boolean probeRootsDatabase(Path app, Path classes) throws Exception {
        try (BenchServer server = BenchServer.start("parallax-drill-", PASSWORD, Map.of())) {
            int port = Integer.parseInt(Files.readString(server.dataDir.resolve("postgres.port")).strip());
            System.out.printf("root's server on %s, its PostgreSQL on 127.0.0.1:%d, data in %s%n", server.base, port,
                    server.dataDir);
            Path driver;
            try (Stream<Path> jars = Files.list(app.resolve("lib/main"))) {
                driver = jars.filter(p -> p.getFileName().toString().startsWith("org.postgresql.postgresql-"))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no PostgreSQL driver in " + app));
            }
            List<String> probe = asUser(List.of(java(), "-cp", classes + ":" + driver, DatabaseProbe.class.getName(),
                    Integer.toString(port), server.dataDir.toString()));
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean finished = process.waitFor(2, TimeUnit.MINUTES);
            System.out.print(output.lines().map(l -> "  " + USER + ": " + l + "\n").reduce("", String::concat));
            boolean held = finished && process.exitValue() == 0;
            System.out.println("second user reaching root's database: " + (held ? "refused everywhere" : "GOT IN"));
            return held;
        }
    }

    private static boolean secondUsersServerImports(Path app) throws Exception {
        String home = run(List.of("getent", "passwd", USER)).split(":")[5];
        Path dataDir = Path.of("/tmp", "parallax-drill-" + USER + "-" + ProcessHandle.current().pid());
        run(asUser(List.of("mkdir", "-p", dataDir.toString())));
        int port = BenchServer.freePort();
        String base = "http://127.0.0.1:" + port;
        Path log = Files.createTempFile("parallax-drill-second-user-", ".log");
        ProcessBuilder builder = new ProcessBuilder(asUser(List.of(java(), "-jar",
                app.resolve("quarkus-run.jar").toString(), "serve")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("HOME", home);
        env.put("USER", USER);
        env.remove("XDG_CACHE_HOME");
        env.put("PARALLAX_DATA_DIR", dataDir.toString());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("PARALLAX_ADMIN_PASSWORD", PASSWORD);
        env.put("PARALLAX_DEMO_LOAD_ON_EMPTY_START", "false");
        env.remove("QUARKUS_DATASOURCE_JDBC_URL");
        Process server = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            waitUntilReady(http, base, server, log);
            System.out.printf("%s's server on %s, data in %s, while %s belongs to root%n", USER, base, dataDir,
                    Path.of(System.getProperty("java.io.tmpdir"), "uploads"));
            String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            String tag = Long.toString(System.nanoTime());
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/import"))
                    .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=drill")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(tag, "api"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/import/files"))
                    .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=drill")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(tag, "page"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf("POST /api/articles/import (2 files): %d %s%n", api.statusCode(),
                    api.body().length() > 160 ? api.body().substring(0, 160) + "..." : api.body());
            System.out.printf("POST /import/files (2 files): %d%n", page.statusCode());
            boolean held = api.statusCode() == 200 && api.body().contains("\"created\":[{") && page.statusCode() == 200
                    && page.body().contains("2 new");
            System.out.println("second user's server importing uploads: " + (held ? "works" : "FAILS (see " + log + ")"));
            return held;
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            run(asUser(List.of("rm", "-rf", dataDir.toString())));
        }
    }

    private static byte[] multipart(String tag, String via) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 2; i++) {
            String text = "outlet: Second User Wire\ntitle: Report " + via + " " + i + "\npublished: 2024-05-0" + (i + 1)
                    + "\n---\nThe ferry service resumed on " + via + " day " + i + " after " + tag
                    + " passengers had waited at the pier for the storm to pass.\n";
            out.writeBytes(("--drill\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report-" + i
                    + ".txt\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("--drill--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void waitUntilReady(HttpClient http, String base, Process server, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the second user's server exited with " + server.exitValue() + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("the second user's server did not start within 240 s; see " + log);
    }

    private static void ensureUser() throws Exception {
        if (new ProcessBuilder("id", USER).start().waitFor() != 0) {
            run(List.of("useradd", "--create-home", "--shell", "/usr/sbin/nologin", USER));
            System.out.println("created the Unix user " + USER);
        }
    }

    /** The command run as the second user: setpriv execs it (no shell, no session), so signals reach it. */
    private static List<String> asUser(List<String> command) {
        List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=" + USER, "--regid=" + USER, "--init-groups", "--"));
        full.addAll(command);
        return full;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Every folder up to {@code path} may be entered by anyone, and {@code path} read. */
    private static boolean readableByAll(Path path) throws IOException {
        for (Path p = path.toRealPath(); p != null; p = p.getParent()) {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            if ((mode & 0001) == 0) {
                return false;
            }
        }
        return true;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
        return output.strip();
    }
}
