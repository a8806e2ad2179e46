package dev.parallax.core.segment;

import dev.parallax.core.model.Sentence;
import java.util.List;

/** The sentences of a text and anything odd met while finding them. */
public record Segmentation(List<Sentence> sentences, List<String> warnings) {
    public Segmentation {
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
    }
}
