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
        if (a == null || b == null || a.length != b.length || a.length == 0) return 0;
        long dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt((double) na * nb);
    }
}
