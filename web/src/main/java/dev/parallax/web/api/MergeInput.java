package dev.parallax.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The entity to fold into the one named in the path. */
@Schema(example = "{\"from\": \"unknown:alexandr-lukashenka\"}")
public record MergeInput(@Schema(description = "id of the entity that stops existing on its own") String from) {}
