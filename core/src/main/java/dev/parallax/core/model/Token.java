package dev.parallax.core.model;

/**
 * A word or punctuation mark.
 *
 * @param text surface as written
 * @param norm normalized form used for matching (lower case, folded accents and quote marks)
 */
public record Token(int start, int end, String text, String norm) {}
