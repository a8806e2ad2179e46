package dev.parallax.comparator.diff;

import dev.parallax.comparator.diff.WordDiffer.Hunk;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word changes between two passages, diffed on the normalized wording (spelling folded) and then
 * checked against the original wording, so "Aleksandr"/"Alexander" is a spelling-only change while
 * "absorbing"/"swallowing" is a change of words.
 */
public final class PassageDiffer {
    private final WordDiffer differ;

    public PassageDiffer(WordDiffer differ) {
        this.differ = differ;
    }

    /**
     * A passage split into words once: each word's span, folded form (original wording) and spelling
     * key (normalized wording), so a passage diffed against several others is read only once.
     */
    public static final class Passage {
        final int[] starts;
        final int[] ends;
        final String[] folds;
        final String[] keys;

        private Passage(int[] starts, int[] ends, String[] folds, String[] keys) {
            this.starts = starts;
            this.ends = ends;
            this.folds = folds;
            this.keys = keys;
        }

        /** The words of {@code text[start, end)}, offsets into {@code text}. */
        public static Passage of(String text, int start, int end) {
            List<Word> words = Words.split(text.substring(start, end), start);
            int n = words.size();
            int[] starts = new int[n], ends = new int[n];
            String[] folds = new String[n], keys = new String[n];
            for (int i = 0; i < n; i++) {
                Word w = words.get(i);
                starts[i] = w.start();
                ends[i] = w.end();
                folds[i] = Words.fold(w.text());
                keys[i] = Words.spellingKeyOfFolded(folds[i]);
            }
            return new Passage(starts, ends, folds, keys);
        }

        public int size() {
            return starts.length;
        }

        /** The word's folded form ({@link Words#fold}). */
        public String fold(int word) {
            return folds[word];
        }

        /** The word's spelling key ({@link Words#spellingKey}). */
        public String spellingKey(int word) {
            return keys[word];
        }

        public int start(int word) {
            return starts[word];
        }

        /** A rough count of the bytes this passage holds. */
        public long bytes() {
            long bytes = 96 + 24L * starts.length;
            for (int i = 0; i < starts.length; i++) bytes += 80 + folds[i].length() + keys[i].length();
            return bytes;
        }
    }

    /** Changes between {@code left[ls, le)} of one article and {@code right[rs, re)} of another; empty passages are fine. */
    public Result diff(String leftText, int ls, int le, String rightText, int rs, int re) {
        return diff(leftText, Passage.of(leftText, ls, le), rightText, Passage.of(rightText, rs, re));
    }

    /** Changes between two passages already split, of {@code leftText} and {@code rightText}. */
    public Result diff(String leftText, Passage left, String rightText, Passage right) {
        WordDiffer.WordDiff d = differ.diff(Arrays.asList(left.keys), Arrays.asList(right.keys));
        List<WordChange> changes = new ArrayList<>();
        int equalWords = 0, allWords = 0;
        for (Hunk h : d.hunks()) {
            int words = (h.leftTo() - h.leftFrom()) + (h.rightTo() - h.rightFrom());
            allWords += words;
            if (h.kind() == Kind.EQUAL) equalWords += words;
            if (h.kind() == Kind.EQUAL) {
                int from = 0;
                int len = h.leftTo() - h.leftFrom();
                while (from < len) {
                    boolean same = sameFold(left, h.leftFrom() + from, right, h.rightFrom() + from);
                    int to = from + 1;
                    while (to < len && sameFold(left, h.leftFrom() + to, right, h.rightFrom() + to) == same) to++;
                    changes.add(change(same ? Kind.EQUAL : Kind.CHANGE, left, h.leftFrom() + from, h.leftFrom() + to,
                            right, h.rightFrom() + from, h.rightFrom() + to, leftText, rightText, !same));
                    from = to;
                }
            } else {
                changes.add(change(h.kind(), left, h.leftFrom(), h.leftTo(), right, h.rightFrom(), h.rightTo(),
                        leftText, rightText, false));
            }
        }
        return new Result(changes, d.truncated(), allWords == 0 ? 0 : (double) equalWords / allWords);
    }

    /**
     * @param equalShare the share of the two passages' words that are equal once spelling is folded: below about
     *                   0.3 two aligned statements are paraphrases and their word changes say little
     */
    public record Result(List<WordChange> changes, boolean truncated, double equalShare) {
        public boolean onlySpelling() {
            return changes.stream().allMatch(c -> c.kind() == Kind.EQUAL || c.spellingOnly());
        }
    }

    private static boolean sameFold(Passage a, int i, Passage b, int j) {
        return a.folds[i].equals(b.folds[j]);
    }

    private static WordChange change(Kind kind, Passage lw, int lf, int lt, Passage rw, int rf, int rt,
                                     String leftText, String rightText, boolean spelling) {
        int ls = lf < lt ? lw.starts[lf] : -1, le = lf < lt ? lw.ends[lt - 1] : -1;
        int rs = rf < rt ? rw.starts[rf] : -1, re = rf < rt ? rw.ends[rt - 1] : -1;
        return new WordChange(kind, ls < 0 ? "" : leftText.substring(ls, le), ls, le,
                rs < 0 ? "" : rightText.substring(rs, re), rs, re, spelling);
    }
}
