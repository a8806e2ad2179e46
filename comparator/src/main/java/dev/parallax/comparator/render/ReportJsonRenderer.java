package dev.parallax.comparator.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.comparator.report.ArticleRef;
import dev.parallax.comparator.report.ClaimGroup;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.SideBySide;
import dev.parallax.comparator.report.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** The report as JSON (docs/architecture.md), pretty-printed with a fixed field order so output is byte-stable. */
public final class ReportJsonRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();

    public String render(ComparisonReport report) {
        StringWriter out = new StringWriter();
        render(report, out);
        return out.toString();
    }

    public void render(ComparisonReport report, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("articles");
            for (ArticleRef a : report.articles()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("outlet", a.outlet());
                g.writeStringField("title", a.title());
                g.writeStringField("url", a.url());
                g.writeStringField("published", a.published());
                g.writeStringField("source", a.source());
                g.writeStringField("language", a.language());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : report.events()) event(g, e);
            g.writeEndArray();
            strings(g, "unassigned", report.unassigned());
            g.writeObjectFieldStart("unassignedReasons");
            for (Map.Entry<String, String> r : report.unassignedReasons().entrySet()) g.writeStringField(r.getKey(), r.getValue());
            g.writeEndObject();
            strings(g, "warnings", report.warnings());
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("label", e.label());
        g.writeStringField("date", e.date());
        strings(g, "places", e.places());
        strings(g, "participants", e.participants());
        strings(g, "articles", e.articles());
        g.writeArrayFieldStart("claimGroups");
        for (ClaimGroup c : e.claimGroups()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("summary", c.summary());
            spans(g, "members", c.members());
            g.writeArrayFieldStart("copies");
            for (List<String> copy : c.copies()) {
                g.writeStartArray();
                for (String s : copy) g.writeString(s);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeNumberField("independent", c.independent());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("discrepancies");
        for (Discrepancy d : e.discrepancies()) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("type", d.type().name());
            g.writeStringField("severity", d.severity().name());
            g.writeStringField("summary", d.summary());
            g.writeStringField("claimGroup", d.claimGroup());
            spans(g, "evidence", d.evidence());
            g.writeStringField("fingerprint", d.fingerprint());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "reference", e.reference());
        g.writeArrayFieldStart("fidelity");
        for (Fidelity f : e.fidelity()) fidelity(g, f);
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One quotation against the record: {@code quote} without its article (the entry's own), {@code record} null when not in it. */
    private static void fidelity(JsonGenerator g, Fidelity f) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", f.article());
        g.writeObjectFieldStart("quote");
        g.writeStringField("text", f.quote().text());
        g.writeNumberField("start", f.quote().start());
        g.writeNumberField("end", f.quote().end());
        g.writeEndObject();
        g.writeStringField("kind", f.kind());
        g.writeStringField("speaker", f.speaker());
        g.writeStringField("speakerWords", f.speakerWords());
        g.writeFieldName("record");
        span(g, f.record());
        g.writeStringField("recordSpeaker", f.recordSpeaker());
        g.writeStringField("recordSpeakerWords", f.recordSpeakerWords());
        g.writeStringField("verdict", f.verdict().name());
        g.writeNumberField("similarity", f.similarity());
        g.writeFieldName("nearest");
        span(g, f.nearest());
        strings(g, "reasons", f.reasons());
        g.writeStringField("discrepancy", f.discrepancy());
        g.writeEndObject();
    }

    /** The side-by-side view as JSON, for /api/diff and exports. */
    public String render(SideBySide view) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("left", view.left());
            g.writeStringField("right", view.right());
            g.writeArrayFieldStart("rows");
            for (SideBySide.Row r : view.rows()) {
                g.writeStartObject();
                g.writeFieldName("left");
                span(g, r.left());
                g.writeFieldName("right");
                span(g, r.right());
                g.writeNumberField("similarity", r.similarity());
                g.writeArrayFieldStart("changes");
                for (SideBySide.InlineChange c : r.changes()) {
                    g.writeStartObject();
                    g.writeStringField("kind", c.kind().name());
                    g.writeStringField("left", c.left());
                    g.writeNumberField("leftStart", c.leftStart());
                    g.writeNumberField("leftEnd", c.leftEnd());
                    g.writeStringField("right", c.right());
                    g.writeNumberField("rightStart", c.rightStart());
                    g.writeNumberField("rightEnd", c.rightEnd());
                    g.writeBooleanField("spellingOnly", c.spellingOnly());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "warnings", view.warnings());
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void spans(JsonGenerator g, String name, List<Span> spans) throws IOException {
        g.writeArrayFieldStart(name);
        for (Span s : spans) span(g, s);
        g.writeEndArray();
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("article", s.article());
        g.writeStringField("text", s.text());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
