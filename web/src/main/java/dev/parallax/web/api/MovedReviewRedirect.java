package dev.parallax.web.api;

import dev.parallax.web.service.ReviewMoves;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Old links to a review that moved with its finding when its event was merged into another:
 * {@code /discrepancies/{old}} and {@code /api/discrepancies/{old}} (and what lies below them, such
 * as {@code /history}) answer 308 Permanent Redirect to the same path with the new fingerprint
 * instead of 404. Only a 404 is looked at, so links that resolve cost nothing more.
 */
public class MovedReviewRedirect {
    private static final Pattern PATH = Pattern.compile("^/((?:api/)?discrepancies/)([0-9a-f]{64})(/[a-z-]+)?$");

    private final ReviewMoves moves;

    public MovedReviewRedirect(ReviewMoves moves) {
        this.moves = moves;
    }

    @ServerResponseFilter
    public void redirect(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 404) {
            return;
        }
        Matcher path = PATH.matcher("/" + request.getUriInfo().getPath().replaceFirst("^/", ""));
        if (!path.matches()) {
            return;
        }
        Optional<String> now = moves.movedTo(path.group(2));
        if (now.isEmpty()) {
            return;
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        URI location = URI.create("/" + path.group(1) + now.get() + (path.group(3) == null ? "" : path.group(3))
                + (query == null ? "" : "?" + query));
        response.setStatus(308);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        response.getHeaders().putSingle(HttpHeaders.LOCATION, location);
    }
}
