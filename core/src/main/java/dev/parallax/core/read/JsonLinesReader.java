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
 * JSON Lines: one article object per line. Each line stands alone, so a malformed line is
 * reported by its number and the good lines are still read. The size limit applies to each line
 * (one article), not to the file, so a bulk export of many articles can be read.
 */
public final class JsonLinesReader {

    public ReadResult read(String source, String text, ReadOptions options) {
        List<RawArticle> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        int lineNo = 0;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            pos = end + 1;
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            long bytes = utf8Length(line);
            if (bytes > options.maxBytes()) {
                problems.add(new ReadProblem(source, lineNo, "line " + lineNo + ": article "
                        + InputText.tooLarge(bytes, options.maxBytes())));
                continue;
            }
            readLine(line, lineNo, source, options, articles, problems);
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(new ReadProblem(source, 0, "empty input: the file has no JSON lines"));
        }
        return new ReadResult(articles, problems);
    }

    private static void readLine(String line, int lineNo, String source, ReadOptions options,
                                 List<RawArticle> articles, List<ReadProblem> problems) {
        String where = "line " + lineNo;
        try (JsonParser parser = JsonArticleObjects.FACTORY.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new ReadProblem(source, lineNo, where
                        + ": not a JSON object (each line holds one article object)"));
                return;
            }
            ArticleFields fields = JsonArticleObjects.readFields(parser);
            if (parser.nextToken() != null) {
                problems.add(new ReadProblem(source, lineNo, where
                        + ": more than one JSON value on the line (put each article on its own line)"));
                return;
            }
            RawArticle article = JsonArticleObjects.toArticle(fields, SourceFormat.JSON_LINES, source, options, lineNo,
                    where + ": the object", problems);
            if (article != null) {
                articles.add(article);
            }
        } catch (IOException e) {
            problems.add(new ReadProblem(source, lineNo, where + ": not valid JSON (" + JsonArticleObjects.reason(e) + ")"));
        }
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
