package dev.parallax.core.read;

/**
 * How to read an input.
 *
 * @param defaultOutlet outlet for articles whose input does not name one (a CLI flag or a form field), or null
 * @param maxBytes      inputs (and, for JSON Lines, single articles) larger than this are refused
 */
public record ReadOptions(String defaultOutlet, long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_BYTES);
    }

    public ReadOptions withDefaultOutlet(String outlet) {
        return new ReadOptions(outlet, maxBytes);
    }
}
