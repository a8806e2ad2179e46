package dev.parallax.core.read;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text, optionally opened by a {@code key: value} header ended by a line {@code ---}:
 *
 * <pre>
 * outlet: BelTA
 * published: 2024-12-19
 * title: Talks in Minsk
 * ---
 * The body...
 * </pre>
 *
 * Without such a header the whole input is the body. The header is only recognized when every
 * line before {@code ---} is a {@code key: value} line and at least one key is a known field, so
 * an article that happens to contain a horizontal rule is not mistaken for one.
 */
public final class HeaderTextReader {

    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z_-]*)\\s*:(.*)");
    private static final Pattern SEPARATOR = Pattern.compile("-{3,}\\s*");
    /** Headers are short; looking further would scan whole articles for a separator. */
    private static final int MAX_HEADER_LINES = 40;

    public ReadResult read(String source, String text, ReadOptions options) {
        List<ReadProblem> problems = new ArrayList<>();
        ArticleFields fields = new ArticleFields();
        String body = text;
        SourceFormat format = SourceFormat.TEXT;
        int bodyStart = headerEnd(text, fields);
        if (bodyStart >= 0) {
            body = text.substring(bodyStart);
            format = SourceFormat.TEXT_WITH_HEADER;
        } else {
            fields = new ArticleFields();
        }
        String normalized = normalizeNewlines(body).strip();
        if (normalized.isEmpty()) {
            return ReadResult.failed(source, 0, format == SourceFormat.TEXT_WITH_HEADER
                    ? "the header is followed by no article text: put the body after the --- line"
                    : "empty input: the file has no text");
        }
        RawArticle article = fields.toArticle(normalized, null, format, source, options, 0, null, problems);
        List<RawArticle> articles = List.of(article);
        return new ReadResult(articles, problems);
    }

    /** Offset of the body after a header, or -1 when the text has no header. Fills {@code fields}. */
    private static int headerEnd(String text, ArticleFields fields) {
        int pos = 0;
        boolean knownKey = false;
        boolean sawField = false;
        for (int lineNo = 0; lineNo < MAX_HEADER_LINES && pos < text.length(); lineNo++) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            int next = nl < 0 ? text.length() : nl + 1;
            if (SEPARATOR.matcher(line).matches()) {
                return knownKey && sawField ? next : -1;
            }
            if (!line.isBlank()) {
                Matcher m = HEADER_LINE.matcher(line.strip());
                if (!m.matches()) {
                    return -1;
                }
                sawField = true;
                knownKey |= fields.set(m.group(1), m.group(2));
            }
            pos = next;
        }
        return -1;
    }

    static String normalizeNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
