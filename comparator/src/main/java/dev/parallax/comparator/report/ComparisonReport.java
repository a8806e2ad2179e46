package dev.parallax.comparator.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a comparison found; the JSON contract in docs/architecture.md.
 *
 * @param unassigned        ids of articles that share no event with another account
 * @param unassignedReasons for each unassigned article id, one line saying why no event took it
 * @param warnings          limits that were hit (capped diffs, skipped pairs) and odd input; never thrown
 */
public record ComparisonReport(List<ArticleRef> articles, List<Event> events, List<String> unassigned,
                               Map<String, String> unassignedReasons, List<String> warnings) {
    public ComparisonReport {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        unassigned = List.copyOf(unassigned);
        unassignedReasons = java.util.Collections.unmodifiableMap(new TreeMap<>(unassignedReasons));
        warnings = List.copyOf(warnings);
    }
}
