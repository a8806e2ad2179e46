package dev.parallax.comparator.diff;

import dev.parallax.comparator.diff.WordDiffer.Hunk;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import java.util.ArrayList;
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

    /** Changes between {@code left[ls, le)} of one article and {@code right[rs, re)} of another; empty passages are fine. */
    public Result diff(String leftText, int ls, int le, String rightText, int rs, int re) {
        List<Word> lw = Words.split(leftText.substring(ls, le), ls);
        List<Word> rw = Words.split(rightText.substring(rs, re), rs);
        WordDiffer.WordDiff d = differ.diff(lw.stream().map(w -> Words.spellingKey(w.text())).toList(),
                rw.stream().map(w -> Words.spellingKey(w.text())).toList());
        List<WordChange> changes = new ArrayList<>();
        for (Hunk h : d.hunks()) {
            if (h.kind() == Kind.EQUAL) {
                int from = 0;
                int len = h.leftTo() - h.leftFrom();
                while (from < len) {
                    boolean same = sameFold(lw.get(h.leftFrom() + from), rw.get(h.rightFrom() + from));
                    int to = from + 1;
                    while (to < len && sameFold(lw.get(h.leftFrom() + to), rw.get(h.rightFrom() + to)) == same) to++;
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

    private static boolean sameFold(Word a, Word b) {
        return Words.fold(a.text()).equals(Words.fold(b.text()));
    }

    private static WordChange change(Kind kind, List<Word> lw, int lf, int lt, List<Word> rw, int rf, int rt,
                                     String leftText, String rightText, boolean spelling) {
        int ls = lf < lt ? lw.get(lf).start() : -1, le = lf < lt ? lw.get(lt - 1).end() : -1;
        int rs = rf < rt ? rw.get(rf).start() : -1, re = rf < rt ? rw.get(rt - 1).end() : -1;
        return new WordChange(kind, ls < 0 ? "" : leftText.substring(ls, le), ls, le,
                rs < 0 ? "" : rightText.substring(rs, re), rs, re, spelling);
    }
}
