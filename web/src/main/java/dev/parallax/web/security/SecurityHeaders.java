package dev.parallax.web.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers that tell browsers to run only our own scripts and styles, never frame us, never guess
 * content types, and keep URLs to themselves. Set on every response, pages, API, errors and
 * /q/ alike; only the Swagger UI, whose page carries an inline script, gets a looser policy.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI's index.html configures itself with an inline script and inline styles. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Before the size guard and everything else, so even early refusals carry the headers. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext context) {
        boolean swagger = context.normalizedPath().startsWith("/q/swagger-ui");
        boolean tls = context.request().isSSL()
                || "https".equalsIgnoreCase(context.request().getHeader("X-Forwarded-Proto"));
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", swagger ? SWAGGER_POLICY : POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "same-origin");
            if (tls) {
                headers.set("Strict-Transport-Security", "max-age=31536000");
            }
        });
        context.next();
    }
}
