package dev.parallax.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.web.api.EventViews.EventDetail;
import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.EventQueryService;
import dev.parallax.web.service.GroupingService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Grouping by hand (editors and admins): attach an account to an event, detach it, merge two events,
 * split one; and the trail of those decisions. What a person decided is kept when accounts arrive
 * or analysis runs again.
 */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventGroupingResource {
    private static final String EVENT_ID = "e-4c1d2b7a9e0f1a2b";

    private final GroupingService grouping;
    private final EventQueryService events;
    private final CurrentUser user;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public EventGroupingResource(GroupingService grouping, EventQueryService events, CurrentUser user,
                                 com.fasterxml.jackson.databind.ObjectMapper json) {
        this.grouping = grouping;
        this.events = events;
        this.user = user;
        this.json = json;
    }

    /** The body of an attach: the account to move into the event. */
    @Schema(name = "AttachInput", example = "{\"article\": \"9b0c3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7\"}")
    public record AttachInput(@Schema(required = true, description = "id of a stored article") String article) {}

    /** The body of a merge: the event to merge into the one named in the path. */
    @Schema(name = "EventMergeInput", example = "{\"event\": \"e-77ad0c9e1b7d2a4c\"}")
    public record EventMergeInput(@Schema(required = true, description = "id of the event merged away") String event) {}

    /** The body of a split: the accounts that move into a new event. */
    @Schema(name = "SplitInput", example = "{\"articles\": [\"9b0c...\", \"77ad...\"]}")
    public record SplitInput(@Schema(required = true, description = "at least two accounts of the event; at least two "
            + "must stay") List<String> articles) {}

    /** One grouping decision: who, when, what. */
    @Schema(name = "GroupingDecision")
    public record Decision(@Schema(required = true) long id,
                           @Schema(required = true, enumeration = {"attach", "detach", "merge", "split"}) String action,
                           @Schema(required = true, description = "the event acted on, as its id was then") String event,
                           @Schema(nullable = true, description = "the event an attached account left, the one "
                                   + "merged away, or the one split off") String otherEvent,
                           @Schema(required = true) List<String> articles, @Schema(required = true) String actor,
                           @Schema(required = true) java.time.OffsetDateTime at,
                           @Schema(nullable = true) String note) {}

    @Schema(name = "GroupingHistory")
    public record History(@Schema(required = true) String event, @Schema(required = true) List<Decision> items) {}

    @POST
    @Path("{id}/articles")
    @Requires(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "attachArticle", summary = "Attach an account to an event (editors)",
            description = "Moves the article into this event, out of the event it was in (which is compared again "
                    + "without it, or dissolves when one account is left). The event is compared again; reviews follow "
                    + "their findings. The decision is kept: later placements never take the account out of this event.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttachInput.class)))
    @APIResponse(responseCode = "200", description = "the event with the account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventDetail.class)))
    @APIResponse(responseCode = "308", description = "the event was merged into another: the same path under its id",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "the body is not JSON", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "not signed in", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "needs an editor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such event", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the account is already in this event", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "the body is not application/json", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "no article field, or no such article", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventDetail attach(@Parameter(example = EVENT_ID) @PathParam("id") String id, JsonNode body) {
        String article = text(object(body, Set.of("article")), "article");
        GroupingService.Outcome outcome = grouping.attach(id, article, user.name());
        return events.get(outcome.event());
    }

    @DELETE
    @Path("{id}/articles/{article}")
    @Requires(Role.EDITOR)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "detachArticle", summary = "Detach an account from an event (editors)",
            description = "Takes the account out of the event, which is compared again without it (or dissolves when "
                    + "one account is left; its reviews become orphaned, never deleted). The account stays stored, in "
                    + "no event, until someone attaches it; its unassignedReason says who detached it.")
    @APIResponse(responseCode = "204", description = "detached")
    @APIResponse(responseCode = "401", description = "not signed in", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "needs an editor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such event, no such article, or the article is not an "
            + "account of this event", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the events kept changing meanwhile; send it again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response detach(@Parameter(example = EVENT_ID) @PathParam("id") String id,
                           @PathParam("article") String article) {
        grouping.detach(id, article, user.name());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/merge")
    @Requires(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "mergeEvents", summary = "Merge another event into this one (editors)",
            description = "Every account of the other event joins this one, which keeps its id; the other's links "
                    + "(/api/events/{other}..., /events/{other}) answer 308 with this event's address from now on. "
                    + "Reviews follow their findings into this event.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventMergeInput.class)))
    @APIResponse(responseCode = "200", description = "the merged event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventDetail.class)))
    @APIResponse(responseCode = "308", description = "this event was merged into another: the same path under its id",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "the body is not JSON", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "not signed in", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "needs an editor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such event", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the other event is this event", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "the body is not application/json", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "no event field, or no such other event", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventDetail merge(@Parameter(example = EVENT_ID) @PathParam("id") String id, JsonNode body) {
        String other = text(object(body, Set.of("event")), "event");
        GroupingService.Outcome outcome = grouping.merge(id, other, user.name());
        return events.get(outcome.event());
    }

    @POST
    @Path("{id}/split")
    @Requires(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "splitEvent", summary = "Split accounts off an event into a new one (editors)",
            description = "The named accounts (at least two) move into a new event; at least two stay. Both events are "
                    + "compared again, reviews follow their findings into whichever carries them, and the accounts of "
                    + "both are pinned: later placements never join them again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SplitInput.class)))
    @APIResponse(responseCode = "201", description = "the new event",
            headers = @Header(name = "Location", description = "/api/events/{new id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventDetail.class)))
    @APIResponse(responseCode = "308", description = "this event was merged into another: the same path under its id",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "the body is not JSON", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "not signed in", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "needs an editor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such event", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the events kept changing meanwhile; send it again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "the body is not application/json", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "no articles, an article not in the event, or fewer than two "
            + "accounts on either side", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response split(@Parameter(example = EVENT_ID) @PathParam("id") String id, JsonNode body, UriInfo uri) {
        JsonNode input = object(body, Set.of("articles"));
        JsonNode list = input.get("articles");
        if (list == null || !list.isArray()) {
            throw invalid("articles", "is required: a JSON array of the ids of the accounts to move");
        }
        List<String> articles = new ArrayList<>();
        for (JsonNode a : list) {
            if (!a.isTextual()) {
                throw invalid("articles", "must hold article ids as strings, got " + a);
            }
            articles.add(a.asText());
        }
        GroupingService.Outcome outcome = grouping.split(id, articles, user.name());
        return Response.created(uri.getBaseUriBuilder().path("api/events").path(outcome.other()).build())
                .entity(events.get(outcome.other())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "eventGroupingHistory", summary = "Grouping decisions made by hand about an event",
            description = "Attach, detach, merge and split, oldest first: who, when, which accounts, and the other "
                    + "event involved; including decisions about events merged into this one.")
    @APIResponse(responseCode = "200", description = "the trail", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = History.class), examples = @ExampleObject(name = "history", value = """
                    {"event": "e-4c1d2b7a9e0f1a2b", "items": [{"id": 1, "action": "split", "event": "e-4c1d2b7a9e0f1a2b",
                      "otherEvent": "e-77ad0c9e1b7d2a4c", "articles": ["9b0c...", "77ad..."], "actor": "maria",
                      "at": "2026-11-23T10:15:00Z", "note": null}]}""")))
    @APIResponse(responseCode = "308", description = "the event was merged into another: the same path under its id",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "not signed in (when reads are not public)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such event", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public History history(@Parameter(example = EVENT_ID) @PathParam("id") String id) {
        List<Decision> items = grouping.history(id).stream().map(r -> new Decision(r.id(), r.action(), r.event(),
                r.otherEvent(), strings(r.articles()), r.actor(), r.at(), r.note())).toList();
        return new History(id, items);
    }

    private static JsonNode object(JsonNode body, Set<String> fields) {
        if (body == null || !body.isObject()) {
            throw invalid("body", "is required: a JSON object with " + String.join(", ", fields));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw invalid(name, "is not a field here; send " + String.join(", ", fields));
            }
        }
        return body;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(field, "is required: " + (field.equals("article") ? "the id of a stored article"
                    : "the id of an event") + " as a string");
        }
        return value.asText().strip();
    }

    private List<String> strings(String jsonArray) {
        try {
            List<String> ids = new ArrayList<>();
            json.readTree(jsonArray).forEach(n -> ids.add(n.asText()));
            return ids;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a grouping decision's articles are not JSON", e);
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "invalid-grouping", "Unprocessable Content", field + ": " + message,
                List.of(Problem.Error.field(field, message)));
    }
}
