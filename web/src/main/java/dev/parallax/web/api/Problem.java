package dev.parallax.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem: what went wrong and, in {@code errors}, each thing to fix.
 *
 * @param type   a URI naming the kind of problem (urn:parallax:problem:...)
 * @param errors one entry per bad field, file or line
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(@Schema(required = true) String type, @Schema(required = true) String title, @Schema(required = true) int status, String detail, String instance, List<Error> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field  the request field or query parameter at fault, or null
     * @param source the file or upload at fault, or null
     * @param line   1-based line in that file, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String field, String source, Integer line, String message) {
        public static Error field(String field, String message) {
            return new Error(field, null, null, message);
        }

        public static Error source(String source, int line, String message) {
            return new Error(null, source, line > 0 ? line : null, message);
        }
    }

    public static String type(String slug) {
        return "urn:parallax:problem:" + slug;
    }
}
