package dev.parallax.web.api;

import dev.parallax.web.service.JobRef;

/**
 * The answer to POST /api/articles: the article, whether it was "created" or "existing", and the
 * background job analyzing it (null when it was already analyzed).
 */
public record ArticleCreated(String id, String status, String outlet, String title, String source, JobRef job) {}
