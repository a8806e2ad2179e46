package dev.parallax.web.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job as an import answer names it: follow {@code url} to see its progress. */
public record JobRef(@Schema(required = true) long id, @Schema(required = true) String state, @Schema(required = true) String url) {
    public static JobRef of(long id, String state) {
        return new JobRef(id, state, "/api/jobs/" + id);
    }
}
