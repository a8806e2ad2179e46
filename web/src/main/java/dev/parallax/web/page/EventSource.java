package dev.parallax.web.page;

import dev.parallax.comparator.report.ArticleRef;
import dev.parallax.comparator.report.Event;
import java.util.List;
import java.util.Optional;

/**
 * Where the event pages get their events from, in the comparator's report shape (the JSON contract),
 * so the pages do not care whether events were compared on the fly or read from storage.
 */
public interface EventSource {
    /** Every event with at least two accounts, by date then id. */
    List<Event> events();

    Optional<Event> event(String id);

    /** The accounts the events refer to, by article id. */
    Optional<ArticleRef> article(String id);
}
