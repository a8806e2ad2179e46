package dev.parallax.web.launch;

import io.quarkus.runtime.annotations.QuarkusMain;

/** Entry point of {@code quarkus-run.jar}: the launcher decides whether and how Quarkus starts. */
@QuarkusMain
public final class ParallaxMain {
    private ParallaxMain() {}

    public static void main(String... args) {
        int code = new Launcher(System.out, System.err, System.getenv()).run(args);
        System.exit(code);
    }
}
