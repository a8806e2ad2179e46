package dev.parallax.web.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Everything under {@code parallax.security.*}; see docs/security.md. */
@ConfigMapping(prefix = "parallax.security")
public interface SecurityConfig {

    /** Let anyone read (GET and {@link ReadOnly} endpoints) without signing in. Writes never are public. */
    @WithDefault("false")
    boolean publicReads();

    Session session();

    Login login();

    interface Session {
        /** How long a page session lasts after signing in. */
        @WithDefault("PT8H")
        Duration maxAge();

        /** Name of the session cookie. */
        @WithDefault("parallax_session")
        String cookie();
    }

    interface Login {
        /** Failed sign-ins for one user name within {@link #window()} before further tries get 429. */
        @WithDefault("5")
        int maxFailures();

        /** Failed sign-ins from one client address within {@link #window()} before further tries get 429. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("PT15M")
        Duration window();
    }
}
