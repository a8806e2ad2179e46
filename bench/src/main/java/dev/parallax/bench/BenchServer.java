package dev.parallax.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application for a bench or drill: {@code quarkus-run.jar serve} on a fresh embedded
 * PostgreSQL in a temporary data directory, on a free port, with a known admin password and the
 * demo corpus off unless the environment given says otherwise. Its log goes next to the data
 * directory. {@link #close()} stops it (SIGTERM: it stops its PostgreSQL) and deletes the directory.
 */
final class BenchServer implements AutoCloseable {
    static final Path JAR = Path.of("web/target/quarkus-app/quarkus-run.jar");

    final Path dataDir;
    final int port;
    final String base;
    final String password;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private Process process;

    private BenchServer(String prefix, String password, Map<String, String> environment, List<String> jvmOptions)
            throws IOException {
        this.dataDir = Files.createTempDirectory(prefix);
        this.port = freePort();
        this.base = "http://localhost:" + port;
        this.password = password;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
    }

    /**
     * JVM options for the server from the system property {@code bench.server.jvm} (space separated),
     * e.g. {@code -Dbench.server.jvm=-XX:StartFlightRecording=delay=40s,duration=20s,filename=x.jfr} to profile it.
     */
    static String[] jvmOptions() {
        String options = System.getProperty("bench.server.jvm", "").strip();
        return options.isEmpty() ? new String[0] : options.split("\\s+");
    }

    /** Exits with a hint when the application was not built. */
    static void requireBuild() {
        if (!Files.exists(JAR)) {
            System.err.println("build first: ./mvnw -q -DskipTests install");
            System.exit(2);
        }
    }

    /** Starts the server and waits until it is ready. */
    static BenchServer start(String prefix, String password, Map<String, String> environment, String... jvmOptions)
            throws IOException, InterruptedException {
        BenchServer server = prepare(prefix, password, environment, jvmOptions);
        server.launch();
        return server;
    }

    /** A data directory and a port, not started yet: {@link #launch()} starts it, as often as needed. */
    static BenchServer prepare(String prefix, String password, Map<String, String> environment, String... jvmOptions)
            throws IOException {
        return new BenchServer(prefix, password, environment, List.of(jvmOptions));
    }

    /** Starts (again) on the same data directory and port, and waits until ready. */
    void launch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().put("PARALLAX_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PARALLAX_ADMIN_PASSWORD", password);
        builder.environment().put("PARALLAX_DEMO_LOAD_ON_EMPTY_START", "false");
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().putAll(environment);
        process = builder.start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
        waitUntilReady();
    }

    Process process() {
        return process;
    }

    Path log() {
        return dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    /** The admin's HTTP Basic header value. */
    String basicAuth() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private void waitUntilReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see " + log());
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
        throw new IllegalStateException("the server did not start within 240 s; see " + log());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        try (var paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One multipart/form-data body with a single file part named "file". */
    static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/x-ndjson\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
