package dev.parallax.web.launch;

import dev.parallax.web.service.WorkspaceBackup;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;

/** {@code parallax export FILE} and {@code parallax restore FILE} once Quarkus is up. */
@ApplicationScoped
@Unremovable
public class CommandLineBackup {
    private final DataSource dataSource;

    public CommandLineBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes next to {@code file} first and moves it in place, so a failed export leaves no half file. */
    public int export(Path file, boolean force, PrintStream out, PrintStream err) {
        if (Files.exists(file) && !force) {
            err.println("parallax: " + file + ": already exists; choose another name or add --force");
            return 1;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Connection connection = dataSource.getConnection()) {
            WorkspaceBackup.Summary summary;
            try (OutputStream raw = Files.newOutputStream(partial);
                 OutputStream target = isGzip(file) ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                summary = WorkspaceBackup.export(connection, target);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.printf("exported %d rows of %d tables to %s%n", summary.rows(), summary.tables(), file);
            return 0;
        } catch (IOException | SQLException e) {
            err.println("parallax: " + file + ": " + e.getMessage());
            return 1;
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    public int restore(Path file, PrintStream out, PrintStream err) {
        try (InputStream in = open(file); Connection connection = dataSource.getConnection()) {
            WorkspaceBackup.Summary summary = WorkspaceBackup.restore(connection, in);
            out.printf("restored %d rows of %d tables from %s%n", summary.rows(), summary.tables(), file);
            return 0;
        } catch (WorkspaceBackup.Refused e) {
            err.println("parallax: " + file + ": " + e.getMessage());
            return 1;
        } catch (IOException | SQLException e) {
            err.println("parallax: " + file + ": " + firstLine(e.getMessage()) + " (nothing was restored)");
            return 1;
        }
    }

    /** Plain or gzip, whatever the name says: gzip files start with 1f 8b. */
    static InputStream open(Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static boolean isGzip(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    private static String firstLine(String message) {
        return message == null ? "failed" : message.lines().findFirst().orElse(message);
    }
}
