package dev.parallax.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sliding window, on a clock the test moves by hand. */
class LoginThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, Duration.ofMinutes(15));

    @Test
    void theSixthTryWaitsUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.blocked("ana", "10.0.0.1").isEmpty());
            throttle.failed("ana", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        // failures at minutes 0..4, now minute 5: the first leaves the window at minute 15
        assertEquals(Optional.of(Duration.ofMinutes(10)), throttle.blocked("ana", "10.0.0.2"));
        assertEquals(Optional.of(Duration.ofMinutes(10)), throttle.blocked("ANA", "10.0.0.2"));
        assertTrue(throttle.blocked("bob", "10.0.0.2").isEmpty());
        clock.advance(Duration.ofMinutes(10));
        assertTrue(throttle.blocked("ana", "10.0.0.1").isEmpty());
    }

    @Test
    void oneAddressGuessingManyNamesIsStoppedToo() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertTrue(throttle.blocked("someone-else", "10.0.0.9").isPresent());
        assertTrue(throttle.blocked("someone-else", "10.0.0.8").isEmpty());
    }

    @Test
    void successClearsTheUserButNotTheAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("carol", "10.0.0.7");
        }
        throttle.succeeded("carol");
        assertTrue(throttle.blocked("carol", "10.0.0.6").isEmpty());
        assertTrue(throttle.blocked("carol", "10.0.0.7").isPresent());
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void anAdminLockedOutIsUnlockedFromTheCommandLineThroughTheDataDirectory(@org.junit.jupiter.api.io.TempDir
                                                                            java.nio.file.Path dataDir) throws Exception {
        throttle.unlockRequestsFrom(dataDir.resolve(LoginThrottle.UNLOCK_FILE));
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess-" + i, "10.0.0.9");
        }
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        org.junit.jupiter.api.Assertions.assertTrue(throttle.blocked("admin", "10.0.0.9").isPresent());

        var out = new java.io.ByteArrayOutputStream();
        int code = new dev.parallax.web.launch.Launcher(new java.io.PrintStream(out, true), System.err,
                java.util.Map.of("PARALLAX_DATA_DIR", dataDir.toString()))
                .run("unlock", "--user", "admin", "--address", "10.0.0.9");
        org.junit.jupiter.api.Assertions.assertEquals(0, code);
        org.junit.jupiter.api.Assertions.assertTrue(out.toString().startsWith("unlock requested: user admin, address 10.0.0.9"),
                out.toString());

        org.junit.jupiter.api.Assertions.assertTrue(throttle.blocked("admin", "10.0.0.9").isEmpty(), "unlocked");
        org.junit.jupiter.api.Assertions.assertTrue(throttle.blocked("guess-3", "10.0.0.2").isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(!java.nio.file.Files.exists(dataDir.resolve(LoginThrottle.UNLOCK_FILE)),
                "the request is applied once");
    }
}
