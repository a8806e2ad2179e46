package dev.parallax.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing; {@code total} counts every match, not just this page. */
public record ArticlePage(@Schema(required = true) List<ArticleSummary> items, @Schema(required = true) long total, @Schema(required = true) int offset, @Schema(required = true) int limit) {}
