package dev.parallax.web.api;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.db.EventFilter;
import dev.parallax.web.api.EventViews.Alignment;
import dev.parallax.web.api.EventViews.ClaimGroupView;
import dev.parallax.web.api.EventViews.EventDetail;
import dev.parallax.web.api.EventViews.EventPage;
import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.service.EventQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {
    private final EventQueryService events;
    private final ParallaxConfig config;

    public EventResource(EventQueryService events, ParallaxConfig config) {
        this.events = events;
        this.config = config;
    }

    @GET
    @Operation(summary = "List events, latest first",
            description = "Page with page/size (page from 1) or offset/limit. Filters: from/to (inclusive event days "
                    + "like 2022-12-19), place and participant (an entity id like minsk, or a name; case-insensitive), "
                    + "outlet (exact name of an outlet with an account of the event), q (words that must each occur in "
                    + "the label, places, participants or an account's title), type (a discrepancy type the event has, like DATE). Ordered by event day (undated "
                    + "last), then creation, so pages never overlap.")
    @APIResponse(responseCode = "200", description = "one page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventViews.EventPage.class),
            examples = @ExampleObject(name = "page", value = """
                    {"items": [{"id": "e-4c1d2b7a9e0f1a2b", "label": "Putin and Lukashenko in Minsk, 2022-12-19",
                      "date": "2022-12-19", "places": ["minsk"], "participants": ["putin", "lukashenko"],
                      "articleCount": 6, "outletCount": 6, "discrepancyCount": 14,
                      "updatedAt": "2026-11-23T14:02:11Z"}], "total": 1, "offset": 0, "limit": 20}""")))
    @APIResponse(responseCode = "400", description = "a bad filter or paging parameter, named in errors")
    public EventPage list(@RestQuery String page, @RestQuery String size, @RestQuery String offset,
                          @RestQuery String limit, @RestQuery String from, @RestQuery String to,
                          @RestQuery String place, @RestQuery String participant, @RestQuery String outlet,
                          @RestQuery String q, @RestQuery String type) {
        Paging paging = Paging.of(page, size, offset, limit, config.api());
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ProblemException.badField("to", "must not be before from");
        }
        String discrepancyType = blankToNull(type);
        if (discrepancyType != null && Arrays.stream(DiscrepancyType.values()).noneMatch(t -> t.name().equals(discrepancyType))) {
            throw ProblemException.badField("type", "must be one of " + Arrays.toString(DiscrepancyType.values()));
        }
        return events.list(new EventFilter(fromDay, toDay, blankToNull(place), blankToNull(participant),
                blankToNull(outlet), blankToNull(q), discrepancyType), paging.offset(), paging.limit());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One event: label, day, places, participants, accounts with outlets, discrepancy counts",
            description = "discrepancies.byType counts by discrepancy type, discrepancies.byStatus by review status "
                    + "(a discrepancy nobody reviewed yet counts as open). reference lists the accounts that are the "
                    + "event's official record (imported with \"record\": true, or of an outlet of the kind official "
                    + "record); fidelity gives every quotation of the other accounts checked against it: VERBATIM, "
                    + "FAITHFUL, ALTERED (also a discrepancy, ranked first, id in discrepancy) or NOT_IN_RECORD, with "
                    + "both spans (code points into the cleaned texts) and the similarity. Both are empty without a record.")
    @APIResponse(responseCode = "200", description = "the event", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventViews.EventDetail.class),
            examples = @ExampleObject(name = "event", value = """
                    {"id": "e-4c1d2b7a9e0f1a2b", "label": "Putin and Lukashenko in Minsk, 2022-12-19", "date": "2022-12-19",
                     "places": ["minsk"], "participants": ["putin", "lukashenko"],
                     "articles": [{"id": "9b0c...", "outlet": "Northwire", "title": "Putin in Minsk",
                                   "url": null, "published": "2022-12-19T16:00:00Z"}],
                     "articleCount": 6, "outletCount": 6,
                     "discrepancies": {"total": 14, "byType": {"NUMBER": 3, "SPELLING": 4},
                                       "byStatus": {"open": 12, "confirmed": 2}},
                     "warnings": [], "updatedAt": "2026-11-23T14:02:11Z",
                     "reference": ["5e1f..."],
                     "fidelity": [{"article": "9b0c...", "quote": {"text": "Belarus will keep paying $185.5 per 1,000 cubic metres", "start": 1210, "end": 1262},
                                   "kind": "INDIRECT", "speaker": "person:putin", "speakerWords": "Putin",
                                   "record": {"article": "5e1f...", "text": "Belarus will pay 128.5 dollars per 1,000 cubic metres of Russian gas in 2023.", "start": 1402, "end": 1478},
                                   "recordSpeaker": "person:putin", "recordSpeakerWords": "President of Russia Vladimir Putin",
                                   "verdict": "ALTERED", "similarity": 0.81, "nearest": null,
                                   "reasons": ["a figure: 185.5, the record 128.5"], "discrepancy": "3f6c...e1"}]}""")))
    @APIResponse(responseCode = "404", description = "no such event")
    public EventDetail get(@PathParam("id") String id) {
        return events.get(id);
    }

    @GET
    @Path("{id}/claim-groups")
    @Operation(summary = "The event's claim groups: claims of several accounts that report one fact or statement",
            description = "members are spans {article, text, start, end}; offsets are code points into the "
                    + "article's cleaned text. copies lists accounts that are near-copies of one source.")
    @APIResponse(responseCode = "200", description = "claim groups in order", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimGroupView.class), examples = @ExampleObject(name = "groups", value = """
                    [{"id": "g-0a1b2c3d4e5f6a7b", "position": 0, "summary": "The talks lasted about three hours.",
                      "members": [{"article": "9b0c...", "text": "The talks lasted about three hours.", "start": 120, "end": 155}],
                      "copies": [], "independent": 2}]""")))
    @APIResponse(responseCode = "404", description = "no such event")
    public List<ClaimGroupView> claimGroups(@PathParam("id") String id) {
        return events.claimGroups(id);
    }

    @GET
    @Path("{id}/alignment")
    @Operation(summary = "The alignment table: claim groups by accounts",
            description = "columns are the event's accounts (by outlet), rows its claim groups; a cell is an account's "
                    + "wording of the claim, or null when it has none. changes compare the cell with the group's first "
                    + "member (the reference): kind CHANGE/INSERT/DELETE, from = the reference's words, to = the cell's.")
    @APIResponse(responseCode = "200", description = "the table", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Alignment.class), examples = @ExampleObject(name = "alignment", value = """
                    {"event": "e-4c1d2b7a9e0f1a2b",
                     "columns": [{"id": "9b0c...", "outlet": "Northwire"}, {"id": "77ad...", "outlet": "Meridian Post"}],
                     "rows": [{"claimGroup": "g-0a1b2c3d4e5f6a7b", "summary": "The talks lasted about three hours.",
                               "cells": [{"text": "The talks lasted about three hours.", "start": 120, "end": 155,
                                          "reference": true, "changes": []},
                                         {"text": "The talks lasted five hours.", "start": 98, "end": 126, "reference": false,
                                          "changes": [{"kind": "CHANGE", "from": "about three", "to": "five",
                                                       "spellingOnly": false}]}]}]}""")))
    @APIResponse(responseCode = "404", description = "no such event")
    public Alignment alignment(@PathParam("id") String id) {
        return events.alignment(id);
    }

    private static LocalDate day(String name, String value) {
        OffsetDateTime time = QueryParams.time(name, value, false);
        return time == null ? null : time.toLocalDate();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
