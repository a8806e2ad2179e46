package dev.parallax.db;

/** How often an entity is mentioned and in how many articles. */
public record EntityMentionStats(String entityId, long mentions, long articles) {}
