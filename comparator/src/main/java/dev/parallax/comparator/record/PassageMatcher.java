package dev.parallax.comparator.record;

import dev.parallax.comparator.record.RecordPassages.Passage;
import dev.parallax.comparator.record.RecordPassages.PassageWords;
import dev.parallax.core.model.EntityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the record's passage a quotation renders: the window of one to a few consecutive sentences of one
 * turn that holds most of the quotation's words (by their keys, so "six months" meets "half a year" only
 * through figures, "win" meets "prevail" through the vocabulary), rare words weighing more than common
 * ones. Only passages that share a word with the quotation are looked at (the record's word index), so a
 * long record costs little more than a short one.
 */
final class PassageMatcher {
    private final FidelityRules rules;

    PassageMatcher(FidelityRules rules) {
        this.rules = rules;
    }

    /** A quotation's words: folded forms, keys (null for function words) and the distinct keys. */
    record QuoteWords(String[] folds, String[] keys, Set<String> keySet) {
        static QuoteWords of(String text, Vocabulary vocabulary) {
            PassageWords w = RecordPassages.words(text, 0, text.length(), vocabulary);
            return new QuoteWords(w.folds(), w.keys(), w.keySet());
        }

        /** The words of {@code text[start, end)} of an account, names keyed by the entities core linked. */
        static QuoteWords of(String text, int start, int end, Vocabulary vocabulary, List<EntityMention> mentions) {
            PassageWords w = RecordPassages.words(text, start, end, vocabulary, mentions);
            return new QuoteWords(w.folds(), w.keys(), w.keySet());
        }

        int size() {
            return folds.length;
        }
    }

    /**
     * A window of passages {@code [first, last]} of one record and how well it renders the quotation.
     *
     * @param coverage  share of the quotation's words (by weight) the window holds
     * @param run       the longest run of the quotation's words the window holds in order, as a share of them
     * @param precision share of the window's words the quotation holds: a tighter window renders it more closely
     * @param share     the same weighted like {@code coverage}, counted only for a window of at least three words and a
     *                  quotation read both ways (reported speech, which wraps the passage in the account's own words)
     */
    record Match(RecordPassages record, int first, int last, double coverage, double run, double precision, double share,
                 int runWords) {
        double similarity() {
            return Math.max(Math.max(coverage, run), share);
        }

        Passage firstPassage() {
            return record.passages().get(first);
        }

        boolean better(Match o) {
            if (o == null) return true;
            int c = Double.compare(round(similarity()), round(o.similarity()));
            if (c != 0) return c > 0;
            c = Double.compare(round(run), round(o.run));
            if (c != 0) return c > 0;
            c = Double.compare(round(precision), round(o.precision));
            if (c != 0) return c > 0;
            return last - first < o.last - o.first;
        }

        boolean holds(int passage) {
            return first <= passage && passage <= last;
        }
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    /**
     * The best window among passages {@code allowed} accepts, or null when none shares a word with the quotation.
     * {@code sentences} is how many sentences the quotation has: a window may have one more.
     */
    Match best(QuoteWords q, RecordPassages record, Predicate<Passage> allowed, int sentences, boolean bothWays) {
        if (q.keySet().isEmpty() && q.size() == 0) return null;
        int n = record.passages().size();
        Map<String, Double> weight = new HashMap<>();
        double total = 0;
        for (String k : q.keySet()) {
            double w = 1 + Math.log(1 + (double) n / (1 + record.frequency(k)));
            weight.put(k, w);
            total += w;
        }
        // seeds: the passages sharing most weight with the quotation
        Map<Integer, Double> shared = new HashMap<>();
        for (String k : q.keySet()) {
            for (int p : record.holding(k)) {
                if (allowed.test(record.passages().get(p))) shared.merge(p, weight.get(k), Double::sum);
            }
        }
        if (q.keySet().isEmpty()) {
            // a quotation of function words only ("We're going to discuss that now" has some; "not at all" has none):
            // only a word-for-word run can place it
            for (int p = 0; p < n; p++) if (allowed.test(record.passages().get(p))) shared.put(p, 0.0);
        }
        List<Integer> seeds = new ArrayList<>(shared.keySet());
        seeds.sort((a, b) -> {
            int c = Double.compare(shared.get(b), shared.get(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        if (seeds.size() > rules.maxSeeds()) seeds = seeds.subList(0, rules.maxSeeds());
        // a window holds at most one sentence more than the quotation, each sentence possibly in two clauses
        int width = Math.max(1, Math.min(rules.maxWindow(), sentences + 1));
        int reach = 2 * width;
        Set<Long> seen = new HashSet<>();
        List<Match> candidates = new ArrayList<>();
        for (int seed : seeds) {
            for (int first = Math.max(0, seed - reach + 1); first <= seed; first++) {
                for (int last = seed; last < Math.min(n, first + reach); last++) {
                    if (record.passages().get(last).sentence() - record.passages().get(first).sentence() >= width) continue;
                    if (!oneTurn(record, first, last, allowed)) continue;
                    if (!seen.add((long) first << 32 | last)) continue;
                    candidates.add(score(q, record, first, last, weight, total, bothWays));
                }
            }
        }
        // the word-order run is dearer: only for the windows that hold most
        candidates.sort((a, b) -> a.better(b) ? -1 : b.better(a) ? 1 : 0);
        Match best = null;
        for (int i = 0; i < candidates.size() && i < rules.maxRunChecks(); i++) {
            Match m = candidates.get(i);
            int words = longestRun(q, record, m.first(), m.last());
            Match withRun = new Match(m.record(), m.first(), m.last(), m.coverage(), q.size() == 0 ? 0 : (double) words / q.size(),
                    m.precision(), m.share(), words);
            if (withRun.better(best)) best = withRun;
        }
        return best;
    }

    /** How well the window {@code [first, last]} renders {@code q}: the same measures {@link #best} ranks by. */
    static Match measure(QuoteWords q, RecordPassages record, int first, int last, boolean bothWays) {
        int n = record.passages().size();
        Map<String, Double> weight = new HashMap<>();
        double total = 0;
        for (String k : q.keySet()) {
            double w = 1 + Math.log(1 + (double) n / (1 + record.frequency(k)));
            weight.put(k, w);
            total += w;
        }
        Match m = score(q, record, first, last, weight, total, bothWays);
        int words = longestRun(q, record, first, last);
        return new Match(record, first, last, m.coverage(), q.size() == 0 ? 0 : (double) words / q.size(), m.precision(),
                m.share(), words);
    }

    private static boolean oneTurn(RecordPassages record, int first, int last, Predicate<Passage> allowed) {
        int turn = record.passages().get(first).turn();
        for (int p = first; p <= last; p++) {
            Passage x = record.passages().get(p);
            if (x.turn() != turn || !allowed.test(x)) return false;
        }
        return true;
    }

    private static Match score(QuoteWords q, RecordPassages record, int first, int last, Map<String, Double> weight, double total,
                               boolean bothWays) {
        Set<String> window = new HashSet<>();
        for (int p = first; p <= last; p++) window.addAll(record.words(p).keySet());
        double held = 0;
        int shared = 0;
        for (String k : q.keySet()) {
            if (window.contains(k)) {
                held += weight.get(k);
                shared++;
            }
        }
        double coverage = total == 0 ? 0 : held / total;
        double precision = window.isEmpty() ? 0 : (double) shared / window.size();
        double share = 0;
        if (bothWays && window.size() >= 3) {
            int n = record.passages().size();
            double all = 0, quoted = 0;
            for (String k : window) {
                double w = 1 + Math.log(1 + (double) n / (1 + record.frequency(k)));
                all += w;
                if (q.keySet().contains(k)) quoted += w;
            }
            share = quoted / all;
        }
        return new Match(record, first, last, coverage, 0, precision, share, 0);
    }

    /**
     * The longest run of the quotation's words found in order in the window, folded; a word the record cuts
     * off ("peo" at the end of a partial record) matches the words it begins.
     */
    static double run(QuoteWords q, RecordPassages record, int first, int last) {
        return q.size() == 0 ? 0 : (double) longestRun(q, record, first, last) / q.size();
    }

    /** How many words the longest run holds. */
    static int longestRun(QuoteWords q, RecordPassages record, int first, int last) {
        List<String> w = new ArrayList<>();
        boolean cutLast = false;
        for (int p = first; p <= last; p++) {
            for (String f : record.words(p).folds()) w.add(f);
            cutLast = record.passages().get(p).cut();
        }
        int n = q.size(), m = w.size();
        if (n == 0 || m == 0) return 0;
        int best = 0;
        // a quotation is short: the table is cheap
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                String a = q.folds()[i - 1], b = w.get(j - 1);
                boolean same = a.equals(b) || cutLast && j == m && b.length() >= 2 && a.startsWith(b);
                cur[j] = same ? prev[j - 1] + 1 : 0;
                if (cur[j] > best) best = cur[j];
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            java.util.Arrays.fill(cur, 0);
        }
        return best;
    }
}
