package dev.parallax.web.api;

import java.time.OffsetDateTime;

/** One change to a review: who changed which field from what to what, when, with which note. */
public record AuditEntry(long id, String field, String from, String to, String note, String actor, OffsetDateTime at) {}
