package dev.parallax.web.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as admins see it; never the password or its hash. */
public record UserView(@Schema(required = true) long id, @Schema(required = true) String username, @Schema(required = true) String role, OffsetDateTime createdAt) {}
