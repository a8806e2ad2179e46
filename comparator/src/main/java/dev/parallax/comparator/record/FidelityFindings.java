package dev.parallax.comparator.record;

import dev.parallax.comparator.detect.Evidence;
import dev.parallax.comparator.detect.Finding;
import dev.parallax.comparator.record.FidelityJudge.Change;
import dev.parallax.comparator.record.FidelityJudge.Judged;
import dev.parallax.comparator.record.RecordPassages.Passage;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ALTERED quotation as a finding, with the account's words and the record's passage as evidence: ATTRIBUTION
 * when the record gives the words to another speaker, NUMBER for a changed figure (what a changed figure is
 * between any two accounts), QUOTE_WORDING for a lost negation, a hardened modal, a changed name or scope.
 *
 * <p>The record settles what the detectors found about the same words between accounts, so the two become one
 * finding: a detector's finding of the same type on the quotation takes the record's passage as evidence; one of
 * another type (QUOTE_WORDING, NUMBER, HEDGE) whose other accounts are the record or render the same passage
 * faithfully is the same change seen twice, and its evidence joins the record's finding.
 */
final class FidelityFindings {
    private FidelityFindings() {}

    record Merged(List<Finding> findings, Map<Judged, Finding> links) {}

    private static final Set<DiscrepancyType> FOLDED = Set.of(DiscrepancyType.QUOTE_WORDING, DiscrepancyType.NUMBER,
            DiscrepancyType.HEDGE);

    static Merged merge(List<Finding> detected, List<Judged> judged) {
        List<Finding> out = new ArrayList<>(detected);
        Map<Judged, Finding> links = new IdentityHashMap<>();
        for (Judged j : judged) {
            if (j.verdict() != FidelityVerdict.ALTERED) continue;
            AnalyzedArticle account = j.account(), record = j.match().record().record();
            int[] words = j.changes().contains(Change.SPEAKER) ? j.candidate().attribution() : j.quote();
            Passage first = j.match().record().passages().get(j.match().first());
            int ws = first.start(), we = j.match().record().passages().get(j.match().last()).end();
            Evidence quoted = new Evidence(account, words[0], words[1]);
            Evidence held = new Evidence(record, ws, we);
            Finding own = new Finding(j.type(), j.severity(), summary(j, quoted, held), null, List.of(quoted, held));
            int target = -1;
            Set<Finding> folded = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < out.size(); i++) {
                Finding f = out.get(i);
                if (f.evidence().stream().noneMatch(e -> overlaps(e, quoted))) continue;
                if (f.type() == own.type()) {
                    if (target < 0) target = i;
                } else if (FOLDED.contains(f.type()) && f.evidence().stream().allMatch(e -> e.article() == account
                        || e.article() == record || agrees(e, j, judged))) {
                    folded.add(f);
                }
            }
            Finding into = own;
            for (Finding f : folded) into = join(into, f, own.summary());
            if (target >= 0) {
                Finding merged = join(out.get(target), into, own.summary());
                out.set(target, merged);
                into = merged;
            } else {
                out.add(into);
            }
            out.removeIf(folded::contains);
            // a finding already linked to an earlier quotation may just have been replaced
            Finding result = into;
            for (Map.Entry<Judged, Finding> e : links.entrySet()) {
                if (!out.contains(e.getValue())) e.setValue(result);
            }
            links.put(j, into);
        }
        return new Merged(out, links);
    }

    /** Whether evidence {@code e} is an account's quotation of the same record passage that the check found faithful. */
    private static boolean agrees(Evidence e, Judged altered, List<Judged> judged) {
        for (Judged o : judged) {
            if (o.account() != e.article() || o.match() == null || o.match().record() != altered.match().record()) continue;
            if (o.verdict() != FidelityVerdict.VERBATIM && o.verdict() != FidelityVerdict.FAITHFUL) continue;
            boolean samePassage = o.match().first() <= altered.match().last() && altered.match().first() <= o.match().last();
            boolean sameWords = o.quote()[0] < e.end() && e.start() < o.quote()[1]
                    || o.candidate().attribution()[0] < e.end() && e.start() < o.candidate().attribution()[1];
            if (samePassage && sameWords) return true;
        }
        return false;
    }

    /** {@code base} with the evidence of {@code extra} it lacks (one article's overlapping words count once), the record's summary. */
    private static Finding join(Finding base, Finding extra, String summary) {
        List<Evidence> evidence = new ArrayList<>(base.evidence());
        for (Evidence x : extra.evidence()) {
            boolean present = false;
            for (int i = 0; i < evidence.size(); i++) {
                Evidence e = evidence.get(i);
                if (!overlaps(e, x)) continue;
                present = true;
                // the wider words carry the figure with its context: "three years since AUKUS" rather than "three years"
                if (x.end() - x.start() > e.end() - e.start()) evidence.set(i, x);
            }
            if (!present) evidence.add(x);
        }
        Severity severity = base.severity().compareTo(extra.severity()) <= 0 ? base.severity() : extra.severity();
        return new Finding(base.type(), severity, summary, base.group() != null ? base.group() : extra.group(),
                dedupe(evidence));
    }

    private static List<Evidence> dedupe(List<Evidence> evidence) {
        Map<String, Evidence> out = new LinkedHashMap<>();
        for (Evidence e : evidence) out.putIfAbsent(e.article().id() + ":" + e.start() + ":" + e.end(), e);
        return List.copyOf(out.values());
    }

    private static boolean overlaps(Evidence a, Evidence b) {
        return a.article() == b.article() && a.start() < b.end() && b.start() < a.end();
    }

    private static String summary(Judged j, Evidence quoted, Evidence held) {
        return "against the record: " + quoted.outlet() + " '" + oneLine(j.account().text().substring(j.quote()[0], j.quote()[1]))
                + "'; the record (" + held.outlet() + ") '" + oneLine(held.text()) + "' — " + String.join("; ", j.reasons());
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }
}
