package dev.parallax.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins (HTTP Basic and the login form) per user name and per client address in
 * a sliding window. Past the limit, every further try is refused, right or wrong, until the
 * oldest failure leaves the window. Kept in memory: a restart forgets, which only helps a user
 * who locked himself out.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    /** Where {@code parallax unlock} leaves its requests: {@code <data dir>/unlock-sign-ins}; null when unknown. */
    private volatile java.nio.file.Path unlockRequests;

    @Inject
    public LoginThrottle(SecurityConfig config,
                         @org.eclipse.microprofile.config.inject.ConfigProperty(name = "parallax.data-dir")
                         Optional<String> dataDir) {
        this(Clock.systemUTC(), config.login().maxFailures(), config.login().maxFailuresPerAddress(),
                config.login().window());
        this.unlockRequests = dataDir.map(d -> java.nio.file.Path.of(d).resolve(UNLOCK_FILE)).orElse(null);
    }

    /** The file name {@code parallax unlock} appends to in the data directory. */
    public static final String UNLOCK_FILE = "unlock-sign-ins";

    LoginThrottle(Clock clock, int maxPerUser, int maxPerAddress, Duration window) {
        this.clock = clock;
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** How long to wait before {@code username} may try again from {@code address}; empty when it may now. */
    public Optional<Duration> blocked(String username, String address) {
        Instant now = clock.instant();
        if (!failures.isEmpty()) {
            applyUnlockRequests();
        }
        Optional<Duration> byUser = wait(userKey(username), maxPerUser, now);
        Optional<Duration> byAddress = wait(addressKey(address), maxPerAddress, now);
        if (byUser.isPresent() && byAddress.isPresent()) {
            return Optional.of(byUser.get().compareTo(byAddress.get()) >= 0 ? byUser.get() : byAddress.get());
        }
        return byUser.isPresent() ? byUser : byAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    /** A correct sign-in clears the user's failures (not the address's: one good account must not unlock guessing). */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    /** Where to look for unlock requests (the launcher's data directory; tests use their own). */
    void unlockRequestsFrom(java.nio.file.Path file) {
        this.unlockRequests = file;
    }

    /** Forgets the failures of one user name ({@code user NAME}), one address ({@code address IP}) or all ({@code all}). */
    public void unlock(String request) {
        String line = request.strip();
        if (line.equals("all")) {
            failures.clear();
        } else if (line.startsWith("user ")) {
            failures.remove(userKey(line.substring(5).strip()));
        } else if (line.startsWith("address ")) {
            failures.remove(addressKey(line.substring(8).strip()));
        }
    }

    /**
     * Requests {@code parallax unlock} wrote to the data directory (an admin locked out has no
     * other way in): applied once, then the file is removed. A stat per refused or counted try.
     */
    private void applyUnlockRequests() {
        java.nio.file.Path file = unlockRequests;
        if (file == null || !java.nio.file.Files.exists(file)) {
            return;
        }
        try {
            java.nio.file.Path taken = file.resolveSibling(UNLOCK_FILE + ".applying");
            java.nio.file.Files.move(file, taken, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            for (String line : java.nio.file.Files.readAllLines(taken)) {
                unlock(line);
            }
            java.nio.file.Files.deleteIfExists(taken);
        } catch (java.io.IOException e) {
            // another thread took it, or it vanished: nothing to apply
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private Optional<Duration> wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            // Free again when enough of the oldest failures have left the window.
            Instant nth = times.stream().skip(times.size() - max).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, nth.plus(window)));
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
