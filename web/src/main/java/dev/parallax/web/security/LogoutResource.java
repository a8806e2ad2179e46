package dev.parallax.web.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Signing out ends the session in the database, so a copied cookie stops working too. */
@Path("/logout")
@Public
@Tag(name = "Sign in")
public class LogoutResource {
    private final SessionService sessions;
    private final SecurityConfig config;

    public LogoutResource(SessionService sessions, SecurityConfig config) {
        this.sessions = sessions;
        this.config = config;
    }

    /** POST only: a GET must change nothing (a link, a prefetch or an image could sign people out). */
    @POST
    @Operation(summary = "Sign out: ends the session and clears its cookie, then sends to the sign-in page (303)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "303",
            description = "Signed out: to /login, the cookie cleared")
    public Response logout(@Context ContainerRequestContext request, @Context HttpServerRequest http) {
        Cookie cookie = request.getCookies().get(config.session().cookie());
        if (cookie != null) {
            sessions.end(cookie.getValue());
        }
        return Response.seeOther(URI.create("/login"))
                .cookie(LoginResource.cookie(config, "", 0, LoginResource.secure(request, http))).build();
    }

}
