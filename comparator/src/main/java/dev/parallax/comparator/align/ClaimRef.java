package dev.parallax.comparator.align;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;

/** One account's claim, with the index of the account within its event. */
public record ClaimRef(int account, AnalyzedArticle article, Claim claim) {
    public String articleId() {
        return article.id();
    }

    /** Whether the claim is the article's headline (the analyzer keeps the title as the text's first line). */
    public boolean headline() {
        String title = article.meta() == null ? null : article.meta().title();
        if (title == null || title.isBlank() || claim.sentenceIndex() > 1) return false;
        String t = text().strip(), h = title.strip();
        return t.equals(h) || h.contains(t) || t.contains(h);
    }

    /** The exact words of the claim as the article has them. */
    public String text() {
        return article.text().substring(claim.start(), claim.end());
    }
}
