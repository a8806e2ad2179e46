package dev.parallax.core.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sentence encoder for tests: hashed bag of lower-cased words, unit length. Texts sharing words come
 * out close, the same text always the same vector; it records every call.
 */
final class FakeEncoder implements SentenceEncoder {
    static final int DIMENSIONS = 32;
    final List<List<String>> calls = new CopyOnWriteArrayList<>();

    @Override
    public String model() {
        return "fake-bag-of-words";
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        calls.add(List.copyOf(texts));
        List<float[]> out = new ArrayList<>();
        for (String text : texts) {
            float[] v = new float[DIMENSIONS];
            for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) {
                    v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
                }
            }
            double norm = 0;
            for (float x : v) norm += x * x;
            norm = norm == 0 ? 1 : Math.sqrt(norm);
            for (int i = 0; i < v.length; i++) v[i] /= (float) norm;
            out.add(v);
        }
        return out;
    }
}
