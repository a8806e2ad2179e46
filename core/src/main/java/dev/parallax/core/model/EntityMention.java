package dev.parallax.core.model;

/**
 * One place where an entity is named.
 *
 * @param entityId   canonical id; for unknown names a synthetic "unknown:..." id shared by similar surfaces
 * @param surface    the words as written
 * @param match      how it was linked
 * @param confidence 0..1
 */
public record EntityMention(String entityId, EntityKind kind, String surface, int start, int end,
                            MatchKind match, double confidence) {}
