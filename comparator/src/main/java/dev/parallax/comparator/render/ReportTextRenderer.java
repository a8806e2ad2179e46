package dev.parallax.comparator.render;

import dev.parallax.core.model.AnalyzedArticle;

import dev.parallax.comparator.report.ArticleRef;
import dev.parallax.comparator.report.ClaimGroup;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.record.FidelityDiff;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.comparator.report.Span;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The report for a terminal: per event, the ranked discrepancies with each outlet's words, then the claim groups. */
public final class ReportTextRenderer {
    private final boolean withClaimGroups;

    public ReportTextRenderer() {
        this(true);
    }

    public ReportTextRenderer(boolean withClaimGroups) {
        this.withClaimGroups = withClaimGroups;
    }

    public String render(ComparisonReport report) {
        Map<String, ArticleRef> articles = new HashMap<>();
        report.articles().forEach(a -> articles.put(a.id(), a));
        StringBuilder b = new StringBuilder();
        b.append("Parallax comparison: ").append(report.articles().size()).append(" articles, ")
                .append(report.events().size()).append(" events, ").append(report.unassigned().size()).append(" unassigned\n");
        for (Event e : report.events()) {
            b.append("\n== ").append(e.label()).append("  [").append(e.id()).append("]\n");
            b.append("   date: ").append(e.date() == null ? "unknown" : e.date())
                    .append("; places: ").append(String.join(", ", e.places()))
                    .append("; participants: ").append(String.join(", ", e.participants())).append('\n');
            b.append("   accounts: ").append(String.join(", ", e.articles().stream().map(id -> outlet(articles, id) + language(articles, id)).toList())).append('\n');
            b.append("\n   Discrepancies (").append(e.discrepancies().size()).append(", most serious first)\n");
            int n = 1;
            for (Discrepancy d : e.discrepancies()) {
                b.append(String.format("   %2d. %-6s %-13s %s%n", n++, d.severity(), d.type(), oneLine(d.summary())));
                for (Span s : d.evidence()) {
                    b.append("         ").append(outlet(articles, s.article())).append(" [").append(s.start()).append('-')
                            .append(s.end()).append("]: ").append(oneLine(s.text())).append('\n');
                }
            }
            againstTheRecord(b, e, articles);
            if (withClaimGroups) {
                b.append("\n   Claim groups (").append(e.claimGroups().size()).append(")\n");
                for (ClaimGroup g : e.claimGroups()) {
                    b.append("   - ").append(oneLine(g.summary())).append("  (").append(g.members().size()).append(" accounts, ")
                            .append(g.independent()).append(" independent)\n");
                    for (List<String> copies : g.copies()) {
                        b.append("       copies of one source: ")
                                .append(String.join(", ", copies.stream().map(id -> outlet(articles, id)).toList())).append('\n');
                    }
                }
            }
        }
        if (!report.unassigned().isEmpty()) {
            b.append("\nIn no event (each with the reason):\n");
            for (String id : report.unassigned()) {
                ArticleRef a = articles.get(id);
                b.append("   ").append(outlet(articles, id)).append(language(articles, id)).append(": ")
                        .append(a == null ? id : a.title() != null ? a.title() : a.source() != null ? a.source() : id).append('\n');
                String why = report.unassignedReasons().get(id);
                if (why != null) b.append("      why: ").append(why).append('\n');
            }
        }
        if (!report.warnings().isEmpty()) {
            b.append("\nWarnings:\n");
            report.warnings().forEach(w -> b.append("   ").append(w).append('\n'));
        }
        return b.toString();
    }

    /**
     * Each quotation of the other accounts beside the record's passage: the verdict, who is quoted, the account's words,
     * the record's, what changed (record → account) and why.
     */
    private static void againstTheRecord(StringBuilder b, Event e, Map<String, ArticleRef> articles) {
        if (e.reference().isEmpty()) return;
        Map<FidelityVerdict, Integer> counts = new java.util.EnumMap<>(FidelityVerdict.class);
        e.fidelity().forEach(f -> counts.merge(f.verdict(), 1, Integer::sum));
        b.append("\n   Against the record (").append(String.join(", ", e.reference().stream().map(id -> outlet(articles, id)).toList()))
                .append("): ").append(e.fidelity().size()).append(" quotations; ")
                .append(counts.getOrDefault(FidelityVerdict.VERBATIM, 0)).append(" verbatim, ")
                .append(counts.getOrDefault(FidelityVerdict.FAITHFUL, 0)).append(" faithful, ")
                .append(counts.getOrDefault(FidelityVerdict.ALTERED, 0)).append(" altered, ")
                .append(counts.getOrDefault(FidelityVerdict.NOT_IN_RECORD, 0)).append(" not in the record\n");
        List<Fidelity> ordered = e.fidelity().stream().sorted(java.util.Comparator.comparing(Fidelity::verdict)).toList();
        for (Fidelity f : ordered) {
            b.append(String.format("   - %-13s %s%s [%d-%d]: '%s'%n", f.verdict(), outlet(articles, f.article()),
                    f.speakerWords() != null ? " (" + oneLine(f.speakerWords()) + ")" : f.speaker() != null ? " (" + f.speaker() + ")" : "",
                    f.quote().start(), f.quote().end(), oneLine(f.quote().text())));
            Span passage = f.record() != null ? f.record() : f.nearest();
            if (passage != null) {
                b.append("       ").append(f.record() != null ? "record" : "nearest").append(" ").append(outlet(articles, passage.article()))
                        .append(who(f.recordSpeakerWords(), f.recordSpeaker())).append(" [").append(passage.start()).append('-')
                        .append(passage.end()).append("]: '").append(oneLine(passage.text())).append("'\n");
            }
            if (f.record() != null && f.verdict() != FidelityVerdict.VERBATIM) {
                List<String> changes = FidelityDiff.of(f.quote().text(), f.record().text()).changes();
                if (!changes.isEmpty()) b.append("       words (record → account): ").append(oneLine(String.join("; ", changes))).append('\n');
            }
            b.append(String.format(java.util.Locale.ROOT, "       similarity %.2f", f.similarity()));
            if (!f.reasons().isEmpty()) b.append(" — ").append(oneLine(String.join("; ", f.reasons())));
            if (f.discrepancy() != null) b.append(" — discrepancy ").append(f.discrepancy());
            b.append('\n');
        }
    }

    private static String who(String words, String id) {
        return words != null ? " (" + oneLine(words) + ")" : id != null ? " (" + id + ")" : "";
    }

    /** " [ko]" after an account in another language than English, so a reader knows it was not diffed against English. */
    private static String language(Map<String, ArticleRef> articles, String id) {
        ArticleRef a = articles.get(id);
        return a == null || a.language() == null || a.language().equals("en") || a.language().equals("und") ? "" : " [" + a.language() + "]";
    }

    private static String outlet(Map<String, ArticleRef> articles, String id) {
        ArticleRef a = articles.get(id);
        return a == null ? AnalyzedArticle.name(null, null, id) : AnalyzedArticle.name(a.outlet(), a.source(), id);
    }

    private static String oneLine(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() > 220 ? t.substring(0, 217) + "..." : t;
    }
}
