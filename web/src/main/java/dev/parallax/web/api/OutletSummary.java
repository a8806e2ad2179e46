package dev.parallax.web.api;

/** An outlet; {@code kind} is null until classified (wire service, state media, independent, aggregator). */
public record OutletSummary(String name, String kind, long articleCount) {}
