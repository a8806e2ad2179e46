package dev.parallax.web.security;

import dev.parallax.db.ApiTokenEntity;
import dev.parallax.db.ApiTokenRepository;
import dev.parallax.db.UserRepository;
import dev.parallax.web.api.Problem;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.api.TokenView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * API tokens: random secrets shown once, stored as SHA-256. A token acts as its user, with the
 * user's role at the time of each request.
 */
@ApplicationScoped
public class TokenService {
    /** Marks Parallax tokens so secret scanners and people can recognize a leaked one. */
    static final String PREFIX = "plx_";
    private static final int MAX_NAME_LENGTH = 100;
    /** last_used_at is a hint, not an audit: writing it once a minute spares a write per request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserRepository users;

    public TokenService(ApiTokenRepository tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** A new token with its secret, which is never stored or shown again. */
    @Transactional
    public TokenView issue(long userId, String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.badField("name", "is required: say what the token is for, e.g. \"nightly export\"");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw ProblemException.badField("name", "at most " + MAX_NAME_LENGTH + " characters");
        }
        String secret = PREFIX + AccountService.generateSecret(32);
        ApiTokenEntity token = new ApiTokenEntity();
        token.user = users.findById(userId);
        token.name = name.strip();
        token.tokenHash = Secrets.sha256(secret);
        tokens.persist(token);
        tokens.flush();
        tokens.getEntityManager().refresh(token); // created_at comes from the database
        return view(token, secret);
    }

    @Transactional
    public List<TokenView> list(long userId) {
        return tokens.listLive(userId).stream().map(t -> view(t, null)).toList();
    }

    private static TokenView view(ApiTokenEntity token, String secret) {
        return new TokenView(token.id, token.name, token.user.username, token.user.role, token.createdAt,
                token.lastUsedAt, secret);
    }

    /** Revokes a token of {@code userId}, or any user's when {@code anyUser} (admins). */
    @Transactional
    public void revoke(long tokenId, long userId, boolean anyUser) {
        ApiTokenEntity token = tokens.findByIdOptional(tokenId)
                .filter(t -> t.revokedAt == null)
                .filter(t -> anyUser || t.user.id == userId)
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not Found",
                        "no live token with id " + tokenId + " of yours", List.of(Problem.Error.field("id", "unknown"))));
        token.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Transactional
    public Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiTokenEntity> found = tokens.findLive(Secrets.sha256(secret));
        found.ifPresent(token -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(TOUCH_EVERY))) {
                token.lastUsedAt = now;
            }
        });
        return found.flatMap(token -> AccountService.account(token.user));
    }
}
