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

    long[] sketch(String text) {
        List<Word> words = Words.split(text.length() > 400_000 ? text.substring(0, 400_000) : text);
        TreeSet<Long> smallest = new TreeSet<>();
        for (int i = 0; i + 5 <= Math.max(words.size(), 5) && i < words.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < Math.min(i + 5, words.size()); k++) b.append(Words.fold(words.get(k).text())).append(' ');
            long h = hash(b.toString());
            if (smallest.size() < sketchSize) smallest.add(h);
            else if (h < smallest.last() && !smallest.contains(h)) {
                smallest.pollLast();
                smallest.add(h);
            }
        }
        return smallest.stream().mapToLong(Long::longValue).toArray();
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

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= x;
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    static String debug(long[] s) {
        return Arrays.toString(s);
    }
}
