package dev.parallax.web.api;

import dev.parallax.core.model.RawArticle;
import dev.parallax.web.config.PipelineConfig;
import dev.parallax.web.security.ReadOnly;
import dev.parallax.web.service.ArticleImportService;
import dev.parallax.web.service.CompareService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/compare")
@Tag(name = "Events")
public class CompareResource {
    private final CompareService compare;
    private final ArticleImportService imports;
    private final PipelineConfig config;

    public CompareResource(CompareService compare, ArticleImportService imports, PipelineConfig config) {
        this.compare = compare;
        this.imports = imports;
        this.config = config;
    }

    /** The comparison report's top level (docs: the JSON contract); documents the answer only. */
    @Schema(name = "ComparisonReport")
    public record Report(@Schema(required = true) List<Map<String, Object>> articles,
                         @Schema(required = true) List<Map<String, Object>> events,
                         @Schema(required = true) List<String> unassigned, Map<String, String> unassignedReasons,
                         List<String> warnings) {}

    /**
     * The body: the articles to compare, each as POST /api/articles takes one; {@code oneEvent} true compares
     * them all as one event, without grouping.
     */
    public record CompareRequest(@Valid List<@Valid @NotNull(message = "must be an article object") ArticleInput> articles,
                                 @Schema(nullable = true, description = "true: compare all the articles as one event, "
                                         + "without grouping; absent or false: group them into events first")
                                 Boolean oneEvent) {}

    @POST
    @ReadOnly
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare posted articles; nothing is stored",
            description = "Analyzes the articles, groups them into events and answers the comparison report in the "
                    + "JSON contract (the same as `parallax compare --format json`): articles, events with claim groups "
                    + "and ranked discrepancies, unassigned with the reason for each, warnings. With \"oneEvent\": true the "
                    + "articles are compared as one event, without grouping. At most parallax.pipeline.compare.max-articles "
                    + "articles, each within parallax.import.max-article-bytes. Changes nothing, so it is a read: "
                    + "open to viewers (to anyone when reads are public).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two accounts",
            value = """
                    {"articles": [
                      {"outlet": "Northwire", "title": "Putin in Minsk", "published": "2022-12-19",
                       "text": "MINSK, Dec 19 - Vladimir Putin held talks with Alexander Lukashenko. The talks lasted three hours."},
                      {"outlet": "Meridian Post", "title": "Talks in Minsk", "published": "2022-12-19",
                       "text": "Vladimir Putin met Aleksandr Lukashenko in Minsk on Monday. The talks lasted five hours."}]}""")))
    @APIResponse(responseCode = "200", description = "the comparison report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompareResource.Report.class), examples = @ExampleObject(name = "report", value = """
                    {"articles": [{"id": "9b0c...", "outlet": "Northwire", "title": "Putin in Minsk", "url": null,
                                   "published": "2022-12-19T00:00Z", "source": "api"}],
                     "events": [{"id": "e-4c1d2b7a9e0f1a2b", "label": "Putin and Lukashenko in Minsk, 2022-12-19",
                                 "date": "2022-12-19", "places": ["minsk"], "participants": ["putin", "lukashenko"],
                                 "articles": ["9b0c...", "77ad..."], "claimGroups": [], "discrepancies": [
                                   {"id": "d-1a2b3c4d5e6f7a8b", "type": "NUMBER", "severity": "HIGH",
                                    "summary": "three hours vs five hours", "claimGroup": "g-0a1b2c3d4e5f6a7b",
                                    "evidence": [{"article": "9b0c...", "text": "three hours", "start": 80, "end": 91}]}]}],
                     "unassigned": [], "warnings": []}""")))
    @APIResponse(responseCode = "400", description = "no articles, too many, or an article without outlet or text")
    @APIResponse(responseCode = "413", description = "an article over the size limit")
    public String compare(@Valid @NotNull(message = "is required: {\"articles\": [ ... ]}") CompareRequest request) {
        if (request.articles() == null || request.articles().isEmpty()) {
            throw ProblemException.badField("articles", "is required: one or more articles, each with outlet and text or html");
        }
        int max = config.compare().maxArticles();
        if (request.articles().size() > max) {
            throw ProblemException.badField("articles", "at most " + max + " articles per comparison, got "
                    + request.articles().size());
        }
        List<RawArticle> raws = new ArrayList<>();
        for (int i = 0; i < request.articles().size(); i++) {
            ArticleInput input = request.articles().get(i);
            String prefix = "articles[" + i + "].";
            if (input.outlet() == null || input.outlet().isBlank()) {
                throw ProblemException.badField(prefix + "outlet", "is required: the outlet that published the article");
            }
            raws.add(ArticleInputs.toRaw(input, imports, prefix));
        }
        return compare.compare(raws, Boolean.TRUE.equals(request.oneEvent()));
    }
}
