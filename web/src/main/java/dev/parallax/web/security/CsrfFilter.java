package dev.parallax.web.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * A request that changes something on the strength of the session cookie alone must carry the
 * session's CSRF token, as form field {@code csrf} or header {@code X-CSRF-Token}: a page of
 * another site can make the browser send the cookie, but cannot read the token. Requests signed in
 * with Basic or a Bearer token are exempt (no browser sends those on its own), and so are
 * {@link Public} endpoints (login, logout).
 */
public class CsrfFilter {
    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";

    private final CurrentUser currentUser;

    public CsrfFilter(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @WithFormRead
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public Response check(ResteasyReactiveContainerRequestContext request, ResourceInfo resource) {
        if (currentUser.method() != CurrentUser.Method.SESSION
                || AccessFilter.SAFE_METHODS.contains(request.getMethod())
                || AccessFilter.annotated(resource.getResourceMethod(), resource.getResourceClass(), Public.class)) {
            return null;
        }
        String sent = request.getHeaderString(HEADER);
        if (sent == null) {
            sent = formField(request);
        }
        if (!Secrets.same(sent, currentUser.csrf())) {
            String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
            return SecurityProblems.forbidden(path, sent == null
                    ? "missing CSRF token: send the page's csrf form field or the X-CSRF-Token header"
                    : "wrong CSRF token: reload the page and try again");
        }
        return null;
    }

    private static String formField(ResteasyReactiveContainerRequestContext request) {
        if (!(request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
            return null;
        }
        FormData form = context.getFormData();
        FormValue value = form == null ? null : form.getFirst(FIELD);
        return value == null || value.isFileItem() ? null : value.getValue();
    }
}
