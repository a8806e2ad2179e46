package dev.parallax.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One outlet's exact words. {@code start}/{@code end} are code point offsets (end exclusive) into
 * the article's cleaned text; {@code before}/{@code after} are some of the cleaned text around them
 * (only on a single discrepancy); {@code published} the account's publication time, when known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceView(String article, String outlet, String title, String url, @Schema(required = true) String text,
                           @Schema(required = true) int start, @Schema(required = true) int end,
                           String before, String after,
                           @Schema(description = "when the account was published; absent when unknown")
                           OffsetDateTime published) {}
