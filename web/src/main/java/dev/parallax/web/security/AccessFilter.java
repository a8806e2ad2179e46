package dev.parallax.web.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Who is asking, and may they: runs before every resource method. It signs the request in
 * (HTTP Basic) into {@link CurrentUser}, then compares the user's role with what the method
 * {@link Requires}. Wrong credentials are refused even on public endpoints, so a client learns
 * its password is wrong.
 */
public class AccessFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final SecurityConfig config;
    private final CurrentUser currentUser;

    public AccessFilter(AccountService accounts, LoginThrottle throttle, SecurityConfig config, CurrentUser currentUser) {
        this.accounts = accounts;
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
        }
        return authorize(request.getMethod(), resource, path);
    }

    private Response signInWithHeader(String header, String path, String address) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return SecurityProblems.unauthorized(path,
                    "unsupported Authorization scheme; send HTTP Basic credentials (user name and password)");
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
        Account user = account.get();
        currentUser.signIn(user.id(), user.username(), user.role(), CurrentUser.Method.BASIC, null);
        return null;
    }

    private Response authorize(String httpMethod, ResourceInfo resource, String path) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (annotated(method, type, Public.class)) {
            return null;
        }
        Requires requires = method != null && method.isAnnotationPresent(Requires.class)
                ? method.getAnnotation(Requires.class)
                : type != null ? type.getAnnotation(Requires.class) : null;
        Role required = requires != null ? requires.value() : Role.VIEWER;
        boolean read = requires == null || required == Role.VIEWER;
        boolean readOnly = SAFE_METHODS.contains(httpMethod) || annotated(method, type, ReadOnly.class);
        if (currentUser.isAnonymous()) {
            if (read && readOnly && config.publicReads()) {
                return null;
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

    private static boolean annotated(Method method, Class<?> type, Class<? extends java.lang.annotation.Annotation> a) {
        return (method != null && method.isAnnotationPresent(a)) || (type != null && type.isAnnotationPresent(a));
    }

    private static String address(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null ? "" : http.remoteAddress().hostAddress();
    }
}
