package dev.parallax.web.api;

import dev.parallax.web.service.ReviewMoves;
import dev.parallax.web.service.StoredEvents;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Old links keep working after stored events merge (a new account bridges two of them):
 * <ul>
 *   <li>a review that moved with its finding: {@code /discrepancies/{old}} and
 *       {@code /api/discrepancies/{old}} (and what lies below, such as {@code /history});</li>
 *   <li>an event merged into another: {@code /events/{old}} and {@code /api/events/{old}} (and its
 *       {@code /discrepancies}, {@code /claim-groups}, {@code /alignment}).</li>
 * </ul>
 * They answer 308 Permanent Redirect to the same path under the new id instead of 404. Only a 404
 * is looked at, so links that resolve cost nothing more.
 */
public class MovedLinkRedirect {
    private static final Pattern REVIEW = Pattern.compile("^/((?:api/)?discrepancies/)([0-9a-f]{64})(/[a-z-]+)?$");
    private static final Pattern EVENT = Pattern.compile("^/((?:api/)?events/)(e-[0-9a-z-]{1,60})(/[a-z-]+)?$");

    private final ReviewMoves moves;
    private final StoredEvents events;

    public MovedLinkRedirect(ReviewMoves moves, StoredEvents events) {
        this.moves = moves;
        this.events = events;
    }

    @ServerResponseFilter
    public void redirect(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 404) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        Optional<URI> location = moved(path, REVIEW, moves::movedTo, request)
                .or(() -> moved(path, EVENT, events::movedTo, request));
        if (location.isEmpty()) {
            return;
        }
        response.setStatus(308);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        response.getHeaders().putSingle(HttpHeaders.LOCATION, location.get());
    }

    private static Optional<URI> moved(String path, Pattern pattern, Function<String, Optional<String>> movedTo,
                                       ContainerRequestContext request) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return movedTo.apply(m.group(2)).map(now -> URI.create("/" + m.group(1) + now
                + (m.group(3) == null ? "" : m.group(3)) + (query == null ? "" : "?" + query)));
    }
}
