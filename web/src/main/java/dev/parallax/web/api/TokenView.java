package dev.parallax.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An API token as listed: never its secret.
 *
 * @param token the secret, only in the answer to {@code POST /api/tokens}; send it as
 *              {@code Authorization: Bearer <token>}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(@Schema(required = true) long id, String name, String username, String role, OffsetDateTime createdAt,
                        OffsetDateTime lastUsedAt, String token) {}
