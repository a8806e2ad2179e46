package dev.parallax.web.api;

import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.service.ReviewQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** An event's ranked discrepancies: what a reviewer opens first. */
@Path("/api/events/{id}/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discrepancies")
public class EventDiscrepancyResource {
    private final ReviewQueryService queries;
    private final ParallaxConfig config;

    public EventDiscrepancyResource(ReviewQueryService queries, ParallaxConfig config) {
        this.queries = queries;
        this.config = config;
    }

    @GET
    @Operation(summary = "An event's discrepancies, most important first, with evidence and review status",
            description = "Ranked as the comparison ranked them (rank 0 first); paged with page/size or offset/limit.")
    @APIResponse(responseCode = "200", description = "The ranked list", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "ranked", value = """
                    {"event": {"id": "ev-2022-12-19-minsk", "label": "Minsk, 19 December 2022", "date": "2022-12-19"},
                     "items": [{"id": "3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809",
                       "claimGroup": "cg-4", "type": "DATE", "severity": "HIGH", "rank": 0,
                       "summary": "\\"19 December\\" vs \\"20 December\\"", "outlets": ["Northern Wire", "Capital Daily"],
                       "review": {"status": "open", "version": 0}, "orphaned": false,
                       "evidence": [{"article": "9c1e...", "outlet": "Northern Wire", "text": "on 19 December",
                                     "start": 88, "end": 102}]}],
                     "total": 1, "offset": 0, "limit": 20}""")))
    @APIResponse(responseCode = "404", description = "No event with this id")
    public EventDiscrepancies list(@Parameter(description = "Event id") @PathParam("id") String id,
                                   @RestQuery String page, @RestQuery String size, @RestQuery String offset,
                                   @RestQuery String limit) {
        Paging paging = Paging.of(page, size, offset, limit, config.api());
        return queries.ofEvent(id, paging.offset(), paging.limit());
    }
}
