package dev.parallax.web.api;

import dev.parallax.web.api.EventViews.Diff;
import dev.parallax.web.service.DiffService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/diff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class DiffResource {
    private final DiffService diffs;

    public DiffResource(DiffService diffs) {
        this.diffs = diffs;
    }

    @GET
    @Operation(summary = "Two stored accounts side by side, sentence by sentence, with inline word changes",
            description = "rows pair a sentence of each side (either may be null where an account has no counterpart); "
                    + "changes are runs of words (EQUAL, INSERT, DELETE, CHANGE) with code point offsets into each "
                    + "article's cleaned text (-1 on an empty side); spellingOnly marks transliterations and typos.")
    @APIResponse(responseCode = "200", description = "the diff", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Diff.class), examples = @ExampleObject(name = "diff", value = """
                    {"left": {"id": "9b0c...", "outlet": "Northwire", "title": "Putin in Minsk"},
                     "right": {"id": "77ad...", "outlet": "Meridian Post", "title": "Talks in Minsk"},
                     "rows": [{"left": {"article": "9b0c...", "text": "The talks lasted about three hours.", "start": 120, "end": 155},
                               "right": {"article": "77ad...", "text": "The talks lasted five hours.", "start": 98, "end": 126},
                               "similarity": 0.62,
                               "changes": [{"kind": "EQUAL", "left": "The talks lasted", "leftStart": 120, "leftEnd": 136,
                                            "right": "The talks lasted", "rightStart": 98, "rightEnd": 114, "spellingOnly": false},
                                           {"kind": "CHANGE", "left": "about three", "leftStart": 137, "leftEnd": 148,
                                            "right": "five", "rightStart": 115, "rightEnd": 119, "spellingOnly": false}]}],
                     "warnings": []}""")))
    @APIResponse(responseCode = "400", description = "left or right missing, or both the same article")
    @APIResponse(responseCode = "404", description = "left or right names no stored article")
    public Response diff(@RestQuery String left, @RestQuery String right) {
        return Response.ok(diffs.diff(left, right), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
