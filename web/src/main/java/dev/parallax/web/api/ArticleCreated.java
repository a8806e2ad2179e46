package dev.parallax.web.api;

import dev.parallax.web.service.JobRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to POST /api/articles: the article, whether it was "created" or "existing", the
 * background job analyzing it (null when it was already analyzed), and a notice about the workspace
 * (the fictional demo corpus beside real articles) or null.
 */
public record ArticleCreated(@Schema(required = true) String id, @Schema(required = true) String status,
                             @Schema(required = true) String outlet, @Schema(nullable = true) String title,
                             @Schema(nullable = true) String source, @Schema(nullable = true) JobRef job,
                             @Schema(nullable = true) String notice) {}
