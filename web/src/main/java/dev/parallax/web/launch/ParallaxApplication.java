package dev.parallax.web.launch;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;

/** Runs inside Quarkus once it is up: serves until stopped, or runs one import/demo load and exits. */
public final class ParallaxApplication implements QuarkusApplication {
    /** Set by the {@link Launcher} before Quarkus starts; same class loader, same JVM. */
    static volatile LaunchRequest request = new LaunchRequest.Serve();

    @Override
    public int run(String... args) {
        LaunchRequest current = request;
        if (current instanceof LaunchRequest.Import importing) {
            return commandLine().importPaths(importing.paths(), importing.outlet());
        }
        if (current instanceof LaunchRequest.Demo) {
            return commandLine().loadDemo();
        }
        Quarkus.waitForExit();
        return 0;
    }

    private static CommandLineImport commandLine() {
        return Arc.container().instance(CommandLineImport.class).get();
    }
}
