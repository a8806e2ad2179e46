package dev.parallax.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An outlet; {@code kind} is null until classified (wire service, state media, independent, aggregator, official record).
 * {@code fictional}: an invented outlet of the demo corpus.
 */
@Schema(example = "{\"id\": 1, \"name\": \"Northwire\", \"kind\": \"wire service\", \"articleCount\": 42, \"fictional\": true}")
public record OutletSummary(@Schema(required = true) long id, @Schema(required = true) String name,
                            @Schema(nullable = true) String kind, @Schema(required = true) long articleCount,
                            @Schema(required = true) boolean fictional) {}
