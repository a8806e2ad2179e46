package dev.parallax.web.launch;

import java.nio.file.Path;
import java.util.List;

/** What the running Quarkus application is asked to do once it is up. */
public sealed interface LaunchRequest {
    record Serve() implements LaunchRequest {}

    record Import(List<Path> paths, String outlet) implements LaunchRequest {}

    record Demo() implements LaunchRequest {}
}
