package dev.parallax.core.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.ArticleMeta;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.CodePoints;
import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Meaning;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.Removal;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Renders analyses for people (text) and programs (JSON). JSON fields come in a fixed order and
 * every offset is converted from UTF-16 chars to Unicode code points, as the JSON contract says.
 * Tokens are left out of the JSON: they are recomputable and would dwarf everything else.
 */
public final class AnalysisRenderers {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private AnalysisRenderers() {}

    public static String json(List<AnalyzedArticle> articles) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (AnalyzedArticle a : articles) {
                writeArticle(g, a);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private static void writeArticle(JsonGenerator g, AnalyzedArticle a) throws IOException {
        String text = a.text();
        ArticleMeta meta = a.meta();
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("outlet", meta.outlet());
        g.writeStringField("title", meta.title());
        g.writeStringField("url", meta.url());
        g.writeStringField("published", meta.published() == null ? null : meta.published().toString());
        g.writeStringField("byline", meta.byline());
        g.writeStringField("language", a.language()); // declared, else recognised
        g.writeStringField("source", meta.source());
        Dateline d = a.dateline();
        if (d == null) {
            g.writeNullField("dateline");
        } else {
            g.writeObjectFieldStart("dateline");
            g.writeStringField("text", d.text());
            g.writeStringField("place", d.place());
            g.writeStringField("date", d.date() == null ? null : d.date().toString());
            g.writeStringField("agency", d.agency());
            g.writeEndObject();
        }
        g.writeStringField("text", text);
        g.writeArrayFieldStart("warnings");
        for (String w : a.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("removed");
        for (Removal r : a.removed()) {
            g.writeStartObject();
            g.writeStringField("text", r.text());
            g.writeStringField("reason", r.reason());
            g.writeNumberField("line", r.line());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sentences");
        for (Sentence s : a.sentences()) {
            g.writeStartObject();
            g.writeNumberField("index", s.index());
            span(g, text, s.start(), s.end());
            g.writeNumberField("paragraph", s.paragraph());
            g.writeStringField("text", s.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (EntityMention m : a.mentions()) {
            mention(g, text, m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("times");
        for (TimeExpression t : a.times()) {
            time(g, text, t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quantities");
        for (Quantity q : a.quantities()) {
            quantity(g, text, q);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            quote(g, text, q);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("claims");
        for (Claim c : a.claims()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeNumberField("sentence", c.sentenceIndex());
            span(g, text, c.start(), c.end());
            g.writeStringField("text", c.text());
            g.writeStringField("speaker", c.speakerId());
            g.writeStringField("sourcing", c.sourcing());
            g.writeStringField("modality", c.modality().name());
            g.writeNumberField("checkWorthiness", c.checkWorthiness());
            g.writeArrayFieldStart("entities");
            for (EntityMention m : c.entities()) {
                mention(g, text, m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("times");
            for (TimeExpression t : c.times()) {
                time(g, text, t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quantities");
            for (Quantity q : c.quantities()) {
                quantity(g, text, q);
            }
            g.writeEndArray();
            if (c.quote() == null) {
                g.writeNullField("quote");
            } else {
                g.writeFieldName("quote");
                quote(g, text, c.quote());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        meaning(g, text, a.meaning());
        g.writeEndObject();
    }

    /** The sentence embeddings: each vector as base64 of its int8 values, one short object per span. */
    private static void meaning(JsonGenerator g, String text, Meaning m) throws IOException {
        g.writeObjectFieldStart("meaning");
        g.writeStringField("model", m.model());
        g.writeNumberField("dimensions", m.dimensions());
        g.writeArrayFieldStart("vectors");
        for (Meaning.SpanVector v : m.vectors()) {
            g.writeStartObject();
            g.writeStringField("role", v.role().name());
            span(g, text, v.start(), v.end());
            g.writeStringField("vector", Base64.getEncoder().encodeToString(v.vector()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, String text, int start, int end) throws IOException {
        g.writeNumberField("start", CodePoints.offset(text, start));
        g.writeNumberField("end", CodePoints.offset(text, end));
    }

    private static void mention(JsonGenerator g, String text, EntityMention m) throws IOException {
        g.writeStartObject();
        g.writeStringField("entity", m.entityId());
        g.writeStringField("kind", m.kind().name());
        g.writeStringField("surface", m.surface());
        span(g, text, m.start(), m.end());
        g.writeStringField("match", m.match().name());
        g.writeNumberField("confidence", m.confidence());
        g.writeEndObject();
    }

    private static void time(JsonGenerator g, String text, TimeExpression t) throws IOException {
        g.writeStartObject();
        g.writeStringField("surface", t.surface());
        span(g, text, t.start(), t.end());
        g.writeStringField("from", t.from() == null ? null : t.from().toString());
        g.writeStringField("to", t.to() == null ? null : t.to().toString());
        g.writeStringField("granularity", t.granularity().name());
        g.writeStringField("duration", t.duration() == null ? null : t.duration().toString());
        g.writeBooleanField("relative", t.relative());
        g.writeEndObject();
    }

    private static void quantity(JsonGenerator g, String text, Quantity q) throws IOException {
        g.writeStartObject();
        g.writeStringField("surface", q.surface());
        span(g, text, q.start(), q.end());
        g.writeStringField("kind", q.kind().name());
        g.writeNumberField("value", q.value());
        if (q.max() == null) {
            g.writeNullField("max");
        } else {
            g.writeNumberField("max", q.max());
        }
        g.writeArrayFieldStart("alternatives");
        for (Double v : q.alternatives()) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeStringField("unit", q.unit());
        g.writeBooleanField("approximate", q.approximate());
        g.writeStringField("bound", q.bound().name());
        g.writeEndObject();
    }

    private static void quote(JsonGenerator g, String text, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", q.kind().name());
        g.writeStringField("text", q.text());
        span(g, text, q.start(), q.end());
        g.writeStringField("speaker", q.speakerId());
        g.writeStringField("speakerWords", q.speaker());
        if (q.speakerStart() >= 0) {
            g.writeNumberField("speakerStart", CodePoints.offset(text, q.speakerStart()));
            g.writeNumberField("speakerEnd", CodePoints.offset(text, q.speakerEnd()));
        } else {
            g.writeNullField("speakerStart");
            g.writeNullField("speakerEnd");
        }
        g.writeStringField("sourcing", q.sourcing());
        g.writeEndObject();
    }

    /** A readable report: sentences, entities, times, numbers, quotes, claims and what the cleaner removed. */
    public static String text(List<AnalyzedArticle> articles) {
        StringBuilder b = new StringBuilder();
        for (AnalyzedArticle a : articles) {
            ArticleMeta meta = a.meta();
            b.append("== ").append(nz(meta.outlet(), "(no outlet)")).append(": ").append(nz(meta.title(), "(no title)"))
                    .append('\n');
            b.append("id ").append(a.id()).append('\n');
            b.append("language ").append(a.language()).append('\n');
            if (meta.published() != null) {
                b.append("published ").append(meta.published()).append('\n');
            }
            if (meta.source() != null) {
                b.append("source ").append(meta.source()).append('\n');
            }
            if (a.dateline() != null) {
                b.append("dateline ").append(a.dateline().text()).append(" -> ").append(datelineDay(a.dateline())).append('\n');
            }
            for (String w : a.warnings()) {
                b.append("warning: ").append(w).append('\n');
            }
            section(b, "Sentences", a.sentences().size());
            for (Sentence s : a.sentences()) {
                b.append(String.format(Locale.ROOT, "  [%d/p%d] %s%n", s.index(), s.paragraph(), s.text()));
            }
            section(b, "Entities", a.mentions().size());
            for (EntityMention m : a.mentions()) {
                b.append(String.format(Locale.ROOT, "  %-34s %-7s %.2f  \"%s\"%n", m.entityId(), m.match(),
                        m.confidence(), m.surface()));
            }
            section(b, "Times", a.times().size());
            for (TimeExpression t : a.times()) {
                String when = t.duration() != null ? t.duration().toString()
                        : t.from() == null ? "unresolved" : t.from().equals(t.to()) ? t.from().toString() : t.from() + ".." + t.to();
                b.append(String.format(Locale.ROOT, "  \"%s\" -> %s (%s%s)%n", t.surface(), when, t.granularity(),
                        t.relative() ? ", relative" : ""));
            }
            section(b, "Numbers", a.quantities().size());
            for (Quantity q : a.quantities()) {
                b.append(String.format(Locale.ROOT, "  \"%s\" -> %s %s%s%s%s%n", q.surface(), q.kind(), number(q.value()),
                        q.unit().isEmpty() ? "" : " " + q.unit(), q.max() == null ? "" : " to " + number(q.max()),
                        (q.alternatives().isEmpty() ? "" : " alternatives " + q.alternatives())
                                + (q.approximate() ? " (" + q.bound().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                                + ")" : "")));
            }
            section(b, "Quotes", a.quotes().size());
            for (Quote q : a.quotes()) {
                b.append("  ").append(q.kind()).append(' ').append(nz(q.speakerId(), "(speaker unknown)"));
                if (q.speaker() != null) {
                    b.append(" as \"").append(q.speaker()).append('"');
                }
                if (q.sourcing() != null) {
                    b.append(", via ").append(q.sourcing());
                }
                b.append(": \"").append(q.text()).append("\"\n");
            }
            section(b, "Claims", a.claims().size());
            for (Claim c : a.claims()) {
                b.append(String.format(Locale.ROOT, "  %s %s %.2f%s%s: %s%n", c.id(), c.modality(), c.checkWorthiness(),
                        c.speakerId() == null ? "" : " speaker " + c.speakerId(),
                        c.sourcing() == null ? "" : " via " + c.sourcing(), c.text()));
            }
            Meaning m = a.meaning();
            if (!m.isEmpty()) {
                long claims = m.vectors().stream().filter(v -> v.role() == Meaning.Role.CLAIM).count();
                long quotes = m.vectors().stream().filter(v -> v.role() == Meaning.Role.QUOTE).count();
                b.append(String.format(Locale.ROOT, "-- Meaning: %d span%s embedded (%s, %d statement%s, %d quote%s) by %s%n",
                        m.vectors().size(), m.vectors().size() == 1 ? "" : "s", m.lead() == null ? "no lead" : "lead", claims, claims == 1 ? "" : "s",
                        quotes, quotes == 1 ? "" : "s", m.model()));
            }
            section(b, "Removed", a.removed().size());
            for (Removal r : a.removed()) {
                b.append(String.format(Locale.ROOT, "  line %d, %s: %s%n", r.line(), r.reason(), r.text()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static void section(StringBuilder b, String name, int count) {
        b.append("-- ").append(name).append(" (").append(count).append(")\n");
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String nz(String s, String fallback) {
        return s == null ? fallback : s;
    }

    /** The dateline's date, or its day and month ("--04-05, year unknown") when it names no year. */
    private static String datelineDay(Dateline d) {
        if (d.date() != null) {
            return d.date().toString();
        }
        java.time.MonthDay day = d.text() == null ? null : dev.parallax.core.time.DatelineYearResolver.monthDay(d.text());
        return day == null ? "null" : day + ", year unknown";
    }
}
