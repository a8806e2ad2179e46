package dev.parallax.web.api;

import dev.parallax.db.DiscrepancyFilter;
import dev.parallax.web.service.ExportService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Discrepancies in formats other tools read: ClaimReview JSON-LD, Web Annotations, CSV. */
@Path("/api/exports")
@Tag(name = "Exports", description = "Reviewed findings for fact-check aggregators, annotation tools and spreadsheets")
public class ExportResource {
    static final String JSON_LD = "application/ld+json";
    static final String ANNOTATIONS = "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"";

    private final ExportService exports;

    private final dev.parallax.web.config.ParallaxConfig config;

    public ExportResource(ExportService exports, dev.parallax.web.config.ParallaxConfig config) {
        this.exports = exports;
        this.config = config;
    }

    @GET
    @Path("claimreview")
    @Produces(JSON_LD)
    @Operation(summary = "Confirmed discrepancies as schema.org ClaimReview (JSON-LD array)",
            description = "One ClaimReview per confirmed discrepancy: claimReviewed (its summary), reviewRating "
                    + "(alternateName = the verdict), itemReviewed (a Claim with every outlet's article as an "
                    + "appearance), author (the reviewer who confirmed it), datePublished (when), url (its permalink).")
    @APIResponse(responseCode = "200", description = "ClaimReview objects", content = @Content(mediaType = JSON_LD, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class, description = "schema.org ClaimReview objects (JSON-LD)"),
            examples = @ExampleObject(name = "claimreview", value = """
                    [{"@context": "https://schema.org", "@type": "ClaimReview",
                      "url": "http://localhost:8080/discrepancies/3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809",
                      "identifier": "3f5a0c9e1b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809",
                      "claimReviewed": "\\"14 sailings\\" vs \\"30 sailings\\"", "reviewAspect": "NUMBER",
                      "reviewRating": {"@type": "Rating", "alternateName": "False figure"},
                      "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "Capital Daily"},
                        "appearance": [{"@type": "NewsArticle", "url": "https://daily.example/harbour-walkout",
                          "headline": "Harbour walkout", "datePublished": "2024-03-05T09:30:00Z",
                          "publisher": {"@type": "Organization", "name": "Capital Daily"}}]},
                      "author": {"@type": "Person", "name": "maria"}, "datePublished": "2026-11-23"}]""")))
    public Response claimReview(@Parameter(description = "Only this event") @RestQuery String event, UriInfo uri) {
        DiscrepancyFilter filter = DiscrepancyFilters.of(event, null, null, null, null, null, null);
        List<Map<String, Object>> body = exports.claimReviews(filter, base(uri));
        return Response.ok(body, JSON_LD).build();
    }

    @GET
    @Path("annotations")
    @Produces(ANNOTATIONS)
    @Operation(summary = "Every piece of evidence as a W3C Web Annotation (JSON-LD array)",
            description = "Target: the article's URL (or urn:parallax:article:{id}) with a TextQuoteSelector "
                    + "(exact, prefix, suffix) and a TextPositionSelector (start, end: code points into the cleaned "
                    + "text); bodies: the discrepancy's summary, type, severity and review status.")
    @APIResponse(responseCode = "200", description = "Annotations", content = @Content(mediaType = ANNOTATIONS, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class, description = "W3C Web Annotations (JSON-LD)"),
            examples = @ExampleObject(name = "annotations", value = """
                    [{"@context": "http://www.w3.org/ns/anno.jsonld",
                      "id": "http://localhost:8080/discrepancies/3f5a...#evidence-0", "type": "Annotation",
                      "motivation": "highlighting",
                      "body": [{"type": "TextualBody", "purpose": "describing", "format": "text/plain",
                                "value": "\\"14 sailings\\" vs \\"30 sailings\\""}],
                      "target": {"source": "https://wire.example/pilots-strike", "selector": [
                        {"type": "TextQuoteSelector", "exact": "14 sailings", "prefix": "The port authority said ",
                         "suffix": " were cancelled and that"},
                        {"type": "TextPositionSelector", "start": 118, "end": 129}]}}]""")))
    public Response annotations(@Parameter(description = "Only this event") @RestQuery String event,
                                @Parameter(description = "Only this review status") @RestQuery String status,
                                @Parameter(description = "Only this type") @RestQuery String type,
                                UriInfo uri) {
        DiscrepancyFilter filter = DiscrepancyFilters.of(event, type, null, status, null, null, null);
        return Response.ok(exports.annotations(filter, base(uri)), ANNOTATIONS).build();
    }

    @GET
    @Path("discrepancies.csv")
    @Produces("text/csv")
    @Operation(summary = "Discrepancies as CSV (RFC 4180), same filters and order as the list",
            description = "Columns: id, event, event_date, type, severity, rank, status, verdict, assignee, orphaned, "
                    + "summary, outlets, evidence. Cells starting with = + - @ get a leading apostrophe so a "
                    + "spreadsheet never runs article text as a formula.")
    public Response csv(@RestQuery String event, @RestQuery String type, @RestQuery String severity,
                        @RestQuery String status, @RestQuery String outlet, @RestQuery String assignee,
                        @RestQuery String orphaned) {
        DiscrepancyFilter filter = DiscrepancyFilters.of(event, type, severity, status, outlet, assignee, orphaned);
        return Response.ok(exports.csv(filter), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"discrepancies.csv\"").build();
    }

    /** The configured public base URL (parallax.public-base-url), never the request's Host header. */
    private String base(UriInfo uri) {
        String base = config.publicBaseUrl().strip();
        return base.endsWith("/") ? base : base + "/";
    }
}
