package dev.parallax.web.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reviewer's decision. {@code status} is open, confirmed, dismissed or needs-source ("open" and
 * version 0 until someone changes it); send {@code version} back with a change.
 */
public record ReviewView(@Schema(required = true) String status, String verdict, String note, String assignee, @Schema(required = true) long version,
                         OffsetDateTime updatedAt, String updatedBy) {}
