package dev.parallax.web.page;

import dev.parallax.web.api.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Pages answer errors with a friendly HTML page; the API keeps application/problem+json. Every error
 * is first mapped to a {@link Problem} (ProblemMappers, the auth filter); outside /api and /q this
 * turns that problem into a page saying what happened and where to go next.
 */
@Provider
public class ErrorPages implements ContainerResponseFilter {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !isPage(request.getUriInfo().getPath())) {
            return;
        }
        String title = switch (problem.status()) {
            case 404 -> "Page not found";
            case 401 -> "Please log in";
            case 403 -> "Not allowed";
            case 500 -> "Something went wrong";
            default -> problem.title();
        };
        String html = Templates.error(problem.status(), title, problem.detail()).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    static boolean isPage(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return !(p.equals("/api") || p.startsWith("/api/") || p.equals("/q") || p.startsWith("/q/"));
    }
}
