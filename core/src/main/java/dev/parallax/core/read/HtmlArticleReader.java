package dev.parallax.core.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.SourceFormat;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An article page: finds the article's own text among navigation, widgets and ads, and reads the
 * metadata publishers put in the head (Open Graph, JSON-LD, canonical link).
 *
 * <p>The body is the first of {@code [itemprop=articleBody]}, {@code <article>}, {@code <main>} that
 * holds text, else the element whose direct {@code <p>} children carry the most text (the usual
 * shape of a CMS page without semantic markup). Paragraphs come out separated by blank lines.
 */
public final class HtmlArticleReader {

    /** Elements that never hold article text. */
    private static final String NEVER_ARTICLE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, select, input, textarea, figcaption, dialog, [hidden], [aria-hidden=true]";

    /** class/id words of widgets, ads and banners; matched as whole words of the attribute. */
    private static final Pattern WIDGET = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:share|sharing|social|ad|ads|advert|advertisement|banner|cookie|cookies|consent|gdpr"
                    + "|newsletter|subscribe|subscription|related|recommended|promo|popup|modal|comments?|breadcrumbs?"
                    + "|sidebar|tags|paywall|outbrain|taboola)(?:$|[\\s_-])");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "figure", "dl",
            "dt", "dd", "address", "hr", "center");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    public ReadResult read(String source, String html, ReadOptions options) {
        RawArticle article = extract(html, source, options);
        if (article.text().isBlank()) {
            return ReadResult.failed(source, 0, "no article text found in the HTML: the page has no paragraphs "
                    + "outside navigation and widgets (is it a script-rendered page? save the rendered HTML or the text)");
        }
        return ReadResult.of(article);
    }

    /** The article of a page, possibly with empty text; used by the JSON readers for an {@code html} member. */
    RawArticle extract(String html, String source, ReadOptions options) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        String url = firstNonBlank(doc.select("link[rel=canonical]").attr("href"), meta(doc, "og:url"));
        String outlet = firstNonBlank(meta(doc, "og:site_name"), options.defaultOutlet());
        String byline = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"),
                text(doc.selectFirst("[rel=author], .byline, [itemprop=author]")));
        String language = firstNonBlank(doc.select("html").attr("lang"), meta(doc, "og:locale"));
        OffsetDateTime published = published(doc);

        String body = bodyText(doc);
        return new RawArticle(outlet, url, title, published, byline, language, body, SourceFormat.HTML, source);
    }

    /** The article text of a page: what the JSON readers use for an {@code html} member. */
    static String bodyText(Document doc) {
        doc.select(NEVER_ARTICLE).remove();
        int pageText = paragraphText(doc.body());
        for (Element e : doc.body().select("[class], [id]")) {
            // A wrapper named "has-sidebar" may hold the whole story: never drop most of the page's text.
            if (e.parent() != null && isWidget(e) && paragraphText(e) * 2 <= pageText) {
                e.remove();
            }
        }
        Element root = articleRoot(doc);
        return paragraphs(root);
    }

    private static int paragraphText(Element e) {
        int length = 0;
        for (Element p : e.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    private static boolean isWidget(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("article") || tag.equals("main")
                || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
            return false;
        }
        return WIDGET.matcher(e.className()).find() || WIDGET.matcher(e.id()).find();
    }

    private static Element articleRoot(Document doc) {
        for (String query : List.of("[itemprop=articleBody]", "article", "main")) {
            Element best = null;
            int bestLength = 0;
            for (Element candidate : doc.select(query)) {
                int length = candidate.text().length();
                if (length > bestLength) {
                    best = candidate;
                    bestLength = length;
                }
            }
            if (best != null && bestLength > 0) {
                return best;
            }
        }
        Element best = doc.body();
        int bestLength = 0;
        for (Element p : doc.body().select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = 0;
            for (Element child : parent.children()) {
                if (child.normalName().equals("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best;
    }

    /** Text of {@code root} with a blank line between blocks and a line break for {@code <br>}. */
    private static String paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
            }
        }, root);
        flush(current, out);
        return String.join("\n\n", out);
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.isEmpty()) {
            return;
        }
        StringBuilder para = new StringBuilder();
        for (String line : current.toString().split("\n")) {
            String collapsed = line.replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").strip();
            if (!collapsed.isEmpty()) {
                if (!para.isEmpty()) {
                    para.append('\n');
                }
                para.append(collapsed);
            }
        }
        current.setLength(0);
        if (!para.isEmpty()) {
            out.add(para.toString());
        }
    }

    private static OffsetDateTime published(Document doc) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(doc, "article:published_time"));
        candidates.add(meta(doc, "datePublished"));
        candidates.add(doc.select("[itemprop=datePublished]").attr("content"));
        candidates.add(doc.select("time[datetime]").attr("datetime"));
        candidates.add(jsonLdDatePublished(doc));
        candidates.add(meta(doc, "date"));
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                var parsed = PublishedDateParser.parse(candidate);
                if (parsed.isPresent()) {
                    return parsed.get();
                }
            }
        }
        return null;
    }

    /** The first {@code datePublished} anywhere in the page's JSON-LD blocks (graphs nest it). */
    private static String jsonLdDatePublished(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try (JsonParser parser = JSON.createParser(script.data())) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME && "datePublished".equals(parser.currentName())) {
                        if (parser.nextToken() == JsonToken.VALUE_STRING) {
                            return parser.getText();
                        }
                    }
                }
            } catch (IOException malformed) {
                // broken JSON-LD is common; the other date sources still apply
            }
        }
        return null;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]");
        return e == null ? null : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
