package dev.parallax.comparator.render;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.report.ArticleRef;
import dev.parallax.comparator.report.ClaimGroup;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.record.FidelityDiff;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.comparator.report.SideBySide;
import dev.parallax.comparator.report.Span;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as ONE self-contained HTML file (inline CSS, no scripts, fonts or images from anywhere), readable
 * offline: per event the ranked discrepancies with type and severity badges, the alignment table (claim groups
 * by outlet, an empty cell where an outlet omits the claim), and side-by-side views of every pair of accounts
 * up to a cap. A matrix of links (left account by row, right account by column) picks the pair to read; CSS
 * {@code :target} shows the chosen one, so no script is needed. Every piece of article text is HTML-escaped;
 * the output depends only on the report.
 */
public final class ReportHtmlRenderer {
    private final int maxPairsPerEvent;

    /** Every pair of up to ten accounts. */
    public ReportHtmlRenderer() {
        this(45);
    }

    public ReportHtmlRenderer(int maxPairsPerEvent) {
        this.maxPairsPerEvent = maxPairsPerEvent;
    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d232b;background:#f6f7f9}
            header{background:#1d2a3a;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}
            main{padding:16px 24px;max-width:1400px}
            section.event{background:#fff;border:1px solid #d9dde3;border-radius:8px;padding:16px;margin-bottom:24px}
            h2{margin:0 0 4px;font-size:18px}h3{font-size:15px;margin:18px 0 8px}
            .meta{color:#5a6675;font-size:13px}
            .badge{display:inline-block;border-radius:4px;padding:1px 6px;font-size:12px;font-weight:600;margin-right:4px}
            .HIGH{background:#fbe3e4;color:#9b1c23}.MEDIUM{background:#fff1d6;color:#8a5a00}.LOW{background:#e8edf3;color:#3d4a5a}
            .type{background:#e6f0ff;color:#1f4f99}
            ol.findings li{margin-bottom:10px}
            .evidence{margin:4px 0 0 0;padding:0;list-style:none;font-size:13px}
            .evidence li{margin:2px 0}.outlet{font-weight:600}
            q,.quote{background:#fffbe6}
            table{border-collapse:collapse;width:100%;font-size:13px;table-layout:fixed}
            td,th{border:1px solid #d9dde3;padding:6px;vertical-align:top;text-align:left;word-wrap:break-word}
            th{background:#eef1f5}td.empty{background:#fafafa;color:#a0a8b3;text-align:center}
            del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
            .spelling{background:#eef;border-bottom:1px dotted #66a}
            .warn{color:#8a5a00}
            table.pairpick{width:auto;margin:6px 0 10px}table.pairpick td,table.pairpick th{padding:3px 6px}
            .pair{display:none}.pair:target{display:block}.pairs:not(:has(.pair:target))>.pair.first{display:block}
            .pair h4{margin:10px 0 6px;font-size:14px}
            .VERBATIM{background:#e3f4e6;color:#1d6b2d}.FAITHFUL{background:#e6f0ff;color:#1f4f99}
            .ALTERED{background:#fbe3e4;color:#9b1c23}.NOT_IN_RECORD{background:#eceef1;color:#3d4a5a}
            .context{color:#6b7684}.only{background:#fff1d6}
            table.record td:first-child{width:9em}
            @media (max-width:600px){table.record,table.record tbody,table.record tr,table.record td{display:block;width:auto}
            table.record thead{display:none}table.record td:first-child{width:auto}}
            """;



    public String render(ComparisonReport report, List<AnalyzedArticle> articles, Comparison comparison) {
        Map<String, ArticleRef> refs = new HashMap<>();
        report.articles().forEach(a -> refs.put(a.id(), a));
        Map<String, AnalyzedArticle> analyzed = new HashMap<>();
        if (articles != null) articles.forEach(a -> analyzed.put(a.id(), a));
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>Parallax comparison</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<header><h1>Parallax comparison</h1><div>").append(report.articles().size()).append(" articles, ")
                .append(report.events().size()).append(" events, ").append(report.unassigned().size())
                .append(" unassigned</div></header>\n<main>\n");
        for (Event e : report.events()) event(b, e, refs, analyzed, comparison);
        if (!report.unassigned().isEmpty()) {
            b.append("<section class=\"event\"><h2>In no event</h2><p class=\"meta\">Accounts no event took, each with the reason.</p><ul>");
            for (String id : report.unassigned()) {
                ArticleRef a = refs.get(id);
                b.append("<li><span class=\"outlet\">").append(esc(outlet(refs, id))).append("</span>: ")
                        .append(esc(a == null || a.title() == null ? id : a.title()));
                String why = report.unassignedReasons().get(id);
                if (why != null) b.append("<div class=\"meta\">").append(esc(why)).append("</div>");
                b.append("</li>");
            }
            b.append("</ul></section>\n");
        }
        if (!report.warnings().isEmpty()) {
            b.append("<section class=\"event\"><h2>Warnings</h2><ul>");
            report.warnings().forEach(w -> b.append("<li class=\"warn\">").append(esc(w)).append("</li>"));
            b.append("</ul></section>\n");
        }
        b.append("</main></body></html>\n");
        return b.toString();
    }

    private void event(StringBuilder b, Event e, Map<String, ArticleRef> refs, Map<String, AnalyzedArticle> analyzed,
                       Comparison comparison) {
        b.append("<section class=\"event\" id=\"").append(esc(e.id())).append("\"><h2>").append(esc(e.label())).append("</h2>");
        b.append("<div class=\"meta\">").append(esc(e.date() == null ? "date unknown" : e.date())).append(" · places: ")
                .append(esc(String.join(", ", e.places()))).append(" · participants: ")
                .append(esc(String.join(", ", e.participants()))).append(" · ").append(e.articles().size()).append(" accounts</div>");

        b.append("<h3>Discrepancies (").append(e.discrepancies().size()).append(", most serious first)</h3><ol class=\"findings\">");
        for (Discrepancy d : e.discrepancies()) {
            b.append("<li id=\"").append(esc(d.id())).append("\"><span class=\"badge ").append(d.severity().name()).append("\">")
                    .append(d.severity().name()).append("</span><span class=\"badge type\">").append(d.type().name())
                    .append("</span> ").append(esc(d.summary())).append("<ul class=\"evidence\">");
            for (Span s : d.evidence()) {
                b.append("<li><span class=\"outlet\">").append(esc(outlet(refs, s.article()))).append("</span> [")
                        .append(s.start()).append('–').append(s.end()).append("]: <span class=\"quote\">")
                        .append(esc(s.text())).append("</span></li>");
            }
            b.append("</ul></li>");
        }
        b.append("</ol>");

        againstTheRecord(b, e, refs);

        b.append("<h3>Alignment (claim groups by outlet)</h3><table><thead><tr><th>claim</th>");
        for (String id : e.articles()) b.append("<th>").append(esc(outlet(refs, id))).append("</th>");
        b.append("</tr></thead><tbody>");
        for (ClaimGroup g : e.claimGroups()) {
            Map<String, Span> byArticle = new LinkedHashMap<>();
            g.members().forEach(m -> byArticle.put(m.article(), m));
            b.append("<tr><td>").append(esc(g.summary())).append("<div class=\"meta\">").append(g.independent())
                    .append(" independent source(s)").append(g.copies().isEmpty() ? "" : ", wire copies marked ©").append("</div></td>");
            for (String id : e.articles()) {
                Span s = byArticle.get(id);
                boolean copy = g.copies().stream().anyMatch(c -> c.contains(id));
                if (s == null) b.append("<td class=\"empty\">—</td>");
                else b.append("<td>").append(copy ? "© " : "").append(esc(s.text())).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");

        if (comparison != null && e.articles().size() >= 2) {
            List<String> ids = e.articles();
            int n = ids.size(), total = n * (n - 1) / 2;
            // which pairs are rendered: every pair in account order, up to the cap
            java.util.Set<String> rendered = new java.util.LinkedHashSet<>();
            for (int i = 0; i < n && rendered.size() < maxPairsPerEvent; i++)
                for (int j = i + 1; j < n && rendered.size() < maxPairsPerEvent; j++)
                    if (analyzed.containsKey(ids.get(i)) && analyzed.containsKey(ids.get(j))) rendered.add(i + "-" + j);
            b.append("<h3>Side by side</h3><p class=\"meta\">Pick two accounts: row, then column.</p>")
                    .append("<table class=\"pairpick\"><thead><tr><th></th>");
            for (int j = 0; j < n; j++) b.append("<th>").append(esc(outlet(refs, ids.get(j)))).append("</th>");
            b.append("</tr></thead><tbody>");
            for (int i = 0; i < n; i++) {
                b.append("<tr><th>").append(esc(outlet(refs, ids.get(i)))).append("</th>");
                for (int j = 0; j < n; j++) {
                    String key = Math.min(i, j) + "-" + Math.max(i, j);
                    if (i == j || !rendered.contains(key)) b.append("<td class=\"empty\">·</td>");
                    else b.append("<td><a href=\"#").append(esc(e.id())).append("-p").append(key).append("\">")
                            .append(i < j ? "view" : "view (swapped)").append("</a></td>");
                }
                b.append("</tr>");
            }
            b.append("</tbody></table><div class=\"pairs\">");
            boolean first = true;
            for (String key : rendered) {
                int i = Integer.parseInt(key.substring(0, key.indexOf('-'))), j = Integer.parseInt(key.substring(key.indexOf('-') + 1));
                b.append("<div class=\"pair").append(first ? " first" : "").append("\" id=\"").append(esc(e.id())).append("-p")
                        .append(key).append("\"><h4>").append(esc(outlet(refs, ids.get(i)))).append(" / ")
                        .append(esc(outlet(refs, ids.get(j)))).append("</h4>");
                sideBySide(b, comparison.sideBySide(analyzed.get(ids.get(i)), analyzed.get(ids.get(j))), refs);
                b.append("</div>");
                first = false;
            }
            b.append("</div>");
            if (rendered.size() < total) {
                b.append("<p class=\"warn\">").append(total - rendered.size()).append(" more pair(s) not rendered (at most ")
                        .append(maxPairsPerEvent).append(" per event).</p>");
            }
        }
        b.append("</section>\n");
    }

    /**
     * Against the record: each quotation of the other accounts beside the record's passage, the words that changed marked
     * ({@code del} the record's, {@code ins} the account's), the verdict, how close, why, and a link to the discrepancy an
     * altered quotation became.
     */
    private static void againstTheRecord(StringBuilder b, Event e, Map<String, ArticleRef> refs) {
        if (e.reference().isEmpty()) return;
        b.append("<h3>Against the record</h3><p class=\"meta\">The record: ")
                .append(esc(String.join(", ", e.reference().stream().map(id -> outlet(refs, id)).toList())))
                .append(". Every quotation of the other accounts beside the passage it renders; the record's words that changed are struck"
                        + " through, the account's underlined.</p>");
        if (e.fidelity().isEmpty()) {
            b.append("<p class=\"meta\">No account quotes anything.</p>");
            return;
        }
        b.append("<table class=\"record\"><thead><tr><th>verdict</th><th>account</th><th>record</th><th>why</th></tr></thead><tbody>");
        List<Fidelity> ordered = e.fidelity().stream().sorted(java.util.Comparator.comparing(Fidelity::verdict)).toList();
        for (Fidelity f : ordered) {
            Span passage = f.record() != null ? f.record() : f.nearest();
            FidelityDiff diff = FidelityDiff.of(f.quote().text(), f.record() == null ? null : f.record().text());
            b.append("<tr><td><span class=\"badge ").append(f.verdict().name()).append("\">").append(verdict(f.verdict()))
                    .append("</span><div class=\"meta\">").append(String.format(java.util.Locale.ROOT, "similarity %.2f", f.similarity()))
                    .append("</div></td><td><span class=\"outlet\">").append(esc(outlet(refs, f.article()))).append("</span>");
            if (f.speakerWords() != null || f.speaker() != null) {
                b.append(" <span class=\"meta\">(").append(esc(f.speakerWords() != null ? f.speakerWords() : f.speaker())).append(")</span>");
            }
            b.append("<div class=\"quote\">").append(marked(diff.quote(), "ins")).append("</div></td><td>");
            if (passage == null) {
                b.append("<span class=\"meta\">nothing in the record shares its words</span>");
            } else {
                b.append("<span class=\"outlet\">").append(esc(outlet(refs, passage.article()))).append("</span>");
                if (f.recordSpeakerWords() != null || f.recordSpeaker() != null) b.append(" <span class=\"meta\">(").append(esc(f.recordSpeakerWords() != null ? f.recordSpeakerWords() : f.recordSpeaker())).append(")</span>");
                if (f.record() == null) b.append(" <span class=\"meta\">nearest passage</span>");
                b.append("<div>").append(f.record() != null ? marked(diff.record(), "del") : esc(passage.text())).append("</div>");
            }
            b.append("</td><td>").append(esc(String.join("; ", f.reasons())));
            if (f.discrepancy() != null) {
                b.append(" <a href=\"#").append(esc(f.discrepancy())).append("\">review the discrepancy</a>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static String verdict(FidelityVerdict v) {
        return switch (v) {
            case VERBATIM -> "verbatim";
            case FAITHFUL -> "faithful";
            case ALTERED -> "altered";
            case NOT_IN_RECORD -> "not in the record";
        };
    }

    /** A side's parts as HTML: changed words in {@code tag}, words of one side only highlighted, context dimmed. */
    private static String marked(List<FidelityDiff.Part> parts, String tag) {
        StringBuilder b = new StringBuilder();
        for (FidelityDiff.Part p : parts) {
            switch (p.mark()) {
                case SAME -> b.append(esc(p.text()));
                case CONTEXT -> b.append("<span class=\"context\">").append(esc(p.text())).append("</span>");
                case SPELLING -> b.append("<span class=\"spelling\" title=\"spelling only\">").append(esc(p.text())).append("</span>");
                case CHANGED, ONLY -> b.append('<').append(tag).append('>').append(esc(p.text())).append("</").append(tag).append('>');
            }
        }
        return b.toString();
    }

    private static void sideBySide(StringBuilder b, SideBySide view, Map<String, ArticleRef> refs) {
        b.append("<table><thead><tr><th>").append(esc(outlet(refs, view.left()))).append("</th><th>")
                .append(esc(outlet(refs, view.right()))).append("</th></tr></thead><tbody>");
        for (SideBySide.Row r : view.rows()) {
            b.append("<tr>");
            if (r.left() == null) b.append("<td class=\"empty\">—</td>");
            if (r.left() != null && r.right() != null && !r.changes().isEmpty()) {
                StringBuilder l = new StringBuilder(), rt = new StringBuilder();
                for (SideBySide.InlineChange c : r.changes()) {
                    switch (c.kind()) {
                        case EQUAL -> { l.append(esc(c.left())).append(' '); rt.append(esc(c.right())).append(' '); }
                        case DELETE -> l.append("<del>").append(esc(c.left())).append("</del> ");
                        case INSERT -> rt.append("<ins>").append(esc(c.right())).append("</ins> ");
                        case CHANGE -> {
                            if (c.spellingOnly()) {
                                l.append("<span class=\"spelling\" title=\"spelling only\">").append(esc(c.left())).append("</span> ");
                                rt.append("<span class=\"spelling\" title=\"spelling only\">").append(esc(c.right())).append("</span> ");
                            } else {
                                l.append("<del>").append(esc(c.left())).append("</del> ");
                                rt.append("<ins>").append(esc(c.right())).append("</ins> ");
                            }
                        }
                    }
                }
                b.append("<td>").append(l).append("</td><td>").append(rt).append("</td>");
            } else {
                if (r.left() != null) b.append("<td>").append(esc(r.left().text())).append("</td>");
                if (r.right() != null) b.append("<td>").append(esc(r.right().text())).append("</td>");
            }
            if (r.right() == null) b.append("<td class=\"empty\">—</td>");
            b.append("</tr>");
        }
        b.append("</tbody></table>");
        if (!view.warnings().isEmpty()) b.append("<p class=\"warn\">").append(esc(String.join("; ", view.warnings()))).append("</p>");
    }

    private static String outlet(Map<String, ArticleRef> refs, String id) {
        ArticleRef a = refs.get(id);
        return a == null ? dev.parallax.core.model.AnalyzedArticle.name(null, null, id)
                : dev.parallax.core.model.AnalyzedArticle.name(a.outlet(), a.source(), id);
    }

    /** Escapes everything HTML gives meaning to, quotes included, so article text can never become markup. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

}
