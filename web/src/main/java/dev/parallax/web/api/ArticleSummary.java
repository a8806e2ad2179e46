package dev.parallax.web.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in a listing: metadata only; {@code length} is the cleaned text's length in characters. */
public record ArticleSummary(@Schema(required = true) String id, @Schema(required = true) String outlet, String title, String url, OffsetDateTime published,
                             String byline, String language, String source, int length, OffsetDateTime importedAt) {}
