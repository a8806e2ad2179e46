package dev.parallax.web.security;

import dev.parallax.web.api.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** The problem documents access checks answer with. */
final class SecurityProblems {
    static final String CHALLENGE = "Basic realm=\"Parallax\", charset=\"UTF-8\"";

    private SecurityProblems() {}

    /** 401: no or wrong credentials. The challenge names Basic; Bearer tokens and the session cookie work too. */
    static Response unauthorized(String path, String detail) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("unauthorized"), "Unauthorized", 401, detail, path, null))
                .build();
    }

    /** 403: signed in, but the role is too low (or the CSRF token is missing). */
    static Response forbidden(String path, String detail) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("forbidden"), "Forbidden", 403, detail, path, null))
                .build();
    }

    /** 429: too many failed sign-ins; Retry-After says when to try again. */
    static Response tooManyAttempts(String path, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        return Response.status(429).header(HttpHeaders.RETRY_AFTER, seconds).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("too-many-attempts"), "Too Many Requests", 429,
                        "too many failed sign-ins for this user or address; try again in " + seconds + " seconds",
                        path, null))
                .build();
    }
}
