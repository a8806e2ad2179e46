package dev.parallax.comparator.text;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link Words#contentKey} of each distinct word worked out once: the accounts of one event repeat their words many
 * times over, and similarity keys every statement and sentence of every account. Holds one entry per distinct word
 * seen, so keep one per event (or per alignment) and drop it with it; not for use by several threads at once.
 */
public final class ContentKeys {
    /** Stands for a stopword's key (null) in the map. */
    private static final String NONE = new String("");

    private final Map<String, String> byWord = new HashMap<>();

    /** The word's content key, or null for a stopword: the same as {@link Words#contentKey}. */
    public String of(String word) {
        String key = byWord.get(word);
        if (key == null) {
            key = Words.contentKey(word);
            byWord.put(word, key == null ? NONE : key);
            return key;
        }
        return key == NONE ? null : key;
    }
}
