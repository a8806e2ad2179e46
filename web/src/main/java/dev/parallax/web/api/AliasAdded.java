package dev.parallax.web.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored alias and the re-analysis it started.
 *
 * @param created  false when the entity already had this spelling (nothing changed)
 * @param articles articles whose text contains the alias, queued for analysis again
 * @param job      the re-analysis job ({@code GET /api/jobs/{id}}), or null when no article contains it
 */
@Schema(example = """
        {"entity": "person:lukashenko", "alias": "Batka", "created": true, "createdBy": "editor",
         "createdAt": "2026-11-23T13:05:00Z", "articles": 4, "job": 151}""")
public record AliasAdded(String entity, String alias, boolean created, String createdBy, OffsetDateTime createdAt,
                         int articles, Long job) {}
