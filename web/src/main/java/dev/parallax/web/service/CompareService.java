package dev.parallax.web.service;

import dev.parallax.comparator.render.ReportJsonRenderer;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Analyzes and compares posted articles in memory: the report in the JSON contract, nothing stored. */
@ApplicationScoped
public class CompareService {
    private final EventPipeline pipeline;
    private final AnalyzerProvider analyzers;
    private final ReportJsonRenderer renderer = new ReportJsonRenderer();

    public CompareService(EventPipeline pipeline, AnalyzerProvider analyzers) {
        this.pipeline = pipeline;
        this.analyzers = analyzers;
    }

    /** @param oneEvent compare every article as one event, without grouping */
    public String compare(List<RawArticle> articles, boolean oneEvent) {
        ArticleAnalyzer analyzer = analyzers.current();
        List<AnalyzedArticle> analyzed = articles.stream().map(analyzer::analyze).toList();
        var comparison = pipeline.comparison();
        return renderer.render(oneEvent ? comparison.compareAsOneEvent(analyzed) : comparison.compare(analyzed));
    }
}
