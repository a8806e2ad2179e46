package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.parallax.comparator.report.SideBySide;
import dev.parallax.web.api.EventViews.Diff;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /api/diff} as JSON bytes, made from the accounts' {@link DiffForms forms} and kept per
 * pair. An article's text never changes under its id, but its analysis may (a new gazetteer, an
 * entity merge): a kept diff is served only while both forms the application holds for the pair are
 * the very ones it was made from, and a re-analysis drops an account's form, so it is made again.
 * Bounded by bytes, least recently used dropped first.
 */
@ApplicationScoped
public class DiffService {
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{64}");

    /** What a kept diff was made from: compared by identity, never by (deep) equality. */
    private record Made(DiffForms.Form left, DiffForms.Form right) {
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
    private final DiffForms forms;
    private final ObjectWriter diffs;
    private final ObjectMapper json;
    private final AnswerCache<Pair, Made> cache;

    public DiffService(EventQueryService events, DiffForms forms, ObjectMapper json,
                       @ConfigProperty(name = "parallax.api.diff-cache-mb", defaultValue = "64") int cacheMegabytes) {
        this.events = events;
        this.forms = forms;
        this.json = json;
        this.diffs = json.writerFor(Diff.class);
        this.cache = new AnswerCache<>(cacheMegabytes * 1024L * 1024L);
    }

    /** The diff of two stored accounts as JSON; the same answer and problems as {@link EventQueryService#diff}. */
    public byte[] diff(String left, String right) {
        String l = left == null ? null : left.strip();
        String r = right == null ? null : right.strip();
        List<DiffForms.Form> both = l != null && r != null && !r.equals(l) && ARTICLE_ID.matcher(l).matches()
                && ARTICLE_ID.matcher(r).matches() ? forms.forms(List.of(l, r)) : null;
        DiffForms.Form a = both == null ? null : both.get(0);
        DiffForms.Form b = both == null ? null : both.get(1);
        if (a == null || b == null) {
            return write(json.writer(), events.diff(left, right)); // answers the 400 or 404 problem
        }
        Pair key = new Pair(l, r);
        Made made = new Made(a, b);
        AnswerCache.Entry<Made> kept = cache.get(key, made);
        if (kept != null) {
            return kept.json();
        }
        SideBySide view = forms.comparison().sideBySide(a.prepared(), b.prepared());
        byte[] bytes = write(diffs, new Diff(a.account(), b.account(), view.rows(), view.warnings()));
        cache.put(key, new AnswerCache.Entry<>(made, bytes, null));
        return bytes;
    }

    private static byte[] write(ObjectWriter writer, Object diff) {
        try {
            return writer.writeValueAsBytes(diff);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a diff as JSON", e);
        }
    }
}
