package dev.parallax.comparator.record;

import dev.parallax.comparator.detect.Finding;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.record.FidelityJudge.Judged;
import dev.parallax.comparator.record.QuoteCandidates.Candidate;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.comparator.report.Span;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.CodePoints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Against the record: every quotation of every account of an event that is not one of its records, checked
 * against the records ({@link FidelityJudge}); the ALTERED ones become findings with the record's words as
 * evidence ({@link FidelityFindings}). Stages: {@link RecordPassages} reads each record, {@link QuoteCandidates}
 * each account's quotations, {@link PassageMatcher} places a quotation, {@link FidelityJudge} gives the verdict.
 */
public final class FidelityCheck {
    private final FidelityJudge judge;

    public FidelityCheck(FidelityRules rules, PassageDiffer differ) {
        this.judge = new FidelityJudge(rules, differ);
        this.rules = rules;
    }

    private final FidelityRules rules;

    /**
     * What the check found in one event.
     *
     * @param reference the ids of the event's records
     * @param findings  the detectors' findings with the ALTERED quotations merged in
     * @param checked   one verdict per quotation, in account order, each with the finding it became (or null)
     */
    public record Outcome(List<String> reference, List<Finding> findings, List<Checked> checked) {}

    /** A verdict and, for an ALTERED quotation, the finding that carries it. */
    public record Checked(Fidelity fidelity, Finding finding) {}

    /** Checks the accounts that are not records against those that are; without a record the findings pass unchanged. */
    public Outcome check(List<AnalyzedArticle> accounts, Set<String> recordIds, List<Finding> detected) {
        List<AnalyzedArticle> records = accounts.stream().filter(a -> recordIds.contains(a.id())).toList();
        if (records.isEmpty()) return new Outcome(List.of(), detected, List.of());
        List<RecordPassages> passages = records.stream().map(r -> RecordPassages.of(r, rules.vocabulary())).toList();
        List<Judged> judged = new ArrayList<>();
        for (AnalyzedArticle account : accounts) {
            if (recordIds.contains(account.id())) continue;
            for (Candidate c : QuoteCandidates.of(account)) {
                Judged j = judge.judge(account, c, passages);
                if (j != null) judged.add(j);
            }
        }
        judged = withoutOverlaps(judged);
        FidelityFindings.Merged merged = FidelityFindings.merge(detected, judged);
        List<Checked> checked = new ArrayList<>();
        for (Judged j : judged) checked.add(new Checked(fidelity(j), merged.links().get(j)));
        return new Outcome(records.stream().map(AnalyzedArticle::id).sorted().toList(), merged.findings(), checked);
    }

    /** A reported clause that overlaps a quotation already judged (or another clause) says nothing new. */
    private static List<Judged> withoutOverlaps(List<Judged> judged) {
        List<Judged> out = new ArrayList<>();
        List<Judged> ordered = new ArrayList<>(judged);
        ordered.sort(Comparator.comparing((Judged j) -> j.candidate().reported()).thenComparing(j -> j.account().id())
                .thenComparingInt(j -> j.quote()[0]));
        for (Judged j : ordered) {
            boolean overlaps = j.candidate().reported() && out.stream().anyMatch(o -> o.account() == j.account()
                    && o.quote()[0] < j.quote()[1] && j.quote()[0] < o.quote()[1]);
            if (!overlaps) out.add(j);
        }
        out.sort(Comparator.comparing((Judged j) -> j.account().outlet() == null ? "" : j.account().outlet())
                .thenComparing(j -> j.account().id()).thenComparingInt(j -> j.quote()[0]).thenComparingInt(j -> j.quote()[1]));
        return out;
    }

    static Fidelity fidelity(Judged j) {
        AnalyzedArticle a = j.account();
        Span quote = span(a, j.quote()[0], j.quote()[1]);
        Span record = null, nearest = null;
        String recordSpeaker = null, recordSpeakerWords = null;
        if (j.match() != null) {
            RecordPassages r = j.match().record();
            var first = r.passages().get(j.match().first());
            Span passage = span(r.record(), first.start(), r.passages().get(j.match().last()).end());
            if (j.verdict() == FidelityVerdict.NOT_IN_RECORD) {
                nearest = passage;
            } else {
                record = passage;
                recordSpeaker = first.speakerId();
                recordSpeakerWords = first.speakerLabel();
            }
        }
        Candidate c = j.candidate();
        return new Fidelity(a.id(), quote, c.kind().name(), c.speakerId(), c.speakerWords(), record, recordSpeaker,
                recordSpeakerWords, j.verdict(),
                j.similarity(), nearest, j.reasons(), null);
    }

    static Span span(AnalyzedArticle a, int start, int end) {
        String text = a.text();
        int s = Math.max(0, Math.min(start, text.length())), e = Math.max(s, Math.min(end, text.length()));
        return new Span(a.id(), text.substring(s, e), CodePoints.offset(text, s), CodePoints.offset(text, e));
    }
}
