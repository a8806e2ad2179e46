package dev.parallax.web.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change to a review: who changed which field from what to what, when, with which note. */
public record AuditEntry(@Schema(required = true) long id, @Schema(required = true) String field, String from, String to, String note, @Schema(required = true) String actor, @Schema(required = true) OffsetDateTime at) {}
