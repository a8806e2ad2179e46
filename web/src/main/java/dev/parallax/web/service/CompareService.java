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

    public String compare(List<RawArticle> articles) {
        ArticleAnalyzer analyzer = analyzers.current();
        List<AnalyzedArticle> analyzed = articles.stream().map(analyzer::analyze).toList();
        return renderer.render(pipeline.comparison().compare(analyzed));
    }
}
