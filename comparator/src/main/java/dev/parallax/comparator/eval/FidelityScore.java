package dev.parallax.comparator.eval;

import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.CodePoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fidelity verdicts scored against expected.json's {@code fidelity} entries. A found verdict answers an expected
 * one when it is about the same account and their quoted words overlap by at least half of the shorter; each
 * found verdict answers one expected at most. A found verdict on a quotation in quote marks that nothing expects
 * counts against its verdict's precision (every quotation in a body is listed); one on reported speech that
 * nothing expects is not scored (those lists are not exhaustive).
 *
 * @param confusion    expected verdict ({@link #NONE} for a found one nothing expects) to found verdict
 *                     ({@link #MISSING} for an expected one nothing answers) to count
 * @param recordChecks answered entries that name the record's sentence and were placed in the record
 * @param recordHits   of those, how many were placed on that sentence
 */
public record FidelityScore(Map<String, Map<String, Integer>> confusion, int recordChecks, int recordHits, List<String> misses) {
    public static final String NONE = "none";
    public static final String MISSING = "missing";

    public static FidelityScore empty() {
        return new FidelityScore(new LinkedHashMap<>(), 0, 0, List.of());
    }

    public int count(String expected, String found) {
        return confusion.getOrDefault(expected, Map.of()).getOrDefault(found, 0);
    }

    /** Found verdicts of this kind that were expected so, over all found of this kind that were scored. */
    public double precision(FidelityVerdict v) {
        int hit = count(v.name(), v.name()), all = 0;
        for (Map<String, Integer> row : confusion.values()) all += row.getOrDefault(v.name(), 0);
        return all == 0 ? Double.NaN : (double) hit / all;
    }

    /** Expected verdicts of this kind that were found so. */
    public double recall(FidelityVerdict v) {
        int hit = count(v.name(), v.name()), all = 0;
        for (int n : confusion.getOrDefault(v.name(), Map.of()).values()) all += n;
        return all == 0 ? Double.NaN : (double) hit / all;
    }

    /** Expected entries, and how many of them were given their verdict. */
    public int expected() {
        int n = 0;
        for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
            if (!row.getKey().equals(NONE)) for (int c : row.getValue().values()) n += c;
        }
        return n;
    }

    public int correct() {
        int n = 0;
        for (FidelityVerdict v : FidelityVerdict.values()) n += count(v.name(), v.name());
        return n;
    }

    public FidelityScore plus(FidelityScore o) {
        Map<String, Map<String, Integer>> c = copy(confusion);
        o.confusion.forEach((e, row) -> row.forEach((f, n) -> c.computeIfAbsent(e, k -> new LinkedHashMap<>()).merge(f, n, Integer::sum)));
        List<String> m = new ArrayList<>(misses);
        m.addAll(o.misses);
        return new FidelityScore(c, recordChecks + o.recordChecks, recordHits + o.recordHits, m);
    }

    private static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> c) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        c.forEach((k, v) -> out.put(k, new LinkedHashMap<>(v)));
        return out;
    }

    /**
     * Scores one event folder: {@code found} are the verdicts the report gives on its accounts, {@code articles} its
     * accounts by file name (the analysis, for locating the expected quotation).
     */
    static FidelityScore of(String event, List<ExpectedFidelity> expected, List<Fidelity> found, Map<String, AnalyzedArticle> byFile) {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        boolean[] used = new boolean[found.size()];
        int checks = 0, hits = 0;
        for (ExpectedFidelity want : expected) {
            AnalyzedArticle a = byFile.get(want.account());
            int at = a == null ? -1 : a.text().indexOf(want.quote());
            if (at < 0) {
                misses.add("fidelity in " + event + ": quote not found in " + want.account() + ": " + want.quote());
                tally(confusion, want.verdict().name(), MISSING);
                continue;
            }
            int start = CodePoints.offset(a.text(), at), end = CodePoints.offset(a.text(), at + want.quote().length());
            int best = -1, bestOverlap = 0;
            for (int i = 0; i < found.size(); i++) {
                Fidelity f = found.get(i);
                if (used[i] || !f.article().equals(a.id())) continue;
                int overlap = Math.min(end, f.quote().end()) - Math.max(start, f.quote().start());
                int shorter = Math.min(end - start, f.quote().end() - f.quote().start());
                if (overlap * 2 >= shorter && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                tally(confusion, want.verdict().name(), MISSING);
                misses.add("fidelity in " + event + ": no verdict on " + want.account() + " '" + want.quote() + "' (expected "
                        + want.verdict() + ")");
                continue;
            }
            used[best] = true;
            Fidelity f = found.get(best);
            tally(confusion, want.verdict().name(), f.verdict().name());
            if (f.verdict() != want.verdict()) {
                misses.add("fidelity in " + event + ": " + want.account() + " '" + want.quote() + "' is " + f.verdict() + ", expected "
                        + want.verdict() + " — " + String.join("; ", f.reasons()));
            }
            if (want.record() != null && f.record() != null) {
                checks++;
                String w = normalize(want.record()), g = normalize(f.record().text());
                if (w.contains(g) || g.contains(w)) hits++;
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Fidelity f = found.get(i);
            if (used[i] || f.kind().equals("INDIRECT")) continue;
            tally(confusion, NONE, f.verdict().name());
            misses.add("fidelity in " + event + ": unexpected " + f.verdict() + " on '" + f.quote().text() + "'");
        }
        return new FidelityScore(confusion, checks, hits, misses);
    }

    private static void tally(Map<String, Map<String, Integer>> c, String expected, String found) {
        c.computeIfAbsent(expected, k -> new LinkedHashMap<>()).merge(found, 1, Integer::sum);
    }

    private static String normalize(String s) {
        return Evaluation.normalize(s).replaceAll("[\\p{P}\\s]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The confusion table and per-verdict figures, for reading. */
    public String format() {
        StringBuilder b = new StringBuilder();
        List<String> cols = new ArrayList<>();
        for (FidelityVerdict v : order()) cols.add(v.name());
        cols.add(MISSING);
        b.append(String.format(Locale.ROOT, "%-14s", "expected\\found"));
        for (String c : cols) b.append(String.format(Locale.ROOT, " %13s", c));
        b.append('\n');
        List<String> rows = new ArrayList<>();
        for (FidelityVerdict v : order()) rows.add(v.name());
        rows.add(NONE);
        for (String r : rows) {
            b.append(String.format(Locale.ROOT, "%-14s", r));
            for (String c : cols) b.append(String.format(Locale.ROOT, " %13d", count(r, c)));
            b.append('\n');
        }
        b.append(String.format(Locale.ROOT, "%-14s %10s %8s%n", "verdict", "precision", "recall"));
        for (FidelityVerdict v : order()) {
            b.append(String.format(Locale.ROOT, "%-14s %10s %8s%n", v, pct(precision(v)), pct(recall(v))));
        }
        b.append(String.format(Locale.ROOT, "verdicts right: %d of %d expected; placed on the expected record sentence: %d of %d%n",
                correct(), expected(), recordHits, recordChecks));
        return b.toString();
    }

    static List<FidelityVerdict> order() {
        return List.of(FidelityVerdict.VERBATIM, FidelityVerdict.FAITHFUL, FidelityVerdict.ALTERED, FidelityVerdict.NOT_IN_RECORD);
    }

    private static String pct(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
    }
}
