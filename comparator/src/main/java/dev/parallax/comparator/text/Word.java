package dev.parallax.comparator.text;

/** A word of an article with its UTF-16 span in the cleaned text. */
public record Word(String text, int start, int end) {
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean numeric() {
        return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
    }
}
