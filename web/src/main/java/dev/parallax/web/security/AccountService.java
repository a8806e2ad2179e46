package dev.parallax.web.security;

import dev.parallax.db.UserEntity;
import dev.parallax.db.UserRepository;
import dev.parallax.web.config.ParallaxConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
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
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the user does not exist, so both cases take a bcrypt's time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no such user", BCRYPT_COST);

    private final UserRepository users;
    private final ParallaxConfig config;
    /**
     * SHA-256 of credentials already checked, mapped to the bcrypt hash they matched, so each
     * request does not pay ~50 ms of bcrypt. A changed password changes the stored hash, which
     * makes the remembered entry stale by itself.
     */
    private final Map<String, String> verified = new ConcurrentHashMap<>();

    public AccountService(UserRepository users, ParallaxConfig config) {
        this.users = users;
        this.config = config;
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
    @Transactional
    public Optional<Account> authenticate(String username, String password) {
        String key = Secrets.sha256(username + '\0' + password);
        UserEntity user = users.findByUsername(username).orElse(null);
        if (user == null) {
            BcryptUtil.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        if (!user.passwordHash.equals(verified.get(key))) {
            if (!BcryptUtil.matches(password, user.passwordHash)) {
                return Optional.empty();
            }
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(key, user.passwordHash);
        }
        return account(user);
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
