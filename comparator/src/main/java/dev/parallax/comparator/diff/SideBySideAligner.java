package dev.parallax.comparator.diff;

import dev.parallax.comparator.report.SideBySide;
import dev.parallax.comparator.report.SideBySide.ChangeKind;
import dev.parallax.comparator.report.SideBySide.InlineChange;
import dev.parallax.comparator.report.Span;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.CodePoints;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        // each sentence is split into words once: its similarity keys and its word diff both read them
        PassageDiffer.Passage[] lp = passages(left.text(), ls), rp = passages(right.text(), rs);
        Map<String, Integer> ids = new HashMap<>();
        int[][] lk = keys(lp, ids), rk = keys(rp, ids);
        int n = ls.size(), m = rs.size();
        double[][] score = new double[n + 1][m + 1];
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) sim[i][j] = dice(lk[i], rk[j]);
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double best = Math.max(score[i - 1][j], score[i][j - 1]);
                if (sim[i - 1][j - 1] >= minSimilarity) best = Math.max(best, score[i - 1][j - 1] + sim[i - 1][j - 1]);
                score[i][j] = best;
            }
        }
        Offsets lo = new Offsets(left.text()), ro = new Offsets(right.text());
        List<SideBySide.Row> rows = new ArrayList<>();
        int i = n, j = m;
        boolean truncated = false;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && sim[i - 1][j - 1] >= minSimilarity
                    && score[i][j] == score[i - 1][j - 1] + sim[i - 1][j - 1]) {
                int[] a = ls.get(i - 1), b = rs.get(j - 1);
                PassageDiffer.Result d = differ.diff(left.text(), lp[i - 1], right.text(), rp[j - 1]);
                truncated |= d.truncated();
                List<InlineChange> changes = new ArrayList<>(d.changes().size());
                for (WordChange c : d.changes()) changes.add(inline(c, lo, ro));
                rows.add(new SideBySide.Row(span(left, a, lo), span(right, b, ro), round(sim[i - 1][j - 1]),
                        changes));
                i--;
                j--;
            } else if (j > 0 && (i == 0 || score[i][j] == score[i][j - 1])) {
                rows.add(new SideBySide.Row(null, span(right, rs.get(j - 1), ro), 0, List.of()));
                j--;
            } else {
                rows.add(new SideBySide.Row(span(left, ls.get(i - 1), lo), null, 0, List.of()));
                i--;
            }
        }
        Collections.reverse(rows);
        if (truncated) warnings.add("some rows were longer than the word-diff cap; their diffs stop at the cap");
        return new SideBySide(left.id(), right.id(), rows, warnings);
    }

    private static PassageDiffer.Passage[] passages(String text, List<int[]> spans) {
        PassageDiffer.Passage[] out = new PassageDiffer.Passage[spans.size()];
        for (int i = 0; i < out.length; i++) out[i] = PassageDiffer.Passage.of(text, spans.get(i)[0], spans.get(i)[1]);
        return out;
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

    /**
     * The similarity keys of each sentence (content keys; spelling keys for capitalized words, so
     * transliterated names meet) as sorted distinct numbers, one number per distinct key of the pair.
     */
    private static int[][] keys(PassageDiffer.Passage[] passages, Map<String, Integer> ids) {
        int[][] out = new int[passages.length][];
        for (int p = 0; p < passages.length; p++) {
            PassageDiffer.Passage passage = passages[p];
            int words = Math.min(passage.words().size(), 2001); // the first 2,000 words and one more, as ever
            int[] keys = new int[words];
            int size = 0;
            for (int w = 0; w < words; w++) {
                String k = Words.contentKeyOfFolded(passage.folds().get(w));
                if (k != null) {
                    String key = passage.words().get(w).capitalized() ? passage.keys().get(w) : k;
                    Integer id = ids.get(key);
                    if (id == null) {
                        id = ids.size();
                        ids.put(key, id);
                    }
                    keys[size++] = id;
                }
            }
            Arrays.sort(keys, 0, size);
            int distinct = 0;
            for (int k = 0; k < size; k++) if (distinct == 0 || keys[distinct - 1] != keys[k]) keys[distinct++] = keys[k];
            out[p] = Arrays.copyOf(keys, distinct);
        }
        return out;
    }

    /** Dice's coefficient of two key sets, each sorted and distinct. */
    static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return 0;
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }

    /** Code point offsets of char indexes, without counting from the start when the text has no surrogate pairs. */
    private static final class Offsets {
        private final String text;
        private final boolean direct;

        Offsets(String text) {
            this.text = text;
            this.direct = text.codePointCount(0, text.length()) == text.length();
        }

        int of(int charIndex) {
            return direct ? Math.min(Math.max(charIndex, 0), text.length()) : CodePoints.offset(text, charIndex);
        }
    }

    private static Span span(AnalyzedArticle a, int[] s, Offsets offsets) {
        return new Span(a.id(), a.text().substring(s[0], s[1]), offsets.of(s[0]), offsets.of(s[1]));
    }

    private static InlineChange inline(WordChange c, Offsets lo, Offsets ro) {
        return new InlineChange(ChangeKind.valueOf(c.kind().name()), c.left(),
                c.leftStart() < 0 ? -1 : lo.of(c.leftStart()), c.leftEnd() < 0 ? -1 : lo.of(c.leftEnd()),
                c.right(), c.rightStart() < 0 ? -1 : ro.of(c.rightStart()),
                c.rightEnd() < 0 ? -1 : ro.of(c.rightEnd()), c.spellingOnly());
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

}
