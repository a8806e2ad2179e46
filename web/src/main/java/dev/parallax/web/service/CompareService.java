package dev.parallax.web.service;

import dev.parallax.comparator.render.ReportJsonRenderer;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * @param oneEvent compare every article as one event, without grouping
     * Articles posted with {@code "record": true} are their event's official record (the report's
     * {@code reference} and {@code fidelity}).
     */
    public String compare(List<RawArticle> articles, boolean oneEvent) {
        ArticleAnalyzer analyzer = analyzers.current();
        List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
        Set<String> records = new TreeSet<>();
        for (RawArticle raw : articles) {
            AnalyzedArticle a = analyzer.analyze(raw);
            analyzed.add(a);
            if (raw.record()) {
                records.add(a.id());
            }
        }
        var comparison = pipeline.comparison();
        return renderer.render(oneEvent ? comparison.compareAsOneEvent(analyzed, records)
                : comparison.compare(analyzed, records));
    }
}
