package dev.parallax.web.api;

import dev.parallax.core.model.RawArticle;
import dev.parallax.db.ArticleFilter;
import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.security.CurrentUser;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.ArticleDeletionService;
import dev.parallax.web.service.ArticleImportService;
import dev.parallax.web.service.ArticleQueryService;
import dev.parallax.web.service.ArticleRecordService;
import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.ImportedArticle;
import dev.parallax.web.service.Workspace;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {
    private final ArticleImportService imports;
    private final ArticleQueryService queries;
    private final ArticleDeletionService deletions;
    private final ParallaxConfig config;
    private final CurrentUser user;
    private final Workspace workspace;
    private final ArticleRecordService records;

    public ArticleResource(ArticleImportService imports, ArticleQueryService queries, ArticleDeletionService deletions,
                           ParallaxConfig config, CurrentUser user, Workspace workspace, ArticleRecordService records) {
        this.workspace = workspace;
        this.records = records;
        this.imports = imports;
        this.queries = queries;
        this.deletions = deletions;
        this.config = config;
        this.user = user;
    }

    @GET
    @Operation(summary = "List articles, newest first",
            description = "Page with page/size (page from 1) or offset/limit. Filters: outlet (exact name), "
                    + "publishedFrom/publishedTo (inclusive days like 2024-12-19, or ISO instants), "
                    + "q (full-text, web-search syntax: words, \"a phrase\", or, -word), unassigned (true: only "
                    + "accounts in no event, each with unassignedReason saying why; false: only accounts in one).")
    public ArticlePage list(@RestQuery String page, @RestQuery String size, @RestQuery String offset,
                            @RestQuery String limit, @RestQuery String outlet, @RestQuery String publishedFrom,
                            @RestQuery String publishedTo, @RestQuery String q,
                            @Parameter(description = "true: only accounts in no event; false: only accounts in an event",
                                    schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String unassigned) {
        int max = config.api().maxPageSize();
        Integer pageNo = QueryParams.integer("page", page, 1, Integer.MAX_VALUE / max);
        Integer pageSize = QueryParams.integer("size", size, 1, max);
        Integer from = QueryParams.integer("offset", offset, 0, Integer.MAX_VALUE);
        Integer count = QueryParams.integer("limit", limit, 1, max);
        if ((pageNo != null || pageSize != null) && (from != null || count != null)) {
            throw ProblemException.badField("offset", "use either page/size or offset/limit, not both");
        }
        int take = pageSize != null ? pageSize : count != null ? count : config.api().defaultPageSize();
        int skip = pageNo != null ? (pageNo - 1) * take : from != null ? from : 0;
        OffsetDateTime fromTime = QueryParams.time("publishedFrom", publishedFrom, false);
        OffsetDateTime toTime = QueryParams.time("publishedTo", publishedTo, true);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            throw ProblemException.badField("publishedTo", "must not be before publishedFrom");
        }
        ArticleFilter filter = new ArticleFilter(blankToNull(outlet), fromTime, toTime, blankToNull(q),
                bool("unassigned", unassigned));
        return queries.list(filter, skip, take);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article: metadata, raw text, cleaned text and what cleaning removed",
            description = "event is the id of the event the account is in, or null; then unassignedReason says why "
                    + "(the grouper's reason, or who detached it). fictional: part of the demo corpus.")
    public ArticleDetail get(@PathParam("id") String id) {
        return queries.get(id);
    }

    @POST
    @Requires(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add one article (text or html)",
            description = "201 with status \"created\", or 200 with status \"existing\" when the same cleaned text "
                    + "is already stored.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleCreated.class)),
            headers = @Header(name = "Location", description = "/api/articles/{id}"))
    @APIResponse(responseCode = "200", description = "The same cleaned text was already stored (status existing)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleCreated.class)))
    @APIResponse(responseCode = "422", description = "Read, but nothing could be stored (unreadable-article)")
    public Response create(@Valid @NotNull(message = "is required: a JSON object with outlet and text or html")
                           ArticleInput input, UriInfo uri) {
        String badUrl = dev.parallax.web.service.WebUrls.problem(input.url());
        if (badUrl != null) {
            throw ProblemException.badField("url", badUrl);
        }
        RawArticle raw = ArticleInputs.toRaw(input, imports, "");
        ImportReport report = imports.importArticles(List.of(raw), List.of());
        if (report.nothingImported()) {
            throw new ProblemException(422, "unreadable-article", "Article not imported",
                    report.failed().get(0).message(), ImportResponse.errors(report));
        }
        boolean created = !report.created().isEmpty();
        ImportedArticle article = created ? report.created().get(0) : report.existing().get(0);
        Response.ResponseBuilder response = created
                ? Response.created(uri.getBaseUriBuilder().path("api/articles").path(article.id()).build())
                : Response.ok();
        return response.entity(new ArticleCreated(article.id(), article.status(), article.outlet(), article.title(),
                article.source(), report.job(), workspace.demoNotice(report).orElse(null))).build();
    }

    @PATCH
    @Path("{id}")
    @Requires(Role.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Mark an article as the official record of its event, or clear the mark",
            description = "Send {\"record\": true} or {\"record\": false}. A record's words are what the event's "
                    + "other accounts are checked against: when the mark changes, a background job compares the "
                    + "event again. An account of an outlet of the kind official record stays a record (its answer's "
                    + "record stays true); change the outlet's kind for that.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePatch.class), examples = {
            @ExampleObject(name = "mark", value = "{\"record\": true}"),
            @ExampleObject(name = "clear", value = "{\"record\": false}")}))
    @APIResponse(responseCode = "200", description = "the article as changed",
            content = @Content(schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "400", description = "a field that cannot be changed, or a record that is not true or false",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleDetail patch(@PathParam("id") String id, com.fasterxml.jackson.databind.JsonNode patch) {
        return records.patch(id, patch);
    }

    /** What a PATCH may send (documents the body; the resource reads it as JSON to check its type). */
    @Schema(name = "ArticlePatch")
    public record ArticlePatch(@Schema(required = true, description = "true: the official record of its event; "
            + "false: not (unless its outlet is an official record)") boolean record) {}

    @DELETE
    @Path("{id}")
    @Requires(Role.EDITOR)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete an article",
            description = "Removes the article, its analysis and its evidence. Its event is compared again by a "
                    + "background job (named in the answer); reviews of discrepancies that vanish become orphaned, "
                    + "never deleted. An event left with one account dissolves.")
    @APIResponse(responseCode = "200", description = "deleted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.parallax.web.service.ArticleDeletionService.Deleted.class),
            examples = @ExampleObject(name = "deleted", value = """
                    {"id": "3f5a...e1", "event": "e-4c1d2b7a9e0f1a2b", "job": {"id": 151, "state": "queued", "url": "/api/jobs/151"}}""")))
    @APIResponse(responseCode = "404", description = "no such article")
    public ArticleDeletionService.Deleted delete(@PathParam("id") String id) {
        return deletions.delete(id, user.name());
    }

    @POST
    @Path("import")
    @Requires(Role.EDITOR)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import files (text with header, HTML, JSON, JSON Lines)",
            description = "Multipart: one part per file (its filename tells the format), plus an optional "
                    + "outlet field for files that name none. 200 with created/existing/failed when at least one "
                    + "article was stored or already there; 422 problem when nothing could be imported.")
    @APIResponse(responseCode = "200", description = "At least one article stored or already there; failed names the rest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "422", description = "Nothing could be imported (nothing-imported); errors names each input")
    public ImportResponse importFiles(@RestForm(FileUpload.ALL) List<FileUpload> files,
                                      @RestForm("outlet") String outlet) {
        List<ArticleImportService.NamedInput> inputs = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.fileName() == null || file.fileName().isBlank()) {
                continue;
            }
            try {
                inputs.add(new ArticleImportService.NamedInput(baseName(file.fileName()),
                        Files.readAllBytes(file.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (inputs.isEmpty()) {
            throw ProblemException.badField("files",
                    "no files: send one or more multipart parts with a filename (curl -F file=@article.txt)");
        }
        if (inputs.size() > config.imports().maxArticlesPerRequest()) {
            throw ProblemException.badField("files", "at most " + config.imports().maxArticlesPerRequest()
                    + " files per request, got " + inputs.size());
        }
        ImportReport report = imports.importInputs(inputs, blankToNull(outlet));
        if (report.nothingImported()) {
            throw new ProblemException(422, "nothing-imported", "Nothing imported",
                    report.failed().size() + " input(s) failed; see errors", ImportResponse.errors(report));
        }
        return ImportResponse.of(report, workspace.demoNotice(report).orElse(null));
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badField(name, "must be true or false, got \"" + value + "\"");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * An upload's name is only a label (the article's source) and a format hint, never a path: keep
     * its last segment, without control characters, so "../../etc/passwd.txt" is stored as "passwd.txt".
     */
    static String baseName(String uploadName) {
        String name = uploadName.replaceAll("\\p{Cntrl}", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() || name.equals("..") || name.equals(".") ? "upload" : name;
    }
}
