package dev.parallax.web.api;

import dev.parallax.web.service.JobRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to POST /api/articles: the article, whether it was "created" or "existing", and the
 * background job analyzing it (null when it was already analyzed).
 */
public record ArticleCreated(@Schema(required = true) String id, @Schema(required = true) String status, @Schema(required = true) String outlet, String title, String source, JobRef job) {}
