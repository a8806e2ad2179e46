package dev.parallax.comparator.report;

/**
 * An account in the report: who published it and where it was read from. {@code published} is ISO-8601 or
 * null; {@code language} is the language it is written in (ISO 639-1, "und" when unknown): an account in
 * another language is grouped by names, figures and dates and compared only with accounts in its own.
 */
public record ArticleRef(String id, String outlet, String title, String url, String published, String source, String language) {
    public ArticleRef(String id, String outlet, String title, String url, String published, String source) {
        this(id, outlet, title, url, published, source, null);
    }
}
