package dev.parallax.comparator.record;

import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.event.EventGrouper;
import dev.parallax.comparator.record.FidelityJudge.Judged;
import dev.parallax.comparator.record.QuoteCandidates.Candidate;
import dev.parallax.core.model.AnalyzedArticle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Grouping by what accounts quote: a record that grouping left alone joins the event whose accounts quote it
 * (two quotations it renders closely, four words or more each), and an account left alone joins the event whose
 * record it quotes so. A joint statement names no person and shares few rare words with the news about it, yet
 * the news quotes its sentences: that is the firmest sign of one event there is. The days must still agree
 * within the grouping's tolerance.
 */
public final class RecordAttachment {
    /** Quotations a record must render for an account and the record to be one event. */
    static final int MIN_QUOTATIONS = 2;
    private static final int MIN_WORDS = 4;

    private final FidelityRules rules;
    private final FidelityJudge judge;
    private final int dateToleranceDays;

    public RecordAttachment(FidelityRules rules, PassageDiffer differ, int dateToleranceDays) {
        this.rules = rules;
        this.judge = new FidelityJudge(rules, differ);
        this.dateToleranceDays = dateToleranceDays;
    }

    /** The groups (indices into {@code articles}) with lone records and lone accounts that quote a record joined to their events. */
    public List<int[]> attach(List<AnalyzedArticle> articles, List<int[]> groups, Set<String> recordIds) {
        if (recordIds.isEmpty()) return groups;
        List<int[]> out = new ArrayList<>();
        for (int[] g : groups) out.add(g.clone());
        // lone records first: each joins the group (an event, or an account left alone) that quotes it most
        for (int i = 0; i < out.size(); i++) {
            int[] g = out.get(i);
            if (g.length != 1 || !recordIds.contains(articles.get(g[0]).id())) continue;
            AnalyzedArticle record = articles.get(g[0]);
            RecordPassages passages = RecordPassages.of(record, rules.vocabulary());
            int best = -1, bestCount = 0;
            for (int j = 0; j < out.size(); j++) {
                if (j == i || !sameDays(articles, out.get(j), record)) continue;
                int count = 0;
                for (int k : out.get(j)) {
                    if (!recordIds.contains(articles.get(k).id())) count += quotations(articles.get(k), List.of(passages));
                }
                if (count >= MIN_QUOTATIONS && (count > bestCount || count == bestCount && best >= 0 && out.get(j).length > out.get(best).length)) {
                    best = j;
                    bestCount = count;
                }
            }
            if (best >= 0) {
                out.set(best, join(out.get(best), g[0]));
                out.remove(i);
                i = -1; // indices moved: look again from the start
            }
        }
        // then lone accounts: each joins the event whose record it quotes most
        for (int i = 0; i < out.size(); i++) {
            int[] g = out.get(i);
            if (g.length != 1 || recordIds.contains(articles.get(g[0]).id())) continue;
            AnalyzedArticle account = articles.get(g[0]);
            int best = -1, bestCount = 0;
            for (int j = 0; j < out.size(); j++) {
                if (j == i || out.get(j).length < 2 || !sameDays(articles, out.get(j), account)) continue;
                List<RecordPassages> held = new ArrayList<>();
                for (int k : out.get(j)) {
                    if (recordIds.contains(articles.get(k).id())) held.add(RecordPassages.of(articles.get(k), rules.vocabulary()));
                }
                if (held.isEmpty()) continue;
                int count = quotations(account, held);
                if (count >= MIN_QUOTATIONS && count > bestCount) {
                    best = j;
                    bestCount = count;
                }
            }
            if (best >= 0) {
                out.set(best, join(out.get(best), g[0]));
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    /** How many of the account's quotations the records render closely. */
    private int quotations(AnalyzedArticle account, List<RecordPassages> records) {
        int n = 0;
        for (Candidate c : QuoteCandidates.of(account)) {
            if (dev.parallax.comparator.text.Words.split(c.words()).size() < MIN_WORDS) continue;
            Judged j = judge.judge(account, c, records);
            if (j != null && j.rendered() && j.similarity() >= rules.strongThreshold()) n++;
        }
        return n;
    }

    private boolean sameDays(List<AnalyzedArticle> articles, int[] group, AnalyzedArticle other) {
        List<AnalyzedArticle> members = new ArrayList<>();
        for (int k : group) members.add(articles.get(k));
        LocalDate a = EventGrouper.eventDate(members), b = EventGrouper.eventDate(List.of(other));
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= dateToleranceDays;
    }

    private static int[] join(int[] group, int member) {
        int[] out = Arrays.copyOf(group, group.length + 1);
        out[group.length] = member;
        Arrays.sort(out);
        return out;
    }
}
