package dev.parallax.core.model;

import java.util.List;

/**
 * Sentence embeddings of the spans comparison reads by meaning (the lead, claims, quotes), made once
 * at analysis. Each vector is a unit vector quantized to int8 ({@code round(x * 127)}), so a cosine is
 * a dot product of bytes; vectors of different {@code model}s never compare.
 *
 * @param model      the encoder that made the vectors, or null when the analysis has none
 * @param dimensions length of every vector
 * @param vectors    one per embedded span, in text order
 */
public record Meaning(String model, int dimensions, List<SpanVector> vectors) {
    /** An analysis made without an encoder: comparison falls back to words. */
    public static final Meaning NONE = new Meaning(null, 0, List.of());

    public Meaning {
        vectors = vectors == null ? List.of() : List.copyOf(vectors);
    }

    /** What a span is: the title with the opening sentences, a claim (a sentence), or the words of a quote. */
    public enum Role { LEAD, CLAIM, QUOTE }

    /** One embedded span; {@code start}/{@code end} are UTF-16 offsets into the analysis text, like claims'. */
    public record SpanVector(Role role, int start, int end, byte[] vector) {}

    public boolean isEmpty() {
        return model == null || vectors.isEmpty();
    }

    /** The vector of the span of this role at exactly these offsets, or null. */
    public byte[] of(Role role, int start, int end) {
        for (SpanVector v : vectors) {
            if (v.role() == role && v.start() == start && v.end() == end) return v.vector();
        }
        return null;
    }

    /** The lead's vector, or null. */
    public byte[] lead() {
        for (SpanVector v : vectors) if (v.role() == Role.LEAD) return v.vector();
        return null;
    }

    /** Cosine of two quantized unit vectors, in [-1, 1]; 0 when either is missing or they differ in length. */
    public static double cosine(byte[] a, byte[] b) {
        if (a == null || b == null) return 0;
        return cosine(a, squares(a), b, squares(b));
    }

    /**
     * {@link #cosine(byte[], byte[])} with each vector's sum of squares ({@link #squares}) known: a caller that
     * compares one vector with many computes its squares once. Same value to the last bit.
     */
    public static double cosine(byte[] a, long aSquares, byte[] b, long bSquares) {
        if (a == null || b == null || a.length != b.length || a.length == 0) return 0;
        return aSquares == 0 || bSquares == 0 ? 0 : dot(a, b) / Math.sqrt((double) aSquares * bSquares);
    }

    /**
     * {@link #cosine(byte[], long, byte[], long)} over vectors widened to ints ({@link #widen}): the same value to the
     * last bit, and a dot product of ints the JIT runs several components at a time, which it does not do for bytes.
     * For a caller that compares each vector with many.
     */
    public static double cosine(int[] a, long aSquares, int[] b, long bSquares) {
        if (a == null || b == null || a.length != b.length || a.length == 0) return 0;
        if (aSquares == 0 || bSquares == 0) return 0;
        long dot = 0;
        for (int from = 0; from < a.length; from += 8192) {
            int to = Math.min(a.length, from + 8192), chunk = 0;
            for (int i = from; i < to; i++) chunk += a[i] * b[i];
            dot += chunk;
        }
        return dot / Math.sqrt((double) aSquares * bSquares);
    }

    /** A quantized vector's components as ints (null for null). */
    public static int[] widen(byte[] v) {
        if (v == null) return null;
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i];
        return out;
    }

    /** The sum of a vector's squared components (0 for none), the squared length {@link #cosine} divides by. */
    public static long squares(byte[] a) {
        return a == null ? 0 : dot(a, a);
    }

    /** Exact dot product: int sums over chunks short enough that they cannot overflow (128 * 128 * 8192 < 2^31). */
    private static long dot(byte[] a, byte[] b) {
        long dot = 0;
        for (int from = 0; from < a.length; from += 8192) {
            int to = Math.min(a.length, from + 8192), chunk = 0;
            for (int i = from; i < to; i++) chunk += a[i] * b[i];
            dot += chunk;
        }
        return dot;
    }
}
