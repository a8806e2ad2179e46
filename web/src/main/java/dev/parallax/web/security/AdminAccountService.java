package dev.parallax.web.security;

import dev.parallax.db.UserEntity;
import dev.parallax.db.UserRepository;
import dev.parallax.web.config.ParallaxConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one account that may write, until a user system exists. Its password comes from
 * PARALLAX_ADMIN_PASSWORD; without it, the first start generates one, prints it once and keeps
 * only the bcrypt hash.
 */
@ApplicationScoped
public class AdminAccountService {
    static final String ROLE = "admin";
    private static final int BCRYPT_COST = 10;

    private final UserRepository users;
    private final ParallaxConfig config;
    /** SHA-256 of credentials already checked against bcrypt, so each request does not pay ~50 ms. */
    private final Set<String> verified = ConcurrentHashMap.newKeySet();

    public AdminAccountService(UserRepository users, ParallaxConfig config) {
        this.users = users;
        this.config = config;
    }

    @Transactional
    void ensureAdmin(@Observes StartupEvent started) {
        String username = config.admin().username();
        UserEntity admin = users.findByUsername(username).orElse(null);
        String configured = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (admin == null) {
            admin = new UserEntity();
            admin.username = username;
            admin.role = ROLE;
            String password = configured;
            if (password == null) {
                password = generatePassword();
                System.out.println("parallax: created user '" + username + "' with password " + password
                        + " (shown once; set PARALLAX_ADMIN_PASSWORD to choose your own)");
            }
            admin.passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
            users.persist(admin);
        } else if (configured != null && !BcryptUtil.matches(configured, admin.passwordHash)) {
            // PARALLAX_ADMIN_PASSWORD wins over what was stored before.
            admin.passwordHash = BcryptUtil.bcryptHash(configured, BCRYPT_COST);
            verified.clear();
        }
    }

    @Transactional
    public boolean verify(String username, String password) {
        String key = digest(username + '\0' + password);
        if (verified.contains(key)) {
            return true;
        }
        boolean ok = users.findByUsername(username)
                .filter(u -> ROLE.equals(u.role))
                .map(u -> BcryptUtil.matches(password, u.passwordHash))
                .orElse(false);
        if (ok) {
            verified.add(key);
        }
        return ok;
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
