package dev.parallax.web.service;

import dev.parallax.core.model.ReadProblem;
import java.util.List;

/** The outcome of one import: articles stored now, articles already stored, inputs that failed. */
public record ImportReport(List<ImportedArticle> created, List<ImportedArticle> existing, List<ReadProblem> failed) {
    public ImportReport {
        created = List.copyOf(created);
        existing = List.copyOf(existing);
        failed = List.copyOf(failed);
    }

    /** Nothing was stored or recognized, and something failed: the request as a whole failed. */
    public boolean nothingImported() {
        return created.isEmpty() && existing.isEmpty();
    }
}
