package dev.parallax.db;

/** An outlet and how many articles of it are stored. */
public record OutletCount(Long id, String name, String kind, long articleCount, boolean fictional) {}
