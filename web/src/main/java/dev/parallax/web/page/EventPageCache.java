package dev.parallax.web.page;

import dev.parallax.comparator.report.Event;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.web.service.AnalysisService;
import dev.parallax.web.service.StoredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Stored events ready to show, kept while they stay as stored. Building a view word-diffs every
 * alignment cell against its claim's common wording, which for 25 accounts costs far more than a
 * page load may; so a view and its rendered body are kept under the event's stamp (its row's last
 * rewrite and its reviews) and rebuilt only when the stamp moves. Checking the stamp is one indexed
 * query, so instances sharing one database never show each other's stale pages.
 */
@ApplicationScoped
public class EventPageCache {
    private static final int CAPACITY = 64;

    private final StoredEvents events;
    private final AnalysisService analyses;
    private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > CAPACITY;
        }
    };

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** An event's view and its page body as rendered (every piece of article text escaped), under the stamp they show. */
    public record Page(String stamp, EventView view, String body) {}

    public EventPageCache(StoredEvents events, AnalysisService analyses) {
        this.events = events;
        this.analyses = analyses;
    }

    /**
     * The event's page, from the cache when its stamp has not moved, else built now with {@code render}
     * (the template that escapes article text); empty when there is no such stored event.
     */
    public Optional<Page> page(String publicId, Function<EventView, String> render) {
        Optional<String> stamp = events.stamp(publicId);
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        Page kept = kept(publicId);
        if (kept != null && kept.stamp().equals(stamp.get())) {
            return Optional.of(kept);
        }
        // one build per event at a time: readers arriving meanwhile wait for it instead of repeating it
        synchronized (lock(publicId)) {
            kept = kept(publicId);
            if (kept != null && kept.stamp().equals(stamp.get())) {
                return Optional.of(kept);
            }
            Page page = kept != null && StoredEvents.eventPart(kept.stamp()).equals(StoredEvents.eventPart(stamp.get()))
                    ? reviewed(publicId, kept, render) : built(publicId, render);
            if (page == null) {
                return Optional.empty();
            }
            synchronized (pages) {
                pages.put(publicId, page);
            }
            return Optional.of(page);
        }
    }

    /** The whole view built from storage: the stored event, its accounts' analyses, every cell's word diff. */
    private Page built(String publicId, Function<EventView, String> render) {
        Optional<StoredEvents.Loaded> loaded = events.load(publicId);
        if (loaded.isEmpty()) {
            return null;
        }
        Event event = loaded.get().event();
        Map<String, AnalyzedArticle> analyzed = analyses.analyses(event.articles(), false, n -> { });
        List<AnalyzedArticle> accounts = event.articles().stream().map(analyzed::get).filter(Objects::nonNull).toList();
        EventView view = EventView.of(event, accounts, loaded.get().statuses());
        return new Page(loaded.get().stamp(), view, render.apply(view));
    }

    /** Only reviews changed since {@code kept}: the kept view with the new statuses, rendered again. */
    private Page reviewed(String publicId, Page kept, Function<EventView, String> render) {
        var statuses = events.statuses(publicId);
        if (statuses.isEmpty()) {
            return null;
        }
        if (!StoredEvents.eventPart(statuses.get().getKey()).equals(StoredEvents.eventPart(kept.stamp()))) {
            return built(publicId, render); // stored again meanwhile
        }
        EventView view = kept.view().withStatuses(statuses.get().getValue());
        return new Page(statuses.get().getKey(), view, render.apply(view));
    }

    private Page kept(String publicId) {
        synchronized (pages) {
            return pages.get(publicId);
        }
    }

    private Object lock(String publicId) {
        if (locks.size() > 4 * CAPACITY) {
            locks.clear(); // an id's lock only orders builds of that id; losing one costs at most a repeated build
        }
        return locks.computeIfAbsent(publicId, k -> new Object());
    }
}
