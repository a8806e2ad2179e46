package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.model.AnalyzedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /api/diff} as JSON bytes, kept per pair of accounts. An article's text never changes
 * under its id, but its analysis may (a new gazetteer, an entity merge): a kept diff is served only
 * while both analyses the application holds for the pair are the very ones it was made from, so a
 * re-analysis makes it again. Bounded by bytes, least recently used dropped first.
 */
@ApplicationScoped
public class DiffService {
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{64}");

    /** What a kept diff was made from: compared by identity, never by (deep) equality. */
    private record Made(AnalyzedArticle left, AnalyzedArticle right) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Made m && m.left == left && m.right == right;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(left) * 31 + System.identityHashCode(right);
        }
    }

    private record Pair(String left, String right) {}

    private final EventQueryService events;
    private final AnalysisService analysis;
    private final ObjectMapper json;
    private final AnswerCache<Pair, Made> cache;

    public DiffService(EventQueryService events, AnalysisService analysis, ObjectMapper json,
                       @ConfigProperty(name = "parallax.api.diff-cache-mb", defaultValue = "64") int cacheMegabytes) {
        this.events = events;
        this.analysis = analysis;
        this.json = json;
        this.cache = new AnswerCache<>(cacheMegabytes * 1024L * 1024L);
    }

    /** The diff of two stored accounts as JSON; the same problems as {@link EventQueryService#diff}. */
    public byte[] diff(String left, String right) {
        String l = left == null ? null : left.strip();
        String r = right == null ? null : right.strip();
        AnalyzedArticle a = l != null && ARTICLE_ID.matcher(l).matches() ? analysis.analysis(l) : null;
        AnalyzedArticle b = a != null && r != null && !r.equals(l) && ARTICLE_ID.matcher(r).matches()
                ? analysis.analysis(r) : null;
        if (a == null || b == null) {
            return write(events.diff(left, right)); // answers the 400 or 404 problem
        }
        Pair key = new Pair(l, r);
        Made made = new Made(a, b);
        AnswerCache.Entry<Made> kept = cache.get(key, made);
        if (kept != null) {
            return kept.json();
        }
        // made from the analyses read above or newer ones: a newer one only makes it again next time
        byte[] bytes = write(events.diff(l, r));
        cache.put(key, new AnswerCache.Entry<>(made, bytes, null));
        return bytes;
    }

    private byte[] write(Object diff) {
        try {
            return json.writeValueAsBytes(diff);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a diff as JSON", e);
        }
    }
}
