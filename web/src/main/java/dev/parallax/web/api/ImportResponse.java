package dev.parallax.web.api;

import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.ImportedArticle;
import java.util.List;

/** The answer to an import: every article created or already there, and every input that failed. */
public record ImportResponse(List<ImportedArticle> created, List<ImportedArticle> existing, List<Problem.Error> failed) {

    public static ImportResponse of(ImportReport report) {
        return new ImportResponse(report.created(), report.existing(), errors(report));
    }

    public static List<Problem.Error> errors(ImportReport report) {
        return report.failed().stream().map(p -> Problem.Error.source(p.source(), p.line(), p.message())).toList();
    }
}
