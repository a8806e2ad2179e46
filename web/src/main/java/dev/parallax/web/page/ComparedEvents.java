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
import java.util.concurrent.ConcurrentHashMap;
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

    /** One comparison of the stored articles, and the views of its events, built once when first asked. */
    private record Snapshot(List<String> ids, ComparisonReport report, Map<String, Event> events,
                            Map<String, ArticleRef> refs, Map<String, EventView> views, Map<String, String> bodies) {}

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
        return event.articles().stream().map(analysis::analysis).toList();
    }

    /**
     * The event ready to show. A view depends only on the compared articles, so it is built once per
     * comparison: a page load then costs the id check and rendering.
     */
    public Optional<EventView> view(String id) {
        Snapshot current = current();
        Event event = current.events().get(id);
        return event == null ? Optional.empty()
                : Optional.of(current.views().computeIfAbsent(id, k -> EventView.of(event, accounts(event))));
    }

    /**
     * The event's page body, rendered once per comparison by {@code render} (which escapes every
     * piece of article text), since it is the same for every reader.
     */
    public Optional<String> body(String id, java.util.function.Function<EventView, String> render) {
        Snapshot current = current();
        Event event = current.events().get(id);
        return event == null ? Optional.empty() : Optional.of(current.bodies().computeIfAbsent(id,
                k -> render.apply(current.views().computeIfAbsent(id, v -> EventView.of(event, accounts(event))))));
    }

    /** Views of every event, in the report's order. */
    public List<EventView> views() {
        Snapshot current = current();
        return current.report().events().stream()
                .map(e -> current.views().computeIfAbsent(e.id(), k -> EventView.of(e, accounts(e)))).toList();
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
                analyzed.add(analysis.analysis(id));
            }
            ComparisonReport report = comparison.compare(analyzed);
            Snapshot fresh = new Snapshot(ids, report,
                    report.events().stream().collect(Collectors.toMap(Event::id, Function.identity())),
                    report.articles().stream().collect(Collectors.toMap(ArticleRef::id, Function.identity())),
                    new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            snapshot = fresh;
            return fresh;
        }
    }
}
