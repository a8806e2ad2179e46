package dev.parallax.web.launch;

import java.nio.file.Path;
import java.util.List;

/** What the running Quarkus application is asked to do once it is up. */
public sealed interface LaunchRequest {
    record Serve() implements LaunchRequest {}

    record Import(List<Path> paths, String outlet) implements LaunchRequest {}

    /** Load the demo corpus, or with {@code remove} take it out again. */
    record Demo(boolean remove) implements LaunchRequest {}

    /** Back up the whole workspace to {@code file} (gzip when it ends in .gz). */
    record Export(Path file, boolean force) implements LaunchRequest {}

    /** Restore a backup into an empty database. */
    record Restore(Path file) implements LaunchRequest {}
}
