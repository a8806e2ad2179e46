package dev.parallax.comparator.align;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;

/** One account's claim, with the index of the account within its event. */
public record ClaimRef(int account, AnalyzedArticle article, Claim claim) {
    public String articleId() {
        return article.id();
    }

    /** The exact words of the claim as the article has them. */
    public String text() {
        return article.text().substring(claim.start(), claim.end());
    }
}
