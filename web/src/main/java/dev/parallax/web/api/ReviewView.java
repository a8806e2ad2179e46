package dev.parallax.web.api;

import java.time.OffsetDateTime;

/**
 * A reviewer's decision. {@code status} is open, confirmed, dismissed or needs-source ("open" and
 * version 0 until someone changes it); send {@code version} back with a change.
 */
public record ReviewView(String status, String verdict, String note, String assignee, long version,
                         OffsetDateTime updatedAt, String updatedBy) {}
