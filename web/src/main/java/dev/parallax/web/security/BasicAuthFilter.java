package dev.parallax.web.security;

import dev.parallax.web.api.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for {@link AdminOnly} endpoints. A stopgap until real accounts and roles exist,
 * but real: credentials are checked against the bcrypt hash in the users table.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter implements ContainerRequestFilter {
    private final AdminAccountService accounts;

    public BasicAuthFilter(AdminAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            request.abortWith(unauthorized(request, "this endpoint writes: send HTTP Basic credentials of the admin user"));
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            request.abortWith(unauthorized(request, "the Authorization header is not valid Base64"));
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !accounts.verify(decoded.substring(0, colon), decoded.substring(colon + 1))) {
            request.abortWith(unauthorized(request, "wrong user name or password"));
        }
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        Problem problem = new Problem(Problem.type("unauthorized"), "Unauthorized", 401, detail,
                "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), null);
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Parallax\", charset=\"UTF-8\"")
                .type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
