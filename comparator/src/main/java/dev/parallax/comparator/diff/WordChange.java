package dev.parallax.comparator.diff;

/**
 * A run of words of two passages: equal, inserted (right only), deleted (left only) or changed.
 * Offsets are UTF-16 chars into each article's text ({@code -1} when that side is empty).
 *
 * @param spellingOnly the words differ as written but are equal once spelling and transliteration are folded
 */
public record WordChange(WordDiffer.Kind kind, String left, int leftStart, int leftEnd, String right, int rightStart,
                         int rightEnd, boolean spellingOnly) {}
