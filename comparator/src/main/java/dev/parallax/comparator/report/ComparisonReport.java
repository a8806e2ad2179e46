package dev.parallax.comparator.report;

import java.util.List;

/**
 * What a comparison found; the JSON contract in docs/architecture.md.
 *
 * @param unassigned ids of articles that share no event with another account
 * @param warnings   limits that were hit (capped diffs, skipped pairs) and odd input; never thrown
 */
public record ComparisonReport(List<ArticleRef> articles, List<Event> events, List<String> unassigned,
                               List<String> warnings) {
    public ComparisonReport {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        unassigned = List.copyOf(unassigned);
        warnings = List.copyOf(warnings);
    }
}
