package dev.parallax.db;

/** An outlet and how many articles of it are stored. */
public record OutletCount(String name, String kind, long articleCount) {}
