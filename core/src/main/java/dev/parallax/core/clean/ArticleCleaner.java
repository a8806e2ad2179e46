package dev.parallax.core.clean;

import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.RawArticle;
import java.text.Normalizer;
import java.util.List;

/** Turns a raw article into the cleaned text every later stage (and the article's identity) is based on. */
public final class ArticleCleaner {

    public CleanedArticle clean(RawArticle raw) {
        String text = raw.text() == null ? "" : Normalizer.normalize(raw.text(), Normalizer.Form.NFKC).strip();
        return new CleanedArticle(text, List.of(), null, text.isEmpty() ? List.of("empty text") : List.of());
    }
}
