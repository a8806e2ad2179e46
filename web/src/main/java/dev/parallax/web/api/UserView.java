package dev.parallax.web.api;

import java.time.OffsetDateTime;

/** A user as admins see it; never the password or its hash. */
public record UserView(long id, String username, String role, OffsetDateTime createdAt) {}
