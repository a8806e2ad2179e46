package dev.parallax.web.page;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.security.Requires;
import dev.parallax.web.security.Role;
import dev.parallax.web.service.ArticleImportService;
import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.JobService;
import dev.parallax.web.service.Workspace;
import dev.parallax.web.service.JobView;
import dev.parallax.web.api.ProblemException;
import jakarta.ws.rs.PathParam;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Upload files or paste an article; both go through the one import service the API and CLI use. */
@Path("/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PasteForm paste, List<String> problems);

        static native TemplateInstance result(ImportReport report, String notice);

        static native TemplateInstance job(JobView job, boolean finished);
    }

    /** The paste form's fields, echoed back when something needs fixing. */
    public record PasteForm(String outlet, String title, String published, String url, String text) {
        static final PasteForm EMPTY = new PasteForm(null, null, null, null, null);
    }

    private final ArticleImportService imports;
    private final JobService jobs;
    private final ParallaxConfig config;
    private final Workspace workspace;

    public ImportPage(ArticleImportService imports, JobService jobs, ParallaxConfig config, Workspace workspace) {
        this.workspace = workspace;
        this.imports = imports;
        this.jobs = jobs;
        this.config = config;
    }

    /**
     * How the analysis of an import goes. While it runs the page refreshes itself every two seconds
     * (a meta refresh: no script needed); when done it links the events the job touched.
     */
    @GET
    @Path("jobs/{id}")
    public String job(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(404, "not-found", "Not Found", "no job with id " + id, List.of());
        }
        JobView job = jobs.get(number);
        return Templates.job(job, "done".equals(job.state()) || "failed".equals(job.state())).render();
    }

    @GET
    @Requires(Role.EDITOR)
    public String form() {
        return Templates.form(PasteForm.EMPTY, List.of()).render();
    }

    @POST
    @Path("files")
    @Requires(Role.EDITOR)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public String files(@RestForm(FileUpload.ALL) List<FileUpload> files, @RestForm("outlet") String outlet) {
        List<ArticleImportService.NamedInput> inputs = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.fileName() == null || file.fileName().isBlank()) {
                continue;
            }
            try {
                inputs.add(new ArticleImportService.NamedInput(file.fileName(), Files.readAllBytes(file.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (inputs.isEmpty()) {
            return Templates.form(PasteForm.EMPTY, List.of("Files: choose one or more files to upload.")).render();
        }
        if (inputs.size() > config.imports().maxArticlesPerRequest()) {
            return Templates.form(PasteForm.EMPTY, List.of("Files: at most " + config.imports().maxArticlesPerRequest()
                    + " files at once; " + inputs.size() + " were chosen.")).render();
        }
        ImportReport report = imports.importInputs(inputs, ArticlePages.trim(outlet));
        return Templates.result(report, workspace.demoNotice(report).orElse(null)).render();
    }

    @POST
    @Path("text")
    @Requires(Role.EDITOR)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public String text(@RestForm String outlet, @RestForm String title, @RestForm String published,
                       @RestForm String url, @RestForm String text) {
        PasteForm form = new PasteForm(ArticlePages.trim(outlet), ArticlePages.trim(title), ArticlePages.trim(published),
                ArticlePages.trim(url), text);
        List<String> problems = new ArrayList<>();
        if (form.outlet() == null) {
            problems.add("Outlet: say who published the article.");
        }
        if (text == null || text.isBlank()) {
            problems.add("Text: paste the article's text.");
        }
        OffsetDateTime when = null;
        if (form.published() != null) {
            try {
                when = LocalDate.parse(form.published()).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                problems.add("Published: write the date like 2022-12-19.");
            }
        }
        if (!problems.isEmpty()) {
            return Templates.form(form, problems).render();
        }
        RawArticle raw = new RawArticle(form.outlet(), form.url(), form.title(), when, null, null, text,
                SourceFormat.TEXT, "pasted");
        ImportReport report = imports.importArticles(List.of(raw), List.<ReadProblem>of());
        if (report.nothingImported()) {
            return Templates.form(form, report.failed().stream().map(p -> "Text: " + p.message()).toList()).render();
        }
        return Templates.result(report, workspace.demoNotice(report).orElse(null)).render();
    }
}
