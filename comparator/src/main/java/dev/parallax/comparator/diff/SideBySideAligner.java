package dev.parallax.comparator.diff;

import dev.parallax.comparator.report.SideBySide;
import dev.parallax.comparator.report.SideBySide.ChangeKind;
import dev.parallax.comparator.report.SideBySide.InlineChange;
import dev.parallax.comparator.report.Span;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.CodePoints;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lines up two accounts sentence by sentence with a Needleman-Wunsch alignment over sentence
 * similarity (gaps free, matches below {@code minSimilarity} not allowed), then word-diffs each matched row.
 */
public final class SideBySideAligner {
    private final PassageDiffer differ;
    private final double minSimilarity;
    private final int maxSentences;

    public SideBySideAligner(PassageDiffer differ, double minSimilarity, int maxSentences) {
        this.differ = differ;
        this.minSimilarity = minSimilarity;
        this.maxSentences = maxSentences;
    }

    public SideBySide align(AnalyzedArticle left, AnalyzedArticle right) {
        List<String> warnings = new ArrayList<>();
        List<int[]> ls = spans(left, warnings), rs = spans(right, warnings);
        List<Set<String>> lk = ls.stream().map(s -> keys(left.text(), s)).toList();
        List<Set<String>> rk = rs.stream().map(s -> keys(right.text(), s)).toList();
        int n = ls.size(), m = rs.size();
        double[][] score = new double[n + 1][m + 1];
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) sim[i][j] = dice(lk.get(i), rk.get(j));
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double best = Math.max(score[i - 1][j], score[i][j - 1]);
                if (sim[i - 1][j - 1] >= minSimilarity) best = Math.max(best, score[i - 1][j - 1] + sim[i - 1][j - 1]);
                score[i][j] = best;
            }
        }
        List<SideBySide.Row> rows = new ArrayList<>();
        int i = n, j = m;
        boolean truncated = false;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && sim[i - 1][j - 1] >= minSimilarity
                    && score[i][j] == score[i - 1][j - 1] + sim[i - 1][j - 1]) {
                int[] a = ls.get(i - 1), b = rs.get(j - 1);
                PassageDiffer.Result d = differ.diff(left.text(), a[0], a[1], right.text(), b[0], b[1]);
                truncated |= d.truncated();
                rows.add(new SideBySide.Row(span(left, a), span(right, b), round(sim[i - 1][j - 1]),
                        d.changes().stream().map(c -> inline(c, left.text(), right.text())).toList()));
                i--;
                j--;
            } else if (j > 0 && (i == 0 || score[i][j] == score[i][j - 1])) {
                rows.add(new SideBySide.Row(null, span(right, rs.get(j - 1)), 0, List.of()));
                j--;
            } else {
                rows.add(new SideBySide.Row(span(left, ls.get(i - 1)), null, 0, List.of()));
                i--;
            }
        }
        Collections.reverse(rows);
        if (truncated) warnings.add("some rows were longer than the word-diff cap; their diffs stop at the cap");
        return new SideBySide(left.id(), right.id(), rows, warnings);
    }

    private List<int[]> spans(AnalyzedArticle a, List<String> warnings) {
        List<int[]> out = new ArrayList<>();
        List<Sentence> sentences = a.sentences();
        if (sentences.isEmpty() && !a.text().isEmpty()) {
            // no segmentation: paragraphs stand in for sentences
            int start = 0;
            for (String p : a.text().split("\n\n", -1)) {
                if (!p.isBlank()) out.add(new int[]{start, start + p.length()});
                start += p.length() + 2;
            }
        } else {
            for (Sentence s : sentences) {
                if (s.start() >= 0 && s.end() <= a.text().length() && s.start() < s.end()) out.add(new int[]{s.start(), s.end()});
            }
        }
        if (out.size() > maxSentences) {
            warnings.add("article " + a.id().substring(0, Math.min(8, a.id().length())) + " has " + out.size()
                    + " sentences; only the first " + maxSentences + " are aligned");
            out = new ArrayList<>(out.subList(0, maxSentences));
        }
        return out;
    }

    private static Set<String> keys(String text, int[] span) {
        Set<String> keys = new HashSet<>();
        int count = 0;
        for (Word w : Words.split(text.substring(span[0], span[1]))) {
            String k = Words.contentKey(w.text());
            if (k != null) keys.add(w.capitalized() ? Words.spellingKey(w.text()) : k);
            if (++count > 2000) break;
        }
        return keys;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String s : a) if (b.contains(s)) common++;
        return 2.0 * common / (a.size() + b.size());
    }

    private static Span span(AnalyzedArticle a, int[] s) {
        return new Span(a.id(), a.text().substring(s[0], s[1]), CodePoints.offset(a.text(), s[0]), CodePoints.offset(a.text(), s[1]));
    }

    static InlineChange inline(WordChange c, String lt, String rt) {
        return new InlineChange(ChangeKind.valueOf(c.kind().name()), c.left(),
                c.leftStart() < 0 ? -1 : CodePoints.offset(lt, c.leftStart()), c.leftEnd() < 0 ? -1 : CodePoints.offset(lt, c.leftEnd()),
                c.right(), c.rightStart() < 0 ? -1 : CodePoints.offset(rt, c.rightStart()),
                c.rightEnd() < 0 ? -1 : CodePoints.offset(rt, c.rightEnd()), c.spellingOnly());
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

}
