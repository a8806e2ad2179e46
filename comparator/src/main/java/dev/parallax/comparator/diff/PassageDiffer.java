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
     * A passage split into words once, with each word's folded form (original wording) and spelling
     * key (normalized wording): a passage diffed against several others is read only once.
     */
    public record Passage(List<Word> words, List<String> folds, List<String> keys) {
        /** The words of {@code text[start, end)}, offsets into {@code text}. */
        public static Passage of(String text, int start, int end) {
            List<Word> words = Words.split(text.substring(start, end), start);
            String[] folds = new String[words.size()];
            String[] keys = new String[words.size()];
            for (int i = 0; i < folds.length; i++) {
                folds[i] = Words.fold(words.get(i).text());
                keys[i] = Words.spellingKeyOfFolded(folds[i]);
            }
            return new Passage(words, Arrays.asList(folds), Arrays.asList(keys));
        }
    }

    /** Changes between {@code left[ls, le)} of one article and {@code right[rs, re)} of another; empty passages are fine. */
    public Result diff(String leftText, int ls, int le, String rightText, int rs, int re) {
        return diff(leftText, Passage.of(leftText, ls, le), rightText, Passage.of(rightText, rs, re));
    }

    /** Changes between two passages already split, of {@code leftText} and {@code rightText}. */
    public Result diff(String leftText, Passage left, String rightText, Passage right) {
        List<Word> lw = left.words();
        List<Word> rw = right.words();
        WordDiffer.WordDiff d = differ.diff(left.keys(), right.keys());
        List<WordChange> changes = new ArrayList<>();
        for (Hunk h : d.hunks()) {
            if (h.kind() == Kind.EQUAL) {
                int from = 0;
                int len = h.leftTo() - h.leftFrom();
                while (from < len) {
                    boolean same = sameFold(left, h.leftFrom() + from, right, h.rightFrom() + from);
                    int to = from + 1;
                    while (to < len && sameFold(left, h.leftFrom() + to, right, h.rightFrom() + to) == same) to++;
                    changes.add(change(same ? Kind.EQUAL : Kind.CHANGE, lw, h.leftFrom() + from, h.leftFrom() + to,
                            rw, h.rightFrom() + from, h.rightFrom() + to, leftText, rightText, !same));
                    from = to;
                }
            } else {
                changes.add(change(h.kind(), lw, h.leftFrom(), h.leftTo(), rw, h.rightFrom(), h.rightTo(),
                        leftText, rightText, false));
            }
        }
        return new Result(changes, d.truncated());
    }

    public record Result(List<WordChange> changes, boolean truncated) {
        public boolean onlySpelling() {
            return changes.stream().allMatch(c -> c.kind() == Kind.EQUAL || c.spellingOnly());
        }
    }

    private static boolean sameFold(Passage a, int i, Passage b, int j) {
        return a.folds().get(i).equals(b.folds().get(j));
    }

    private static WordChange change(Kind kind, List<Word> lw, int lf, int lt, List<Word> rw, int rf, int rt,
                                     String leftText, String rightText, boolean spelling) {
        int ls = lf < lt ? lw.get(lf).start() : -1, le = lf < lt ? lw.get(lt - 1).end() : -1;
        int rs = rf < rt ? rw.get(rf).start() : -1, re = rf < rt ? rw.get(rt - 1).end() : -1;
        return new WordChange(kind, ls < 0 ? "" : leftText.substring(ls, le), ls, le,
                rs < 0 ? "" : rightText.substring(rs, re), rs, re, spelling);
    }
}
