package dev.parallax.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.OutletService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/outlets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outlets")
public class OutletResource {
    private final OutletService outlets;

    public OutletResource(OutletService outlets) {
        this.outlets = outlets;
    }

    @GET
    @Operation(summary = "Every outlet with its id, kind and number of stored articles, by name")
    public List<OutletSummary> list() {
        return outlets.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One outlet")
    public OutletSummary get(@PathParam("id") String id) {
        return outlets.get(id);
    }

    @PATCH
    @Path("{id}")
    @Requires(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rename an outlet or set its kind",
            description = "Send name, kind or both. kind is one of: wire service, state media, independent, "
                    + "aggregator, official record (null marks it unclassified). An official record's accounts (a "
                    + "government press office's transcripts and readouts) are the record of their events: making an "
                    + "outlet one, or no longer one, queues a job that compares its events again. 409 when another "
                    + "outlet has the name.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutletPatch.class), examples = {
            @ExampleObject(name = "classify", value = "{\"kind\": \"state media\"}"),
            @ExampleObject(name = "official record", value = "{\"kind\": \"official record\"}"),
            @ExampleObject(name = "rename", value = "{\"name\": \"Northwire\", \"kind\": \"wire service\"}")}))
    @APIResponse(responseCode = "200", description = "the outlet as changed",
            content = @Content(schema = @Schema(implementation = OutletSummary.class)))
    @APIResponse(responseCode = "400", description = "a field that cannot be changed, or a kind that is not one of the kinds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the name belongs to another outlet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OutletSummary patch(@PathParam("id") String id, JsonNode patch) {
        return outlets.patch(id, patch);
    }

    /** What a PATCH may send (documents the body; the resource reads it as JSON to tell null from absent). */
    @GET
    @Path("{id}/fidelity")
    @Operation(summary = "How the outlet's quotations stand against the official records of the events it covered",
            description = "Counts of its quotations by verdict: verbatim (the record's words), faithful (other words, same "
                    + "figures, names, negation and modality), altered (the record's passage, changed), not in record (no "
                    + "passage of the record Parallax holds renders it). events counts the events with an account of the "
                    + "outlet, eventsWithRecord those with an official record; byEvent gives the counts per event.")
    @APIResponse(responseCode = "200", description = "the counts",
            content = @Content(schema = @Schema(implementation = OutletFidelity.class)))
    @APIResponse(responseCode = "404", description = "no such outlet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OutletFidelity fidelity(@PathParam("id") String id) {
        return outlets.fidelity(id);
    }

    @Schema(name = "OutletPatch")
    public record OutletPatch(@Schema(description = "a new name, unique among outlets") String name,
                              @Schema(description = "wire service, state media, independent, aggregator, official record; null: unclassified",
                                      enumeration = {"wire service", "state media", "independent", "aggregator",
                                              "official record"}) String kind) {}
}
