package dev.parallax.core.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.SourceFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON document holding one article object or an array of them. Objects of an array are read
 * one by one, so one object without text does not lose the others; a syntax error does stop the
 * reading (nothing after it can be trusted), keeping the articles read before it.
 */
public final class JsonArticleReader {

    public ReadResult read(String source, String json, ReadOptions options) {
        List<RawArticle> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        int line = 0;
        try (JsonParser parser = JsonArticleObjects.FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                line = parser.currentTokenLocation().getLineNr();
                add(JsonArticleObjects.readFields(parser), source, options, 0, "the object", articles, problems);
            } else if (first == JsonToken.START_ARRAY) {
                int index = 0;
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == null) {
                        throw new JsonArticleObjects.JsonParseProblem("the array is not closed");
                    }
                    line = parser.currentTokenLocation().getLineNr();
                    if (token != JsonToken.START_OBJECT) {
                        problems.add(new ReadProblem(source, line, "item " + index
                                + " of the array is not an object: each article is an object {\"outlet\": ..., \"text\": ...}"));
                        parser.skipChildren();
                    } else {
                        add(JsonArticleObjects.readFields(parser), source, options, line, "item " + index, articles,
                                problems);
                    }
                    index++;
                }
            } else {
                return ReadResult.failed(source, 0, "JSON input must be an article object or an array of them");
            }
            if (parser.nextToken() != null) {
                problems.add(new ReadProblem(source, parser.currentTokenLocation().getLineNr(),
                        "unexpected content after the JSON value: one file holds one object or one array"));
            }
        } catch (IOException e) {
            int at = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation().getLineNr() : line;
            problems.add(new ReadProblem(source, Math.max(at, 0), "not valid JSON (" + JsonArticleObjects.reason(e) + ")"));
        }
        return new ReadResult(articles, problems);
    }

    private static void add(ArticleFields fields, String source, ReadOptions options, int line, String which,
                            List<RawArticle> articles, List<ReadProblem> problems) {
        RawArticle article = JsonArticleObjects.toArticle(fields, SourceFormat.JSON, source, options, line, which,
                problems);
        if (article != null) {
            articles.add(article);
        }
    }
}
