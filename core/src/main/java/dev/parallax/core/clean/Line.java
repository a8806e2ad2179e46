package dev.parallax.core.clean;

/**
 * One line of the raw text while it is being cleaned.
 *
 * @param number 1-based line number in the raw text (0 for lines the cleaner adds, like the title)
 * @param text   the line as cleaned so far
 * @param raw    the line as the raw text had it, for {@link dev.parallax.core.model.Removal}s
 */
record Line(int number, String text, String raw) {
    Line(int number, String text) {
        this(number, text, text);
    }

    Line withText(String newText) {
        return new Line(number, newText, raw);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
