package dev.parallax.web.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Everything under {@code parallax.*}; see docs/configuration.md. */
@ConfigMapping(prefix = "parallax")
public interface ParallaxConfig {

    /** How the launcher started us: serve, import, demo, export or restore (set by the launcher; serve otherwise). */
    @WithDefault("serve")
    String launch();

    /** The data directory, set by the launcher (unset in tests and with no launcher). */
    @WithName("data-dir")
    Optional<String> dataDir();

    /**
     * Where people reach this server, e.g. {@code https://parallax.example.org/}: the base of every
     * absolute link Parallax writes (exports). Never taken from a request's Host header, which
     * anyone can set.
     */
    @WithName("public-base-url")
    @WithDefault("http://localhost:8080/")
    String publicBaseUrl();

    @WithName("import")
    Import imports();

    Demo demo();

    Admin admin();

    Api api();

    interface Import {
        /** Largest single article (its text or HTML, in bytes). */
        @WithDefault("2M")
        MemorySize maxArticleBytes();

        /** Largest number of articles one request may carry. */
        @WithDefault("10000")
        int maxArticlesPerRequest();

        /** Articles stored per transaction during a large import. */
        @WithDefault("500")
        int batchSize();

        /**
         * How many of an outlet's most recently published stored articles the import learns that
         * outlet's boilerplate from, together with the articles being imported; 0 learns from the
         * imported articles alone.
         */
        @WithDefault("50")
        int outletBoilerplateHistory();
    }

    interface Demo {
        /** Load the demo corpus when {@code serve} starts on a database with no articles. */
        @WithDefault("true")
        boolean loadOnEmptyStart();

        /** Class-path folder holding index.txt and the articles it lists. */
        @WithDefault("demo")
        String location();
    }

    interface Admin {
        @WithDefault("admin")
        String username();

        /** From PARALLAX_ADMIN_PASSWORD; when absent a password is generated once and printed. */
        Optional<String> password();
    }

    interface Api {
        @WithDefault("20")
        int defaultPageSize();

        @WithDefault("200")
        int maxPageSize();
    }
}
