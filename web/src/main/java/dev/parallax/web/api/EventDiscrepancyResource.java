package dev.parallax.web.api;

import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.service.EventDiscrepancyAnswers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** An event's ranked discrepancies: what a reviewer opens first. */
@Path("/api/events/{id}/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discrepancies")
public class EventDiscrepancyResource {
    private final EventDiscrepancyAnswers answers;
    private final ParallaxConfig config;

    public EventDiscrepancyResource(EventDiscrepancyAnswers answers, ParallaxConfig config) {
        this.answers = answers;
        this.config = config;
    }

    @GET
    @Operation(summary = "An event's discrepancies, most important first, with evidence and review status",
            description = "Ranked as the comparison ranked them (rank 0 first); paged with page/size or offset/limit. "
                    + "Answers with an ETag that changes whenever the page may (a review, a re-comparison, a deleted "
                    + "account, a renamed outlet): send it back as If-None-Match to get 304 Not Modified instead.")
    @APIResponse(responseCode = "200", description = "The ranked list", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventDiscrepancies.class), examples = @ExampleObject(name = "ranked", value = """
                    {"event": {"id": "ev-2022-12-19-minsk", "label": "Minsk, 19 December 2022", "date": "2022-12-19"},
                     "items": [{"id": "3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809",
                       "claimGroup": "cg-4", "type": "DATE", "severity": "HIGH", "rank": 0,
                       "summary": "\\"19 December\\" vs \\"20 December\\"", "outlets": ["Northern Wire", "Capital Daily"],
                       "review": {"status": "open", "version": 0}, "orphaned": false,
                       "evidence": [{"article": "9c1e...", "outlet": "Northern Wire", "text": "on 19 December",
                                     "start": 88, "end": 102}]}],
                     "total": 1, "offset": 0, "limit": 20}""")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    @APIResponse(responseCode = "404", description = "No event with this id")
    public Response list(@Parameter(description = "Event id") @PathParam("id") String id,
                         @RestQuery String page, @RestQuery String size, @RestQuery String offset,
                         @RestQuery String limit,
                         @Parameter(description = "An ETag of this page read before") @RestHeader("If-None-Match")
                         String ifNoneMatch) {
        Paging paging = Paging.of(page, size, offset, limit, config.api());
        EventDiscrepancyAnswers.Answer answer = answers.ofEvent(id, paging.offset(), paging.limit());
        if (answer.etag() == null) {
            return Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (matches(ifNoneMatch, answer.etag())) {
            return Response.notModified(EntityTag.valueOf(answer.etag())).build();
        }
        return Response.ok(answer.json(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, answer.etag())
                .build();
    }

    /** If-None-Match: {@code *}, or a list of ETags (weak ones compare equal to strong ones for GET). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
