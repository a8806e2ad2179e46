package dev.parallax.web.api;

/** The claim group a discrepancy was found in (null for event-level findings such as SPELLING). */
public record ClaimGroupRef(String id, String summary) {}
