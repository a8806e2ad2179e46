package dev.parallax.core.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.SourceFormat;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads one JSON article object with the streaming parser, shared by the JSON and JSON Lines
 * readers so both accept the same members: outlet, url, title, published, byline, language, and
 * text or html. Unknown members are skipped; so are nested values of known ones.
 */
final class JsonArticleObjects {
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonArticleObjects() {}

    /** Reads the object whose START_OBJECT the parser is on, leaving it on the matching END_OBJECT. */
    static ArticleFields readFields(JsonParser parser) throws IOException {
        ArticleFields fields = new ArticleFields();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (token != JsonToken.FIELD_NAME) {
                throw new JsonParseProblem("expected a member name");
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == null) {
                throw new JsonParseProblem("the object is not closed");
            }
            if (value.isScalarValue()) {
                fields.set(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return fields;
    }

    /**
     * The article an object describes, or null (with a problem added) when it has no text. An
     * {@code html} member is reduced to text like a page, and fills metadata the object leaves out.
     */
    static RawArticle toArticle(ArticleFields fields, SourceFormat format, String source, ReadOptions options,
                                int line, String which, List<ReadProblem> problems) {
        String body = fields.text;
        OffsetDateTime fromHtml = null;
        if ((body == null || body.isBlank()) && fields.html != null) {
            RawArticle page = new HtmlArticleReader().extract(fields.html, source, options.withDefaultOutlet(null));
            fields.fillFrom(page);
            fromHtml = page.published();
            body = page.text();
            if (body.isBlank()) {
                problems.add(new ReadProblem(source, line, which + " has an \"html\" member with no article text in it"));
                return null;
            }
        }
        if (body == null || body.isBlank()) {
            problems.add(new ReadProblem(source, line, which + " has no \"text\" or \"html\" member: "
                    + "put the article body in \"text\" (plain) or \"html\""));
            return null;
        }
        String normalized = HeaderTextReader.normalizeNewlines(body).strip();
        return fields.toArticle(normalized, fromHtml, format, source, options, line,
                which.equals("the object") ? null : which, problems);
    }

    /** A one-line reason from a parser error, without Jackson's source excerpt. */
    static String reason(IOException e) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return "not valid JSON";
        }
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        return first.length() > 160 ? first.substring(0, 160) + "..." : first;
    }

    /** Structure errors our own reading finds (the parser itself finds syntax errors). */
    static final class JsonParseProblem extends IOException {
        JsonParseProblem(String message) {
            super(message);
        }
    }
}
