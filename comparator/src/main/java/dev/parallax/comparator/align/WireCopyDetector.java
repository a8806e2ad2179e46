package dev.parallax.comparator.align;

import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds accounts that are near-copies of one source (a wire story republished with a word changed or a
 * paragraph dropped): Jaccard similarity of 5-word shingles over the whole text, estimated with a
 * bottom-k MinHash sketch so long articles cost the same as short ones.
 */
public final class WireCopyDetector {
    private final double threshold;
    private final int sketchSize;

    public WireCopyDetector(double threshold, int sketchSize) {
        this.threshold = threshold;
        this.sketchSize = sketchSize;
    }

    /** For each account, the index of the first account of its copy cluster (itself when it stands alone). */
    public int[] clusters(List<AnalyzedArticle> accounts) {
        int n = accounts.size();
        long[][] sketches = new long[n][];
        for (int i = 0; i < n; i++) sketches[i] = sketch(accounts.get(i).text());
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (jaccard(sketches[i], sketches[j]) >= threshold) {
                    int a = find(parent, i), b = find(parent, j);
                    if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = find(parent, i);
        return out;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L, FNV_PRIME = 0x100000001b3L;

    long[] sketch(String text) {
        List<Word> words = Words.split(text.length() > 400_000 ? text.substring(0, 400_000) : text);
        // each word folded and encoded once, not once per shingle it falls in (five times)
        byte[][] folded = new byte[words.size()][];
        for (int i = 0; i < folded.length; i++) folded[i] = Words.fold(words.get(i).text()).getBytes(StandardCharsets.UTF_8);
        TreeSet<Long> smallest = new TreeSet<>();
        for (int i = 0; i + 5 <= Math.max(words.size(), 5) && i < words.size(); i++) {
            long h = shingleHash(folded, i, Math.min(i + 5, words.size()));
            if (smallest.size() < sketchSize) smallest.add(h);
            else if (h < smallest.last() && !smallest.contains(h)) {
                smallest.pollLast();
                smallest.add(h);
            }
        }
        return smallest.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The shingle of words {@code from} to {@code to}: FNV-1a over their folded UTF-8 bytes, each word followed by a
     * space, with the high bits folded down.
     */
    private static long shingleHash(byte[][] words, int from, int to) {
        long h = FNV_OFFSET;
        for (int k = from; k < to; k++) {
            for (byte x : words[k]) h = (h ^ x) * FNV_PRIME;
            h = (h ^ ' ') * FNV_PRIME;
        }
        return h ^ (h >>> 29);
    }

    /** Bottom-k estimate: among the k smallest hashes of the union, the share present in both. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) return 0;
        int k = Math.max(a.length, b.length);
        int i = 0, j = 0, taken = 0, both = 0;
        while (taken < k && (i < a.length || j < b.length)) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) i++;
            else if (i >= a.length || b[j] < a[i]) j++;
            else {
                both++;
                i++;
                j++;
            }
            taken++;
        }
        return (double) both / taken;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    static String debug(long[] s) {
        return Arrays.toString(s);
    }
}
