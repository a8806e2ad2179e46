package dev.parallax.web.security;

import dev.parallax.db.SessionEntity;
import dev.parallax.db.SessionRepository;
import dev.parallax.db.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Page sessions kept in the database: the cookie holds 256 random bits, the table only their
 * SHA-256, with the session's CSRF token and its expiry.
 */
@ApplicationScoped
public class SessionService {
    private final SessionRepository sessions;
    private final UserRepository users;
    private final SecurityConfig config;

    public SessionService(SessionRepository sessions, UserRepository users, SecurityConfig config) {
        this.sessions = sessions;
        this.users = users;
        this.config = config;
    }

    /** A started session: the cookie value to send and how long it lasts. */
    public record Started(String cookieValue, String csrf, long maxAgeSeconds) {}

    /** The account behind a session cookie, with the session's CSRF token. */
    public record Live(Account account, String csrf) {}

    @Transactional
    public Started start(Account account) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        sessions.deleteExpired(now);
        String cookie = AccountService.generateSecret(32);
        SessionEntity session = new SessionEntity();
        session.idHash = Secrets.sha256(cookie);
        session.user = users.findById(account.id());
        session.csrfToken = AccountService.generateSecret(32);
        session.expiresAt = now.plus(config.session().maxAge());
        sessions.persist(session);
        return new Started(cookie, session.csrfToken, config.session().maxAge().toSeconds());
    }

    @Transactional
    public Optional<Live> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return Optional.empty();
        }
        return sessions.findLive(Secrets.sha256(cookieValue), OffsetDateTime.now(ZoneOffset.UTC))
                .flatMap(s -> AccountService.account(s.user).map(a -> new Live(a, s.csrfToken)));
    }

    @Transactional
    public void end(String cookieValue) {
        if (cookieValue != null && !cookieValue.isBlank()) {
            sessions.deleteByIdHash(Secrets.sha256(cookieValue));
        }
    }
}
