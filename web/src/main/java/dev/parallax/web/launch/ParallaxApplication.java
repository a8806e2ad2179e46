package dev.parallax.web.launch;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;

/** Runs inside Quarkus once it is up: serves until stopped, or runs one import, demo load, export or restore and exits. */
public final class ParallaxApplication implements QuarkusApplication {
    /** Set by the {@link Launcher} before Quarkus starts; same class loader, same JVM. */
    static volatile LaunchRequest request = new LaunchRequest.Serve();

    @Override
    public int run(String... args) {
        LaunchRequest current = request;
        if (current instanceof LaunchRequest.Import importing) {
            return commandLine().importPaths(importing.paths(), importing.outlet());
        }
        if (current instanceof LaunchRequest.Demo demo) {
            return demo.remove() ? commandLine().removeDemo() : commandLine().loadDemo();
        }
        if (current instanceof LaunchRequest.Export export) {
            return backup().export(export.file(), export.force(), System.out, System.err);
        }
        if (current instanceof LaunchRequest.Restore restore) {
            return backup().restore(restore.file(), System.out, System.err);
        }
        Quarkus.waitForExit();
        return 0;
    }

    private static CommandLineBackup backup() {
        return Arc.container().instance(CommandLineBackup.class).get();
    }

    private static CommandLineImport commandLine() {
        return Arc.container().instance(CommandLineImport.class).get();
    }
}
