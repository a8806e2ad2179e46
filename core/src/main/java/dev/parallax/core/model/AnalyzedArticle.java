package dev.parallax.core.model;

import java.util.List;

/**
 * Everything core understood of one article. All spans point into {@link #text()}.
 *
 * @param id       SHA-256 (lower-case hex) of the cleaned text: the article's identity
 * @param warnings what went wrong or looked odd; analysis never throws for bad input
 */
public record AnalyzedArticle(
        String id,
        ArticleMeta meta,
        String text,
        Dateline dateline,
        List<Removal> removed,
        List<Sentence> sentences,
        List<EntityMention> mentions,
        List<TimeExpression> times,
        List<Quantity> quantities,
        List<Quote> quotes,
        List<Claim> claims,
        List<String> warnings) {
    public AnalyzedArticle {
        removed = List.copyOf(removed);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }

    public String outlet() {
        return meta.outlet();
    }
}
