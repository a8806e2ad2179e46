package dev.parallax.web.page;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.report.ArticleRef;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Event;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.db.ArticleFilter;
import dev.parallax.web.api.ArticleSummary;
import dev.parallax.web.service.ArticleQueryService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Events compared on the fly over every stored article, with the comparator the CLI uses. The report
 * is kept until the set of stored articles changes; analyses are cached per article by
 * {@link StoredAnalysis}, so a new import costs one analysis and one comparison.
 */
@ApplicationScoped
public class ComparedEvents implements EventSource {
    private static final int MAX_ARTICLES = 5_000;

    private final ArticleQueryService articles;
    private final StoredAnalysis analysis;
    private final Comparison comparison = Comparison.withDefaults();
    private volatile Snapshot snapshot;

    private record Snapshot(List<String> ids, ComparisonReport report, Map<String, Event> events,
                            Map<String, ArticleRef> refs) {}

    public ComparedEvents(ArticleQueryService articles, StoredAnalysis analysis) {
        this.articles = articles;
        this.analysis = analysis;
    }

    @Override
    public List<Event> events() {
        return current().report().events();
    }

    @Override
    public Optional<Event> event(String id) {
        return Optional.ofNullable(current().events().get(id));
    }

    @Override
    public Optional<ArticleRef> article(String id) {
        return Optional.ofNullable(current().refs().get(id));
    }

    /** The analyzed accounts of an event, in the event's order. */
    public List<AnalyzedArticle> accounts(Event event) {
        return event.articles().stream().map(id -> analysis.get(id).analysis()).toList();
    }

    private Snapshot current() {
        List<String> ids = articles.list(new ArticleFilter(null, null, null, null), 0, MAX_ARTICLES).items().stream()
                .map(ArticleSummary::id).sorted().toList();
        Snapshot known = snapshot;
        if (known != null && known.ids().equals(ids)) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (known != null && known.ids().equals(ids)) {
                return known;
            }
            List<AnalyzedArticle> analyzed = new ArrayList<>();
            for (String id : ids) {
                analyzed.add(analysis.get(id).analysis());
            }
            ComparisonReport report = comparison.compare(analyzed);
            Snapshot fresh = new Snapshot(ids, report,
                    report.events().stream().collect(Collectors.toMap(Event::id, Function.identity())),
                    report.articles().stream().collect(Collectors.toMap(ArticleRef::id, Function.identity())));
            snapshot = fresh;
            return fresh;
        }
    }
}
