package dev.parallax.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A spelling to link to an entity from now on. */
@Schema(example = "{\"alias\": \"Batka\"}")
public record AliasInput(@Schema(description = "one line, at most 200 characters, no tab or '|'") String alias) {}
