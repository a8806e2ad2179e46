package dev.parallax.web.service;

import dev.parallax.core.model.ReadProblem;
import java.util.List;

/**
 * The outcome of one import: articles stored now, articles already stored, inputs that failed, and
 * the job that analyzes what is new (null when nothing needs analyzing).
 */
public record ImportReport(List<ImportedArticle> created, List<ImportedArticle> existing, List<ReadProblem> failed,
                           JobRef job) {
    public ImportReport {
        created = List.copyOf(created);
        existing = List.copyOf(existing);
        failed = List.copyOf(failed);
    }

    public ImportReport(List<ImportedArticle> created, List<ImportedArticle> existing, List<ReadProblem> failed) {
        this(created, existing, failed, null);
    }

    public ImportReport withJob(JobRef job) {
        return new ImportReport(created, existing, failed, job);
    }

    /** Nothing was stored or recognized, and something failed: the request as a whole failed. */
    public boolean nothingImported() {
        return created.isEmpty() && existing.isEmpty();
    }
}
