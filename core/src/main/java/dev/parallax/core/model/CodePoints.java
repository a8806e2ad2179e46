package dev.parallax.core.model;

/** Converts UTF-16 char offsets (what records carry) into Unicode code point offsets (what the JSON contract speaks). */
public final class CodePoints {
    private CodePoints() {}

    /** The code point offset of {@code charIndex} in {@code text}. */
    public static int offset(String text, int charIndex) {
        return text.codePointCount(0, Math.min(Math.max(charIndex, 0), text.length()));
    }

    /** The char index of code point offset {@code codePointIndex} in {@code text}. */
    public static int charIndex(String text, int codePointIndex) {
        return text.offsetByCodePoints(0, Math.min(Math.max(codePointIndex, 0), text.codePointCount(0, text.length())));
    }
}
