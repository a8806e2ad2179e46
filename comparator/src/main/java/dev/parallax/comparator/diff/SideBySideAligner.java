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
 *
 * <p>What only depends on one account (its sentences split into words, folded, keyed) is its
 * {@link Prepared} form, which a caller may keep and pair with many others.
 */
public final class SideBySideAligner {
    /** Words of a sentence read for its similarity keys: the first 2,000 and one more. */
    private static final int MAX_KEYED_WORDS = 2001;

    private final PassageDiffer differ;
    private final double minSimilarity;
    private final int maxSentences;

    public SideBySideAligner(PassageDiffer differ, double minSimilarity, int maxSentences) {
        this.differ = differ;
        this.minSimilarity = minSimilarity;
        this.maxSentences = maxSentences;
    }

    /**
     * One account ready to be aligned: its sentences (up to the cap) split into words once, with each
     * sentence's similarity keys (content keys; spelling keys for capitalized words, so transliterated
     * names meet) sorted and distinct. Immutable; safe to share between threads.
     */
    public static final class Prepared {
        final String id;
        final String text;
        final int[] bounds;
        final PassageDiffer.Passage[] passages;
        final String[][] keys;
        final String warning;
        final boolean direct;
        private final long bytes;

        private Prepared(String id, String text, int[] bounds, PassageDiffer.Passage[] passages, String[][] keys,
                         String warning, long bytes) {
            this.id = id;
            this.text = text;
            this.bounds = bounds;
            this.passages = passages;
            this.keys = keys;
            this.warning = warning;
            this.direct = text.codePointCount(0, text.length()) == text.length();
            this.bytes = bytes;
        }

        public String id() {
            return id;
        }

        /** A rough count of the bytes held, for callers that keep prepared accounts within a budget. */
        public long bytes() {
            return bytes;
        }
    }

    /** {@link #prepare(String, String, int[])} of an analysis: its id, text and sentences. */
    public Prepared prepare(AnalyzedArticle a) {
        List<Sentence> sentences = a.sentences();
        int[] bounds = new int[sentences.size() * 2];
        for (int i = 0; i < sentences.size(); i++) {
            bounds[2 * i] = sentences.get(i).start();
            bounds[2 * i + 1] = sentences.get(i).end();
        }
        return prepare(a.id(), a.text(), bounds);
    }

    /**
     * An account ready to be aligned.
     *
     * @param sentenceBounds start and end (UTF-16 chars into {@code text}) of each sentence, in order;
     *                       none: the text's paragraphs stand in for sentences
     */
    public Prepared prepare(String id, String text, int[] sentenceBounds) {
        List<int[]> spans = new ArrayList<>();
        if (sentenceBounds.length == 0 && !text.isEmpty()) {
            // no segmentation: paragraphs stand in for sentences
            int start = 0;
            for (String p : text.split("\n\n", -1)) {
                if (!p.isBlank()) spans.add(new int[]{start, start + p.length()});
                start += p.length() + 2;
            }
        } else {
            for (int i = 0; i + 1 < sentenceBounds.length; i += 2) {
                int s = sentenceBounds[i], e = sentenceBounds[i + 1];
                if (s >= 0 && e <= text.length() && s < e) spans.add(new int[]{s, e});
            }
        }
        String warning = null;
        if (spans.size() > maxSentences) {
            warning = "article " + id.substring(0, Math.min(8, id.length())) + " has " + spans.size()
                    + " sentences; only the first " + maxSentences + " are aligned";
            spans = spans.subList(0, maxSentences);
        }
        int n = spans.size();
        int[] bounds = new int[2 * n];
        PassageDiffer.Passage[] passages = new PassageDiffer.Passage[n];
        String[][] keys = new String[n][];
        long bytes = 96 + 2L * text.length() + 48L * n;
        for (int i = 0; i < n; i++) {
            int[] span = spans.get(i);
            bounds[2 * i] = span[0];
            bounds[2 * i + 1] = span[1];
            PassageDiffer.Passage p = PassageDiffer.Passage.of(text, span[0], span[1]);
            passages[i] = p;
            keys[i] = keys(p, text);
            bytes += p.bytes() + 56L * keys[i].length;
        }
        return new Prepared(id, text, bounds, passages, keys, warning, bytes);
    }

    private static String[] keys(PassageDiffer.Passage p, String text) {
        int words = Math.min(p.size(), MAX_KEYED_WORDS);
        String[] keys = new String[words];
        int size = 0;
        for (int w = 0; w < words; w++) {
            String k = Words.contentKeyOfFolded(p.fold(w));
            if (k != null) {
                keys[size++] = Character.isUpperCase(text.codePointAt(p.start(w))) ? p.spellingKey(w) : k;
            }
        }
        Arrays.sort(keys, 0, size);
        int distinct = 0;
        for (int k = 0; k < size; k++) if (distinct == 0 || !keys[distinct - 1].equals(keys[k])) keys[distinct++] = keys[k];
        return Arrays.copyOf(keys, distinct);
    }

    public SideBySide align(AnalyzedArticle left, AnalyzedArticle right) {
        return align(prepare(left), prepare(right));
    }

    public SideBySide align(Prepared left, Prepared right) {
        List<String> warnings = new ArrayList<>();
        if (left.warning != null) warnings.add(left.warning);
        if (right.warning != null) warnings.add(right.warning);
        // the keys of this pair as numbers, so sentence pairs are compared by merging sorted int arrays
        Map<String, Integer> ids = new HashMap<>();
        int[][] lk = numbers(left.keys, ids), rk = numbers(right.keys, ids);
        int n = lk.length, m = rk.length;
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
        List<SideBySide.Row> rows = new ArrayList<>();
        int i = n, j = m;
        boolean truncated = false;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && sim[i - 1][j - 1] >= minSimilarity
                    && score[i][j] == score[i - 1][j - 1] + sim[i - 1][j - 1]) {
                PassageDiffer.Result d = differ.diff(left.text, left.passages[i - 1], right.text, right.passages[j - 1]);
                truncated |= d.truncated();
                List<InlineChange> changes = new ArrayList<>(d.changes().size());
                for (WordChange c : d.changes()) changes.add(inline(c, left, right));
                rows.add(new SideBySide.Row(span(left, i - 1), span(right, j - 1), round(sim[i - 1][j - 1]), changes));
                i--;
                j--;
            } else if (j > 0 && (i == 0 || score[i][j] == score[i][j - 1])) {
                rows.add(new SideBySide.Row(null, span(right, j - 1), 0, List.of()));
                j--;
            } else {
                rows.add(new SideBySide.Row(span(left, i - 1), null, 0, List.of()));
                i--;
            }
        }
        Collections.reverse(rows);
        if (truncated) warnings.add("some rows were longer than the word-diff cap; their diffs stop at the cap");
        return new SideBySide(left.id, right.id, rows, warnings);
    }

    private static int[][] numbers(String[][] keys, Map<String, Integer> ids) {
        int[][] out = new int[keys.length][];
        for (int s = 0; s < keys.length; s++) {
            int[] numbers = new int[keys[s].length];
            for (int k = 0; k < numbers.length; k++) {
                Integer id = ids.get(keys[s][k]);
                if (id == null) {
                    id = ids.size();
                    ids.put(keys[s][k], id);
                }
                numbers[k] = id;
            }
            Arrays.sort(numbers);
            out[s] = numbers;
        }
        return out;
    }

    /** Dice's coefficient of two key sets, each sorted and distinct. */
    public static double dice(int[] a, int[] b) {
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

    /** The code point offset of a char index, without counting from the start when the text has no surrogate pairs. */
    private static int offset(Prepared p, int charIndex) {
        return p.direct ? Math.min(Math.max(charIndex, 0), p.text.length()) : CodePoints.offset(p.text, charIndex);
    }

    private static Span span(Prepared p, int sentence) {
        int s = p.bounds[2 * sentence], e = p.bounds[2 * sentence + 1];
        return new Span(p.id, p.text.substring(s, e), offset(p, s), offset(p, e));
    }

    private static InlineChange inline(WordChange c, Prepared l, Prepared r) {
        return new InlineChange(ChangeKind.valueOf(c.kind().name()), c.left(),
                c.leftStart() < 0 ? -1 : offset(l, c.leftStart()), c.leftEnd() < 0 ? -1 : offset(l, c.leftEnd()),
                c.right(), c.rightStart() < 0 ? -1 : offset(r, c.rightStart()),
                c.rightEnd() < 0 ? -1 : offset(r, c.rightEnd()), c.spellingOnly());
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
