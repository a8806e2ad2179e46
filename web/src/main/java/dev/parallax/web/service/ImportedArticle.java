package dev.parallax.web.service;

/**
 * What happened to one article of an import.
 *
 * @param status "created" (stored now) or "existing" (the same cleaned text was already stored)
 */
public record ImportedArticle(String id, String status, String outlet, String title, String source) {
    public static final String CREATED = "created";
    public static final String EXISTING = "existing";
}
