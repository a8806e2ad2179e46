package dev.parallax.core.read;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The named fields an input may carry (header keys, JSON members), gathered before they become a
 * {@link RawArticle}. One place decides how a field name maps and how the date is read, so the
 * text header and JSON agree.
 */
final class ArticleFields {
    String outlet;
    String url;
    String title;
    String published;
    String byline;
    String language;
    String text;
    String html;
    /** "record": true marks the official record of the event (true, yes or 1); false, no or 0 says it is not one. */
    Boolean record;

    /** Sets a field by its (case-insensitive) name; returns false for a name that is not a field. */
    boolean set(String name, String value) {
        String v = value == null ? null : value.strip();
        if (v != null && v.isEmpty()) {
            v = null;
        }
        switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "outlet" -> outlet = v;
            case "url" -> url = v;
            case "title" -> title = v;
            case "published" -> published = v;
            case "byline" -> byline = v;
            case "language" -> language = v;
            case "text" -> text = value; // the body keeps its own whitespace
            case "html" -> html = value;
            case "record" -> record = v == null ? null
                    : v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1") ? Boolean.TRUE
                    : v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no") || v.equals("0") ? Boolean.FALSE : null;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Fills fields this input left empty from {@code other} (e.g. metadata found inside an html member). */
    void fillFrom(RawArticle other) {
        outlet = outlet != null ? outlet : other.outlet();
        url = url != null ? url : other.url();
        title = title != null ? title : other.title();
        byline = byline != null ? byline : other.byline();
        language = language != null ? language : other.language();
    }

    /**
     * The article these fields describe. A date that cannot be read is reported and left out rather
     * than failing the whole article: the text is still worth comparing. {@code which} names the
     * article in that message when the input holds several ("line 3: the object"), else null.
     */
    RawArticle toArticle(String body, OffsetDateTime fallbackPublished, SourceFormat format, String source,
                         ReadOptions options, int line, String which, List<ReadProblem> problems) {
        OffsetDateTime when = fallbackPublished;
        if (published != null) {
            when = PublishedDateParser.parse(published).orElse(null);
            if (when == null) {
                String message = PublishedDateParser.problem(published);
                problems.add(new ReadProblem(source, line, which == null ? message : which + ": " + message));
                when = fallbackPublished;
            }
        }
        String who = outlet != null ? outlet : options.defaultOutlet();
        return new RawArticle(who, url, title, when, byline, language, body, format, source, record);
    }
}
