package dev.parallax.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body over {@code quarkus.http.limits.max-body-size} before any of it is read,
 * as {@code application/problem+json} like every other error. A declared Content-Length is checked
 * up front, so a 100 MB upload costs a header, not 100 MB; a chunked body that grows past the limit
 * is cut off by Vert.x, whose 413 is answered here in the same form.
 */
@ApplicationScoped
public class RequestSizeGuard {
    /** Runs before the body handler and before authentication: size is checked first. */
    private static final int PRIORITY = 1_000;

    private final long maxBodyBytes;
    private final String maxBodyText;
    private final ObjectMapper json;

    public RequestSizeGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                            ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxBodyText = humanSize(maxBodyBytes);
        this.json = json;
    }

    void registerFilter(@Observes Filters filters) {
        filters.register(this::checkDeclaredLength, PRIORITY);
    }

    void registerErrorHandler(@Observes Router router) {
        router.errorHandler(413, context -> refuse(context, "the request body is over " + maxBodyText));
    }

    private void checkDeclaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) {
                refuse(context, 400, "Bad Request", "bad-request", "the Content-Length header is not a number: " + declared);
                return;
            }
            if (length > maxBodyBytes) {
                refuse(context, "the request body is " + humanSize(length) + ", over the limit of " + maxBodyText
                        + ": split the upload into several requests");
                return;
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context, String detail) {
        refuse(context, 413, "Content Too Large", "too-large", detail);
    }

    private void refuse(RoutingContext context, int status, String title, String slug, String detail) {
        if (context.response().ended()) {
            return;
        }
        Problem problem = new Problem(Problem.type(slug), title, status, detail, context.request().path(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        // the client may still be sending: close rather than read what was refused
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    static String humanSize(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1 << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
        }
        if (bytes >= 1 << 10) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
