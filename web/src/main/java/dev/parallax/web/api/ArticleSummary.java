package dev.parallax.web.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article in a listing: metadata only; {@code length} is the cleaned text's length in characters.
 * {@code event} is the id of the event it is an account of, or null; {@code unassignedReason} says why
 * it is in no event (null when it is in one). {@code fictional}: part of the invented demo corpus.
 * {@code record}: the official record of its event.
 */
public record ArticleSummary(@Schema(required = true) String id, @Schema(required = true) String outlet,
                             @Schema(nullable = true) String title,
                             @Schema(nullable = true) String url, @Schema(nullable = true) OffsetDateTime published,
                             @Schema(nullable = true) String byline, @Schema(nullable = true) String language,
                             @Schema(nullable = true) String source, int length, OffsetDateTime importedAt,
                             @Schema(required = true) boolean fictional,
                             @Schema(nullable = true, description = "the event this account is in, or null") String event,
                             @Schema(nullable = true, description = "why the account is in no event; null when it is in one")
                             String unassignedReason,
                             @Schema(required = true, description = "the official record of its event: imported with "
                                     + "\"record\": true, or published by an outlet of the kind official record")
                             boolean record) {}
