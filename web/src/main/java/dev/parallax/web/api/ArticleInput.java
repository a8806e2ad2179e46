package dev.parallax.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One article posted as JSON: {@code text} (plain, paragraphs separated by blank lines) or
 * {@code html} (a page; the article body is extracted), not both.
 *
 * @param published ISO-8601: 2024-12-19T10:15:00+03:00, 2024-12-19T10:15:00 (UTC) or 2024-12-19
 */
public record ArticleInput(
        @NotBlank(message = "is required: the outlet that published the article") @Size(max = 200)
        @Schema(description = "The outlet's name; stored without leading and trailing spaces, so \" Reuters \" is Reuters")
        String outlet,
        @Size(max = 2000) @Schema(description = "Where the outlet published it: an absolute http:// or https:// address")
        String url,
        @Size(max = 1000) String title,
        String published,
        @Size(max = 500) String byline,
        @Size(max = 35) String language,
        String text,
        String html,
        @Schema(description = "true: the official record of its event (a transcript, a readout, a joint statement); "
                + "the quotations of the event's other accounts are checked against it")
        Boolean record) {}
