package dev.parallax.web.api;

import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.ImportedArticle;
import dev.parallax.web.service.JobRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an import: every article created or already there, every input that failed, the analysis job. */
public record ImportResponse(@Schema(required = true) List<ImportedArticle> created,
                             @Schema(required = true) List<ImportedArticle> existing,
                             @Schema(required = true) List<Problem.Error> failed,
                             @Schema(nullable = true,
                                     description = "the background job analyzing the new articles; null when nothing is new")
                             JobRef job,
                             @Schema(nullable = true, description = "something to know about the workspace, such as the "
                                     + "fictional demo corpus standing beside real articles, with the command that removes it")
                             String notice) {

    public static ImportResponse of(ImportReport report) {
        return of(report, null);
    }

    public static ImportResponse of(ImportReport report, String notice) {
        return new ImportResponse(report.created(), report.existing(), errors(report), report.job(), notice);
    }

    public static List<Problem.Error> errors(ImportReport report) {
        return report.failed().stream().map(p -> Problem.Error.source(p.source(), p.line(), p.message())).toList();
    }
}
