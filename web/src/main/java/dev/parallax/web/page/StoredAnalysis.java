package dev.parallax.web.page;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.web.api.ArticleDetail;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.service.AnalysisService;
import dev.parallax.web.service.ArticleQueryService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A stored article with its analysis, for pages that highlight entities, quotes and claims and for
 * diffs. The analysis is {@link AnalysisService}'s, the one stored events are built from: the stored
 * cleaned text as it is, linked with the gazetteer editors extended, so a page, a diff and an event
 * never disagree on an offset or a name.
 */
@ApplicationScoped
public class StoredAnalysis {
    private final ArticleQueryService articles;
    private final AnalysisService analyses;

    public StoredAnalysis(ArticleQueryService articles, AnalysisService analyses) {
        this.articles = articles;
        this.analyses = analyses;
    }

    /** The article with its analysis; a 404 problem when there is no such article. */
    public Analyzed get(String id) {
        ArticleDetail detail = articles.get(id);
        return new Analyzed(detail, analyze(detail));
    }

    /** The analysis alone (remembered by the analysis service); a 404 problem when there is no such article. */
    public AnalyzedArticle analysis(String id) {
        AnalyzedArticle analysis = analyses.analysis(id);
        if (analysis == null) {
            throw notFound(id);
        }
        return analysis;
    }

    /** The analysis of an article just read; a 404 problem when it was deleted meanwhile. */
    public AnalyzedArticle analyze(ArticleDetail detail) {
        return analysis(detail.id());
    }

    /** A stored article and what core understands of it. */
    public record Analyzed(ArticleDetail detail, AnalyzedArticle analysis) {}

    private static ProblemException notFound(String id) {
        return new ProblemException(404, "not-found", "Not Found", "no article with id " + id, List.of());
    }
}
