package dev.parallax.web.service;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serialized answers kept in memory, least recently used dropped first once their bytes exceed the
 * budget. Each value carries what it was made from ({@code S}); a reader compares that with the
 * current state and recomputes on any difference, so the cache never decides freshness by time.
 *
 * @param <K> what was asked
 * @param <S> what the answer was made from (a database stamp, the analyses used)
 */
final class AnswerCache<K, S> {
    /** One kept answer: the JSON bytes and what they were made from. */
    record Entry<S>(S source, byte[] json, String etag) {}

    private final long budget;
    private long bytes;
    private final LinkedHashMap<K, Entry<S>> entries = new LinkedHashMap<>(256, 0.75f, true);

    AnswerCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** The answer kept for {@code key} if it was made from {@code source}, else null. */
    synchronized Entry<S> get(K key, S source) {
        Entry<S> entry = entries.get(key);
        return entry != null && entry.source().equals(source) ? entry : null;
    }

    synchronized Entry<S> get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, Entry<S> entry) {
        if (entry.json().length > budget / 4) {
            return; // one huge answer must not empty the cache
        }
        Entry<S> old = entries.put(key, entry);
        bytes += entry.json().length - (old == null ? 0 : old.json().length);
        for (Iterator<Map.Entry<K, Entry<S>>> it = entries.entrySet().iterator(); bytes > budget && it.hasNext(); ) {
            bytes -= it.next().getValue().json().length;
            it.remove();
        }
    }
}
