package dev.parallax.core.model;

import java.util.List;

/**
 * The cleaned text of an article: what every offset in the analysis points into, and what the
 * article's identity (SHA-256) is computed from.
 *
 * @param text     headline, subheads and body; Unicode normalized; paragraphs separated by "\n\n"
 * @param removed  what was dropped, with reasons, in order
 * @param dateline the dateline lifted out of the body, or null
 * @param warnings anything odd the cleaner noticed (empty after cleaning, binary junk, ...)
 */
public record CleanedArticle(String text, List<Removal> removed, Dateline dateline, List<String> warnings) {
    public CleanedArticle {
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }
}
