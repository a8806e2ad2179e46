package dev.parallax.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One article in full. Offsets in comparison reports point into {@code cleanedText}.
 *
 * @param removed  what the cleaner dropped: [{text, reason, line}]
 * @param dateline {text, place, date, agency} or null
 */
public record ArticleDetail(@Schema(required = true) String id, @Schema(required = true) String outlet, String title,
                            String url, OffsetDateTime published, String byline, String language, String source,
                            String format, OffsetDateTime importedAt, String rawText, String cleanedText,
                            @Schema(required = true, type = SchemaType.ARRAY, implementation = RemovedText.class) JsonNode removed,
                            @Schema(implementation = Dateline.class) JsonNode dateline,
                            List<String> warnings) {

    /** A line the cleaner removed, and why (as stored; documents the JSON only). */
    @Schema(name = "RemovedText")
    public record RemovedText(@Schema(required = true) String text, @Schema(required = true) String reason,
                              @Schema(required = true) int line) {}

    /** The dateline the cleaner took off the text's start (documents the JSON only). */
    @Schema(name = "Dateline")
    public record Dateline(String text, String place, LocalDate date, String agency) {}
}
