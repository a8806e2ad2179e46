package dev.parallax.core.model;

/**
 * Why (part of) an input could not be read.
 *
 * @param source  the file or upload name
 * @param line    1-based line (for JSON Lines), or 0 when the whole input is at fault
 * @param message one line saying what to fix, e.g. "line 3: not valid JSON (unexpected '}')"
 */
public record ReadProblem(String source, int line, String message) {
    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
