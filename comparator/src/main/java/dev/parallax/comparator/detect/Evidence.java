package dev.parallax.comparator.detect;

import dev.parallax.core.model.AnalyzedArticle;

/** Words of one account backing a finding; UTF-16 offsets into the article's text. */
public record Evidence(AnalyzedArticle article, int start, int end) {
    public String text() {
        return article.text().substring(start, end);
    }

    public String outlet() {
        return article.name();
    }
}
