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

    @Inject
    public LoginThrottle(SecurityConfig config) {
        this(Clock.systemUTC(), config.login().maxFailures(), config.login().maxFailuresPerAddress(),
                config.login().window());
    }

    LoginThrottle(Clock clock, int maxPerUser, int maxPerAddress, Duration window) {
        this.clock = clock;
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** How long to wait before {@code username} may try again from {@code address}; empty when it may now. */
    public Optional<Duration> blocked(String username, String address) {
        Instant now = clock.instant();
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
