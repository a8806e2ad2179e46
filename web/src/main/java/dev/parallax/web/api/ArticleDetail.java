package dev.parallax.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One article in full. Offsets in comparison reports point into {@code cleanedText}.
 *
 * @param removed          what the cleaner dropped: [{text, reason, line}]
 * @param dateline         {text, place, date, agency} or null
 * @param fictional        part of the invented demo corpus
 * @param event            the id of the event this account is in, or null
 * @param unassignedReason when {@code event} is null: why the account is in no event
 */
public record ArticleDetail(String id, String outlet, @Schema(nullable = true) String title,
                            @Schema(nullable = true) String url, @Schema(nullable = true) OffsetDateTime published,
                            @Schema(nullable = true) String byline, @Schema(nullable = true) String language,
                            @Schema(nullable = true) String source, String format, OffsetDateTime importedAt,
                            String rawText, String cleanedText, JsonNode removed,
                            @Schema(nullable = true) JsonNode dateline, List<String> warnings, boolean fictional,
                            @Schema(nullable = true, description = "the event this account is in, or null") String event,
                            @Schema(nullable = true, description = "why the account is in no event; null when it is in one")
                            String unassignedReason) {}
