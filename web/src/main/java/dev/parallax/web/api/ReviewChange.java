package dev.parallax.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to a review: only the fields sent change; an empty string clears verdict, note or
 * assignee. {@code version} is the review version the change is based on (0 for a discrepancy
 * nobody reviewed yet); it may come as an {@code If-Match} header instead.
 */
@Schema(example = "{\"status\": \"confirmed\", \"verdict\": \"false\", "
        + "\"note\": \"The ministry's release says 14%.\", \"assignee\": \"maria\", \"version\": 0}")
public record ReviewChange(
        @Schema(enumeration = {"open", "confirmed", "dismissed", "needs-source"}) String status,
        @Schema(enumeration = {"false", "misleading", "unproven", "mostly-accurate", "accurate"},
                description = "The reviewer's verdict from a fixed vocabulary (docs/reviews.md), required to confirm; "
                        + "\"\" clears it. Exported as the ClaimReview's reviewRating: ratingValue 1 (false) to 5 "
                        + "(accurate), bestRating 5, worstRating 1; outer spaces are removed") String verdict,
        @Schema(description = "Kept exactly as written, spaces and line breaks included; a blank note clears it")
        String note,
        @Schema(description = "User name of who should look at it: a user of this workspace who may review; "
                + "outer spaces are removed") String assignee,
        @Schema(description = "The version you read") Long version) {}
