package dev.parallax.web.security;

import dev.parallax.db.UserEntity;
import dev.parallax.db.UserRepository;
import dev.parallax.web.config.ParallaxConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks passwords and keeps the first admin. The admin's password comes from
 * PARALLAX_ADMIN_PASSWORD; without it, the first start generates one, prints it once and keeps
 * only the bcrypt hash.
 */
@ApplicationScoped
public class AccountService {
    static final int BCRYPT_COST = 10;
    private static final int MAX_REMEMBERED = 10_000;
    static final Duration REMEMBER = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the user does not exist, so both cases take a bcrypt's time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no such user", BCRYPT_COST);

    private final UserRepository users;
    private final ParallaxConfig config;
    private final TransactionSynchronizationRegistry transactions;
    /**
     * Credentials checked lately, by SHA-256 of user name and password: HTTP Basic sends them with
     * every request, and neither ~50 ms of bcrypt nor a database read per request is affordable
     * under load. Within {@link #REMEMBER} an entry answers alone; after it, the user is read again
     * and bcrypt runs only if the stored hash changed. A password or role change or a deletion here
     * forgets the user at once; on another instance sharing the database, within {@link #REMEMBER}.
     */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Account account, String passwordHash, long until) {}

    public AccountService(UserRepository users, ParallaxConfig config, TransactionSynchronizationRegistry transactions) {
        this.users = users;
        this.config = config;
        this.transactions = transactions;
    }

    @Transactional
    void ensureAdmin(@Observes StartupEvent started) {
        if ("restore".equals(config.launch())) {
            return; // restore needs an empty database; the backup brings its own users
        }
        String username = config.admin().username();
        UserEntity admin = users.findByUsername(username).orElse(null);
        String configured = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (admin == null) {
            admin = new UserEntity();
            admin.username = username;
            admin.role = Role.ADMIN.label();
            String password = configured;
            if (password == null) {
                password = generateSecret(18);
                System.out.println("parallax: created user '" + username + "' with password " + password
                        + " (shown once; set PARALLAX_ADMIN_PASSWORD to choose your own)");
            }
            admin.passwordHash = hash(password);
            users.persist(admin);
        } else if (configured != null && !BcryptUtil.matches(configured, admin.passwordHash)) {
            // PARALLAX_ADMIN_PASSWORD wins over what was stored before.
            admin.passwordHash = hash(configured);
        }
    }

    /** The account these credentials belong to, or empty when the user is unknown or the password wrong. */
    public Optional<Account> authenticate(String username, String password) {
        String key = Secrets.sha256(username + '\0' + password);
        Verified known = verified.get(key);
        if (known != null && System.nanoTime() - known.until() < 0) {
            return Optional.of(known.account());
        }
        return QuarkusTransaction.joiningExisting().call(() -> check(key, known, username, password));
    }

    private Optional<Account> check(String key, Verified known, String username, String password) {
        UserEntity user = users.findByUsername(username).orElse(null);
        if (user == null) {
            BcryptUtil.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        boolean sameHash = known != null && user.passwordHash.equals(known.passwordHash());
        if (!sameHash && !BcryptUtil.matches(password, user.passwordHash)) {
            verified.remove(key);
            return Optional.empty();
        }
        Optional<Account> account = account(user);
        if (account.isEmpty()) {
            verified.remove(key);
            return account;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(key, new Verified(account.get(), user.passwordHash, System.nanoTime() + REMEMBER.toNanos()));
        return account;
    }

    /**
     * Forgets what was verified for this user, now and again when the current transaction ends
     * (so a request that read the old row meanwhile does not bring it back).
     */
    void forget(String username) {
        verified.values().removeIf(v -> v.account().username().equals(username));
        if (transactions != null && transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    verified.values().removeIf(v -> v.account().username().equals(username));
                }
            });
        }
    }

    static Optional<Account> account(UserEntity user) {
        // A role this version does not know grants nothing rather than failing every request.
        return Role.parse(user.role).map(role -> new Account(user.id, user.username, role));
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    /** {@code bytes} random bytes, URL-safe Base64 without padding. */
    static String generateSecret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
