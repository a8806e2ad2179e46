package dev.parallax.web.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A job's progress.
 *
 * @param state     queued, running, done or failed
 * @param processed articles analyzed so far, of {@code total}
 * @param events    public ids of the events the job created or changed (when done)
 * @param error     why it failed (when failed)
 * @param createdBy the user who queued it (the importer, the editor who deleted an article or merged two
 *                  entities); null for jobs queued by the command line or the demo corpus
 */
public record JobView(@Schema(required = true) long id, @Schema(required = true) String kind, @Schema(required = true) String state, @Schema(required = true) int processed, @Schema(required = true) int total, List<String> events, String error,
                      int attempts, String createdBy, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                      String url) {}
