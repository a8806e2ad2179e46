package dev.parallax.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every change to the review of discrepancy {@code id}, oldest first. */
public record ReviewHistory(@Schema(required = true) String id, @Schema(required = true) List<AuditEntry> items) {}
