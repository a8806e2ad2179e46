package dev.parallax.db;

/** How many times one outlet wrote one spelling for one entity. */
public record SurfaceCount(String entityId, String outlet, String surface, long count) {}
