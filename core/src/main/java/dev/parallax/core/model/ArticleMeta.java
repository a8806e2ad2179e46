package dev.parallax.core.model;

import java.time.OffsetDateTime;

/** Who published an article, when and where; {@code source} is where it was read from. */
public record ArticleMeta(String outlet, String url, String title, OffsetDateTime published, String byline,
                          String language, String source) {
    public static ArticleMeta of(RawArticle raw) {
        return new ArticleMeta(raw.outlet(), raw.url(), raw.title(), raw.published(), raw.byline(), raw.language(),
                raw.source());
    }
}
