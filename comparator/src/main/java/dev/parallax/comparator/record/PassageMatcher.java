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
        Keys keys = Keys.of(q, record);
        // seeds: the passages sharing most weight with the quotation (an array, not a map: this runs for every quotation)
        double[] shared = new double[n];
        int[] touched = new int[n];
        int touchedCount = 0;
        for (int i = 0; i < keys.ids.length; i++) {
            if (keys.ids[i] < 0) continue;
            for (int p : record.holding(keys.ids[i])) {
                if (shared[p] == 0) touched[touchedCount++] = p;
                shared[p] += keys.weights[i];
            }
        }
        // the few passages sharing most (ties by position), kept as they come rather than sorting every passage that shares a
        // word: a common word is held by hundreds of a long record's passages, and this runs for every quotation
        Seeds top = new Seeds(rules.maxSeeds(), shared);
        for (int i = 0; i < touchedCount; i++) if (allowed.test(record.passages().get(touched[i]))) top.offer(touched[i]);
        if (q.keySet().isEmpty()) {
            // a quotation of function words only ("not at all" has no content word): only a word-for-word run can place it
            for (int p = 0; p < n && top.size < top.passages.length; p++) if (allowed.test(record.passages().get(p))) top.offer(p);
        }
        int[] seeds = java.util.Arrays.copyOf(top.passages, top.size);
        // a window holds at most one sentence more than the quotation, each sentence possibly in two clauses
        int width = Math.max(1, Math.min(rules.maxWindow(), sentences + 1));
        int reach = 2 * width;
        Set<Long> seen = new HashSet<>();
        List<Match> candidates = new ArrayList<>();
        for (int seed : seeds) {
            for (int first = Math.max(0, seed - reach + 1); first <= seed; first++) {
                for (int last = seed; last < Math.min(n, first + reach); last++) {
                    if (record.passages().get(last).sentence() - record.passages().get(first).sentence() >= width) continue;
                    // a window whose first or last passage shares no word adds nothing but words the quotation lacks
                    if (!keys.isEmpty() && (shared[first] == 0 || shared[last] == 0)) continue;
                    if (!oneTurn(record, first, last, allowed)) continue;
                    if (!seen.add((long) first << 32 | last)) continue;
                    candidates.add(score(keys, record, first, last, bothWays));
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

    /** The best {@code k} passages by shared weight (more first, then earlier), in that order. */
    private static final class Seeds {
        final int[] passages;
        final double[] shared;
        int size;

        Seeds(int k, double[] shared) {
            this.passages = new int[k];
            this.shared = shared;
        }

        private boolean before(int a, int b) {
            return shared[a] > shared[b] || shared[a] == shared[b] && a < b;
        }

        void offer(int p) {
            if (passages.length == 0) return;
            if (size == passages.length && !before(p, passages[size - 1])) return;
            int i = size < passages.length ? size++ : size - 1;
            while (i > 0 && before(p, passages[i - 1])) {
                passages[i] = passages[i - 1];
                i--;
            }
            passages[i] = p;
        }
    }

    /** How well the window {@code [first, last]} renders {@code q}: the same measures {@link #best} ranks by. */
    static Match measure(QuoteWords q, RecordPassages record, int first, int last, boolean bothWays) {
        Match m = score(Keys.of(q, record), record, first, last, bothWays);
        int words = longestRun(q, record, first, last);
        return new Match(record, first, last, m.coverage(), q.size() == 0 ? 0 : (double) words / q.size(), m.precision(),
                m.share(), words);
    }

    /** A quotation's distinct keys as the record numbers them (-1: no passage holds it), sorted, with their weights. */
    record Keys(int[] ids, double[] weights, double total) {
        static Keys of(QuoteWords q, RecordPassages record) {
            int[] ids = new int[q.keySet().size()];
            int i = 0;
            for (String k : q.keySet()) ids[i++] = record.id(k);
            java.util.Arrays.sort(ids);
            double[] weights = new double[ids.length];
            double total = 0;
            for (int j = 0; j < ids.length; j++) {
                weights[j] = record.weight(ids[j]);
                total += weights[j];
            }
            return new Keys(ids, weights, total);
        }

        boolean holds(int id) {
            return java.util.Arrays.binarySearch(ids, id) >= 0;
        }

        boolean isEmpty() {
            return ids.length == 0;
        }
    }

    private static boolean oneTurn(RecordPassages record, int first, int last, Predicate<Passage> allowed) {
        int turn = record.passages().get(first).turn();
        for (int p = first; p <= last; p++) {
            Passage x = record.passages().get(p);
            if (x.turn() != turn || !allowed.test(x)) return false;
        }
        return true;
    }

    private static Match score(Keys q, RecordPassages record, int first, int last, boolean bothWays) {
        double held = 0;
        int shared = 0;
        for (int i = 0; i < q.ids().length; i++) {
            int id = q.ids()[i];
            if (id < 0) continue;
            for (int p = first; p <= last; p++) {
                if (java.util.Arrays.binarySearch(record.ids(p), id) >= 0) {
                    held += q.weights()[i];
                    shared++;
                    break;
                }
            }
        }
        // the window's distinct keys: a key counts in the first of its passages that holds it
        int distinct = 0;
        double all = 0, quoted = 0;
        for (int p = first; p <= last; p++) {
            for (int id : record.ids(p)) {
                boolean earlier = false;
                for (int o = first; o < p && !earlier; o++) earlier = java.util.Arrays.binarySearch(record.ids(o), id) >= 0;
                if (earlier) continue;
                distinct++;
                if (bothWays) {
                    double w = record.weight(id);
                    all += w;
                    if (q.holds(id)) quoted += w;
                }
            }
        }
        double coverage = q.total() == 0 ? 0 : held / q.total();
        double precision = distinct == 0 ? 0 : (double) shared / distinct;
        double share = bothWays && distinct >= 3 ? quoted / all : 0;
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
