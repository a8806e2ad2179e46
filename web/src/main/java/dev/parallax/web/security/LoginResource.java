package dev.parallax.web.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Signing in for pages ({@link LogoutResource} signs out): a form that starts a server-side session (cookie HttpOnly, SameSite=Lax,
 * Secure behind TLS). Failed tries count against the same throttle as HTTP Basic.
 */
@Path("/login")
@Public
@Tag(name = "Sign in")
public class LoginResource {
    /** Where to go after signing in: a path on this site only, never another host. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e]*");
    private static final String NO_STORE = "no-store";

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance login(String next, String username, String error);
    }

    private final AccountService accounts;
    private final SessionService sessions;
    private final LoginThrottle throttle;
    private final SecurityConfig config;

    public LoginResource(AccountService accounts, SessionService sessions, LoginThrottle throttle,
                         SecurityConfig config) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The sign-in page")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "The form", content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.TEXT_HTML))
    public Response page(@RestQuery String next) {
        return Response.ok(Templates.login(local(next), "", "").render())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Sign in with the form: username, password, optional next (a path on this site)",
            description = "303 to next with the session cookie; 401 with the form again when wrong; 429 problem "
                    + "after 5 failures for one user name within 15 minutes.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "303",
            description = "Signed in: to next, with the session cookie")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "401",
            description = "Wrong user name or password: the form again", content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.TEXT_HTML))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "429",
            description = "Too many failed sign-ins; see Retry-After")
    public Response login(@RestForm String username, @RestForm String password, @RestForm String next,
                          @Context HttpServerRequest http, @Context ContainerRequestContext request) {
        String user = username == null ? "" : username.strip();
        String target = local(next);
        String address = AccessFilter.address(http);
        Optional<Duration> wait = throttle.blocked(user, address);
        if (wait.isPresent()) {
            return SecurityProblems.tooManyAttempts("/login", wait.get());
        }
        Optional<Account> account = user.isEmpty() || password == null ? Optional.empty()
                : accounts.authenticate(user, password);
        if (account.isEmpty()) {
            throttle.failed(user, address);
            return Response.status(401).type(MediaType.TEXT_HTML_TYPE).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                    .entity(Templates.login(target, user, "Wrong user name or password.").render()).build();
        }
        throttle.succeeded(user);
        Cookie old = request.getCookies().get(config.session().cookie());
        if (old != null) {
            sessions.end(old.getValue()); // a new id on every sign-in: no session fixation
        }
        SessionService.Started session = sessions.start(account.get());
        return Response.seeOther(URI.create(target))
                .cookie(cookie(config, session.cookieValue(), (int) session.maxAgeSeconds(), secure(request, http)))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    static NewCookie cookie(SecurityConfig config, String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(config.session().cookie()).value(value).path("/").maxAge(maxAge)
                .httpOnly(true).secure(secure).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** Over TLS, directly or behind a proxy that says so. */
    static boolean secure(ContainerRequestContext request, HttpServerRequest http) {
        String forwarded = request.getHeaderString("X-Forwarded-Proto");
        if (forwarded != null) {
            return forwarded.strip().regionMatches(true, 0, "https", 0, 5);
        }
        return http != null && http.isSSL();
    }

    static String local(String next) {
        return next != null && LOCAL_PATH.matcher(next).matches() ? next : "/";
    }
}
