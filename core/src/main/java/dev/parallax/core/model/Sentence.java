package dev.parallax.core.model;

import java.util.List;

/** A sentence of the cleaned text, with its tokens. {@code paragraph} is 0-based. */
public record Sentence(int index, int start, int end, int paragraph, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
