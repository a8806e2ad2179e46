package dev.parallax.core.model;

/**
 * A piece of the raw text the cleaner dropped, kept so a user can see what was removed and why.
 *
 * @param text   the removed text, as it was
 * @param reason a short machine-friendly reason: "share-widget", "advertisement", "cookie-banner",
 *               "dateline", "photo-credit", "duplicate-caption", "copyright", "outlet-boilerplate", ...
 * @param line   1-based line number in the raw text
 */
public record Removal(String text, String reason, int line) {}
