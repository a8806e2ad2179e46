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
 * @param removed          what the cleaner dropped: [{text, reason, line}]
 * @param dateline         {text, place, date, agency} or null
 * @param fictional        part of the invented demo corpus
 * @param event            the id of the event this account is in, or null
 * @param unassignedReason when {@code event} is null: why the account is in no event
 * @param record           the official record of its event (marked at import, or its outlet is an official record)
 */
public record ArticleDetail(@Schema(required = true) String id, @Schema(required = true) String outlet,
                            @Schema(nullable = true) String title,
                            @Schema(nullable = true) String url, @Schema(nullable = true) OffsetDateTime published,
                            @Schema(nullable = true) String byline, @Schema(nullable = true) String language,
                            @Schema(nullable = true) String source, String format, OffsetDateTime importedAt,
                            String rawText, String cleanedText,
                            @Schema(required = true, type = SchemaType.ARRAY, implementation = RemovedText.class) JsonNode removed,
                            @Schema(implementation = Dateline.class) JsonNode dateline,
                            List<String> warnings,
                            @Schema(required = true, description = "part of the invented demo corpus") boolean fictional,
                            @Schema(nullable = true, description = "the event this account is in, or null") String event,
                            @Schema(nullable = true, description = "why the account is in no event; null when it is in one")
                            String unassignedReason,
                            @Schema(required = true, description = "the official record of its event: imported with "
                                    + "\"record\": true, or published by an outlet of the kind official record")
                            boolean record,
                            @Schema(nullable = true, description = "its outlet's kind, or null while unclassified")
                            String outletKind) {

    /** A line the cleaner removed, and why (as stored; documents the JSON only). */
    @Schema(name = "RemovedText")
    public record RemovedText(@Schema(required = true) String text, @Schema(required = true) String reason,
                              @Schema(required = true) int line) {}

    /** The dateline the cleaner took off the text's start (documents the JSON only). */
    @Schema(name = "Dateline")
    public record Dateline(String text, String place, LocalDate date, String agency) {}
}
