package dev.parallax.web.api;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.web.service.ArticleImportService;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

/** Turns a posted {@link ArticleInput} into a raw article, or a problem naming the field at fault. */
final class ArticleInputs {
    private ArticleInputs() {}

    /** @param prefix put before field names in problems, e.g. "articles[2]." */
    static RawArticle toRaw(ArticleInput input, ArticleImportService imports, String prefix) {
        boolean hasText = input.text() != null && !input.text().isBlank();
        boolean hasHtml = input.html() != null && !input.html().isBlank();
        if (hasText == hasHtml) {
            throw ProblemException.badField(prefix + (hasText ? "html" : "text"),
                    hasText ? "send text or html, not both" : "is required: the article as text (or as html)");
        }
        OffsetDateTime published = QueryParams.published(prefix + "published", input.published());
        String outlet = input.outlet().strip();
        if (hasText) {
            long bytes = input.text().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > imports.maxArticleBytes()) {
                throw new ProblemException(413, "too-large", "Article too large", prefix + "text is " + bytes
                        + " bytes, over the limit of " + imports.maxArticleBytes() + " bytes",
                        List.of(Problem.Error.field(prefix + "text", "over the limit of " + imports.maxArticleBytes() + " bytes")));
            }
            return new RawArticle(outlet, input.url(), input.title(), published, input.byline(), input.language(),
                    input.text(), SourceFormat.TEXT, "api", input.record());
        }
        byte[] html = input.html().getBytes(StandardCharsets.UTF_8);
        if (html.length > imports.maxArticleBytes()) {
            throw new ProblemException(413, "too-large", "Article too large", prefix + "html is " + html.length
                    + " bytes, over the limit of " + imports.maxArticleBytes() + " bytes",
                    List.of(Problem.Error.field(prefix + "html", "over the limit of " + imports.maxArticleBytes() + " bytes")));
        }
        ReadResult read = ArticleReaders.read("api.html", html, imports.readOptions(outlet));
        if (read.articles().isEmpty()) {
            String message = read.problems().isEmpty() ? "no article found in the html" : read.problems().get(0).message();
            throw new ProblemException(422, "unreadable-article", "Article not imported", message,
                    List.of(Problem.Error.field(prefix + "html", message)));
        }
        RawArticle page = read.articles().get(0);
        return new RawArticle(outlet, or(input.url(), page.url()), or(input.title(), page.title()),
                published != null ? published : page.published(), or(input.byline(), page.byline()),
                or(input.language(), page.language()), page.text(), SourceFormat.HTML, "api",
                input.record());
    }

    private static String or(String given, String found) {
        return given != null && !given.isBlank() ? given : found;
    }
}
