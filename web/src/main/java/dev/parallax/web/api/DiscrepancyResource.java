package dev.parallax.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.ReviewQueryService;
import dev.parallax.web.service.ReviewService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Discrepancies, their reviews and review histories. A discrepancy's id is its fingerprint. */
@Path("/api/discrepancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discrepancies", description = "What the comparison found, and what reviewers decided")
public class DiscrepancyResource {
    static final String EXAMPLE_ID = "3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809";
    private static final String DETAIL_EXAMPLE = """
            {"id": "3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809", "orphaned": false,
             "event": {"id": "ev-2022-12-19-minsk", "label": "Minsk, 19 December 2022", "date": "2022-12-19"},
             "claimGroup": {"id": "cg-4", "summary": "air defence systems handed over"},
             "type": "ENTITY", "severity": "HIGH", "rank": 0,
             "summary": "\\"S-400 and Iskander systems\\" vs \\"S-400 Iskander missiles\\"",
             "evidence": [{"article": "9c1e...", "outlet": "Northern Wire", "title": "Talks in Minsk",
                           "text": "S-400 and Iskander systems", "start": 412, "end": 438,
                           "before": "Both leaders confirmed that ", "after": " would stay on duty."}],
             "review": {"status": "confirmed", "verdict": "misleading", "note": "Two systems, not one.",
                        "assignee": "maria", "version": 2, "updatedAt": "2026-11-23T10:15:00Z", "updatedBy": "maria"}}""";

    private static final Set<String> CHANGE_FIELDS = Set.of("status", "verdict", "note", "assignee", "version");

    private final ReviewQueryService queries;
    private final ReviewService reviews;
    private final ParallaxConfig config;
    private final ObjectMapper json;
    private final CurrentUser currentUser;

    public DiscrepancyResource(ReviewQueryService queries, ReviewService reviews, ParallaxConfig config,
                               ObjectMapper json, CurrentUser currentUser) {
        this.queries = queries;
        this.reviews = reviews;
        this.config = config;
        this.json = json;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "List discrepancies and their review status",
            description = "Newest event first, then by rank within the event, ties by id; paged with page/size "
                    + "(page from 1) or offset/limit, with a total. Without orphaned, lists live discrepancies and "
                    + "orphaned reviews (whose discrepancy is gone) together; orphaned=true only the latter, "
                    + "orphaned=false only the former. status is the review status (open until someone changes it).")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiscrepancyPage.class),
            examples = @ExampleObject(name = "page", value = """
                    {"items": [{"id": "3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809",
                      "event": {"id": "ev-2022-12-19-minsk", "label": "Minsk, 19 December 2022", "date": "2022-12-19"},
                      "claimGroup": "cg-4", "type": "NUMBER", "severity": "HIGH", "rank": 0,
                      "summary": "\\"14%\\" vs \\"30%\\"", "outlets": ["Northern Wire", "Capital Daily"],
                      "review": {"status": "open", "version": 0}, "orphaned": false}],
                     "total": 1, "offset": 0, "limit": 20}""")))
    public DiscrepancyPage list(
            @Parameter(description = "Event id", example = "ev-2022-12-19-minsk") @RestQuery String event,
            @Parameter(description = "ATTRIBUTION, NUMBER, ENTITY, DATE, PLACE, HEDGE, QUOTE_WORDING, OMISSION, SPELLING",
                    example = "NUMBER") @RestQuery String type,
            @Parameter(description = "HIGH, MEDIUM, LOW", example = "HIGH") @RestQuery String severity,
            @Parameter(description = "open, confirmed, dismissed, needs-source", example = "open") @RestQuery String status,
            @Parameter(description = "Outlet name: discrepancies with evidence from it") @RestQuery String outlet,
            @Parameter(description = "User name the review is assigned to") @RestQuery String assignee,
            @Parameter(description = "true: only orphaned reviews; false: only live discrepancies") @RestQuery String orphaned,
            @RestQuery String page, @RestQuery String size, @RestQuery String offset, @RestQuery String limit) {
        Paging paging = Paging.of(page, size, offset, limit, config.api());
        return queries.list(DiscrepancyFilters.of(event, type, severity, status, outlet, assignee, orphaned),
                paging.offset(), paging.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One discrepancy: evidence in context, event, claim group and review",
            description = "Answers with an ETag of the review version (send it back as If-Match with a change). "
                    + "An orphaned review (its discrepancy is gone) still answers, from its snapshot, with orphaned true.")
    @APIResponse(responseCode = "200", description = "The discrepancy", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiscrepancyDetail.class), examples = @ExampleObject(name = "discrepancy", value = DETAIL_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No discrepancy or review with this id")
    public Response get(@Parameter(description = "The discrepancy's fingerprint", example = EXAMPLE_ID)
                        @PathParam("id") String id) {
        DiscrepancyDetail detail = queries.get(id);
        return Response.ok(detail).header(HttpHeaders.ETAG, etag(detail.review().version())).build();
    }

    @PATCH
    @Path("{id}")
    @Requires(Role.FACT_CHECKER)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Review a discrepancy: status, verdict, note, assignee",
            description = "Only the fields sent change (an empty string clears verdict, note or assignee); every "
                    + "changed field is one audit row (who, when, from, to, note). version (or an If-Match header) "
                    + "must be the review version you read, 0 for a discrepancy nobody reviewed: an older one is "
                    + "refused with 409 naming the current version, so two reviewers never overwrite each other.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewChange.class), examples = @ExampleObject(name = "confirm",
            value = "{\"status\": \"confirmed\", \"verdict\": \"false\", "
                    + "\"note\": \"The ministry's release says 14%.\", \"version\": 0}")))
    @APIResponse(responseCode = "200", description = "The discrepancy with its changed review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiscrepancyDetail.class),
                    examples = @ExampleObject(name = "discrepancy", value = DETAIL_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is invalid (the problem names it)")
    @APIResponse(responseCode = "409", description = "The review changed since that version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "stale", value = """
                    {"type": "urn:parallax:problem:stale-version", "title": "Conflict", "status": 409,
                     "detail": "the review of 3f5a... changed since you read it: you sent version 1, the current version is 2; read it again and apply your change to version 2",
                     "currentVersion": 2, "errors": [{"field": "version", "message": "is 1, the current version is 2"}]}""")))
    public Response change(@PathParam("id") String id, JsonNode body,
                           @RestHeader("If-Match") String ifMatch) throws JsonProcessingException {
        DiscrepancyDetail detail = reviews.change(id, read(body), version(ifMatch), currentUser.name());
        return Response.ok(detail).header(HttpHeaders.ETAG, etag(detail.review().version())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change to the discrepancy's review, oldest first")
    @APIResponse(responseCode = "200", description = "The audit trail", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewHistory.class), examples = @ExampleObject(name = "history", value = """
                    {"id": "3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809", "items": [
                      {"id": 1, "field": "status", "from": "open", "to": "confirmed", "note": "Release says 14%.",
                       "actor": "maria", "at": "2026-11-23T10:15:00Z"}]}""")))
    public ReviewHistory history(@PathParam("id") String id) {
        return queries.history(id);
    }

    @ServerExceptionMapper
    public Response stale(ReviewService.StaleVersionException e, UriInfo uri) {
        Problem problem = e.toProblem("/" + uri.getPath().replaceFirst("^/", ""));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", problem.instance());
        body.put("currentVersion", e.current());
        body.put("errors", problem.errors());
        return Response.status(409).type(Problem.MEDIA_TYPE).header(HttpHeaders.ETAG, etag(e.current()))
                .entity(body).build();
    }

    /** A misspelt field would otherwise be ignored and the change silently lost: name it. */
    private ReviewChange read(JsonNode body) throws JsonProcessingException {
        if (body == null || body.isNull()) {
            return null;
        }
        if (!body.isObject()) {
            throw ProblemException.badField("body", "must be a JSON object with status, verdict, note, assignee, version");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CHANGE_FIELDS.contains(name)) {
                throw ProblemException.badField(name, "is not a review field; send status, verdict, note, assignee "
                        + "and version");
            }
        }
        return json.treeToValue(body, ReviewChange.class);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3}; null when absent. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.badField("If-Match", "must be the ETag you read, like \"3\", got " + ifMatch);
        }
    }
}
