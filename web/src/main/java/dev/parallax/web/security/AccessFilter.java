package dev.parallax.web.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Who is asking, and may they: runs before every resource method. It signs the request in from
 * the Authorization header (HTTP Basic or an API token as Bearer) or else the session cookie into
 * {@link CurrentUser}, then compares the user's role with what the method {@link Requires}. Wrong
 * credentials in the header are refused even on public endpoints, so a client learns its password
 * is wrong; an expired session cookie just leaves the request anonymous.
 */
public class AccessFilter {
    static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final AccountService accounts;
    private final TokenService tokens;
    private final SessionService sessions;
    private final LoginThrottle throttle;
    private final SecurityConfig config;
    private final CurrentUser currentUser;

    public AccessFilter(AccountService accounts, TokenService tokens, SessionService sessions, LoginThrottle throttle,
                        SecurityConfig config, CurrentUser currentUser) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.throttle = throttle;
        this.config = config;
        this.currentUser = currentUser;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response check(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && !header.isBlank()) {
            Response refused = signInWithHeader(header.strip(), path, address(http));
            if (refused != null) {
                return refused;
            }
        } else {
            Cookie cookie = request.getCookies().get(config.session().cookie());
            if (cookie != null) {
                sessions.find(cookie.getValue()).ifPresent(live -> currentUser.signIn(live.account().id(),
                        live.account().username(), live.account().role(), CurrentUser.Method.SESSION, live.csrf()));
            }
        }
        return authorize(request, resource, path);
    }

    private Response signInWithHeader(String header, String path, String address) {
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Account> account = tokens.authenticate(header.substring(7).strip());
            if (account.isEmpty()) {
                return SecurityProblems.unauthorized(path, "unknown or revoked API token");
            }
            signIn(account.get(), CurrentUser.Method.BEARER);
            return null;
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return SecurityProblems.unauthorized(path,
                    "unsupported Authorization scheme; send HTTP Basic credentials or Bearer with an API token");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return SecurityProblems.unauthorized(path, "the Authorization header is not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return SecurityProblems.unauthorized(path, "the Basic credentials need a colon between user name and password");
        }
        String username = decoded.substring(0, colon);
        Optional<Duration> wait = throttle.blocked(username, address);
        if (wait.isPresent()) {
            return SecurityProblems.tooManyAttempts(path, wait.get());
        }
        Optional<Account> account = accounts.authenticate(username, decoded.substring(colon + 1));
        if (account.isEmpty()) {
            throttle.failed(username, address);
            return SecurityProblems.unauthorized(path, "wrong user name or password");
        }
        throttle.succeeded(username);
        signIn(account.get(), CurrentUser.Method.BASIC);
        return null;
    }

    private void signIn(Account account, CurrentUser.Method method) {
        currentUser.signIn(account.id(), account.username(), account.role(), method, null);
    }

    private Response authorize(ContainerRequestContext request, ResourceInfo resource, String path) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (annotated(method, type, Public.class)) {
            return null;
        }
        Requires requires = method != null && method.isAnnotationPresent(Requires.class)
                ? method.getAnnotation(Requires.class)
                : type != null ? type.getAnnotation(Requires.class) : null;
        Role required = requires != null ? requires.value() : Role.VIEWER;
        if (currentUser.isAnonymous()) {
            boolean read = requires == null
                    && (SAFE_METHODS.contains(request.getMethod()) || annotated(method, type, ReadOnly.class));
            if (read && config.publicReads()) {
                return null;
            }
            if (isPage(request, path)) {
                String next = request.getUriInfo().getRequestUri().getRawPath()
                        + (request.getUriInfo().getRequestUri().getRawQuery() == null ? ""
                        : "?" + request.getUriInfo().getRequestUri().getRawQuery());
                return Response.seeOther(UriBuilder.fromPath("/login").queryParam("next", "{next}").build(next)).build();
            }
            return SecurityProblems.unauthorized(path, "sign in first: this needs the role " + required.label()
                    + " (HTTP Basic, an API token as Bearer, or the login page)");
        }
        if (!currentUser.role().covers(required)) {
            return SecurityProblems.forbidden(path, "this needs the role " + required.label() + " or higher; user '"
                    + currentUser.username() + "' is " + currentUser.role().label());
        }
        return null;
    }

    /** A browser asking for a page: send it to the login form rather than a 401 problem. */
    private static boolean isPage(ContainerRequestContext request, String path) {
        if (!HttpMethod.GET.equals(request.getMethod()) || path.equals("/api") || path.startsWith("/api/")) {
            return false;
        }
        return request.getAcceptableMediaTypes().stream()
                .anyMatch(m -> !m.isWildcardType() && m.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    static boolean annotated(Method method, Class<?> type, Class<? extends Annotation> annotation) {
        return (method != null && method.isAnnotationPresent(annotation))
                || (type != null && type.isAnnotationPresent(annotation));
    }

    static String address(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null ? "" : http.remoteAddress().hostAddress();
    }
}
