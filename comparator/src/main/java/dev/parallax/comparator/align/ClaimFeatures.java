package dev.parallax.comparator.align;

import dev.parallax.comparator.text.ContentKeys;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.TimeExpression;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a claim is compared on: content keys (stemmed, translation families folded) where every linked
 * name counts as its entity id, so "Aleksandr Lukashenko" and "Alexander Lukashenka" are one key.
 */
public final class ClaimFeatures {
    private ClaimFeatures() {}

    public static Map<String, Integer> keys(ClaimRef ref, int maxWords) {
        return keys(ref, maxWords, new ContentKeys());
    }

    /** {@link #keys(ClaimRef, int)} with each word's content key looked up in {@code contentKeys}, shared across claims. */
    public static Map<String, Integer> keys(ClaimRef ref, int maxWords, ContentKeys contentKeys) {
        Map<String, Integer> keys = new TreeMap<>();
        String text = ref.text();
        int base = ref.claim().start();
        List<EntityMention> mentions = ref.claim().entities();
        int count = 0;
        for (Word w : Words.split(text, base)) {
            if (++count > maxWords) break;
            EntityMention in = null;
            for (EntityMention m : mentions) {
                if (w.start() >= m.start() && w.end() <= m.end() && m.entityId() != null) {
                    in = m;
                    break;
                }
            }
            String key = in != null ? "@" + in.entityId() : contentKeys.of(w.text());
            if (key != null) keys.merge(key, 1, Integer::sum);
        }
        // the day a claim names is part of the fact, however it is written ("on Friday", "24 May", "Friday, May 24")
        for (TimeExpression t : ref.claim().times()) {
            // a shared day pulls two claims together; a differing day or duration must not push them apart,
            // since that difference is what the DATE and NUMBER detectors are there to report
            if (t.from() != null && t.from().equals(t.to())) {
                keys.merge("@day:" + t.from(), 1, Integer::sum);
                keys.merge("@dated", 1, Integer::sum);
            }
            if (t.duration() != null) keys.merge("@duration", 1, Integer::sum);
        }
        return keys;
    }

    /**
     * The claim's content words as character trigrams (folded, each word marked at both ends), sorted and
     * distinct: what two statements without sentence embeddings share when their words are inflected or carry
     * particles ("북한에" / "북한은", "атаки" / "атаках") and so never meet as whole-word keys.
     */
    public static int[] grams(ClaimRef ref, int maxWords) {
        int[] out = new int[16];
        int size = 0;
        int count = 0;
        for (Word w : Words.split(ref.text(), ref.claim().start())) {
            if (++count > maxWords) break;
            String folded = Words.fold(w.text());
            if (Words.contentKeyOfFolded(folded) == null) continue;
            String padded = "\u0002" + folded + "\u0003";
            int[] cps = padded.codePoints().toArray();
            for (int i = 0; i + 3 <= cps.length; i++) {
                if (size == out.length) out = java.util.Arrays.copyOf(out, size * 2);
                out[size++] = (cps[i] * 31 + cps[i + 1]) * 31 + cps[i + 2];
            }
        }
        // sorted and distinct, without boxing every trigram into a sorted set
        java.util.Arrays.sort(out, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) if (distinct == 0 || out[i] != out[distinct - 1]) out[distinct++] = out[i];
        return java.util.Arrays.copyOf(out, distinct);
    }
}
