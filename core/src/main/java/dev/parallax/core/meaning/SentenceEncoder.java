package dev.parallax.core.meaning;

import java.util.List;

/**
 * Turns sentences into unit vectors whose dot product says how close their meanings are. Implementations
 * live outside core (they carry a model runtime); core only asks for vectors. Must be thread-safe and
 * deterministic: the same text gives the same vector.
 */
public interface SentenceEncoder {
    /** A stable name of the model, stored with the vectors. */
    String model();

    int dimensions();

    /** One unit vector per text, in order. */
    List<float[]> encode(List<String> texts);
}
