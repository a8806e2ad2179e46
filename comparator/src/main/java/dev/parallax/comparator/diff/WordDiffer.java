package dev.parallax.comparator.diff;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * The one adapter to java-diff-utils. Diffs short token lists only (aligned claims or sentence rows,
 * never whole documents), with Myers in linear space, and caps each side so a megabyte one-liner
 * cannot hang a comparison.
 */
public final class WordDiffer {
    public enum Kind { EQUAL, INSERT, DELETE, CHANGE }

    /** A run of tokens: {@code [leftFrom, leftTo)} of the left list against {@code [rightFrom, rightTo)} of the right. */
    public record Hunk(Kind kind, int leftFrom, int leftTo, int rightFrom, int rightTo) {}

    /** The hunks covering both lists (up to the cap) and whether a side was cut at the cap. */
    public record WordDiff(List<Hunk> hunks, boolean truncated) {}

    private final int maxTokens;

    public WordDiffer(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    public WordDiff diff(List<String> left, List<String> right) {
        boolean truncated = left.size() > maxTokens || right.size() > maxTokens;
        List<String> l = left.size() > maxTokens ? left.subList(0, maxTokens) : left;
        List<String> r = right.size() > maxTokens ? right.subList(0, maxTokens) : right;
        // equal lists (a wire copy's sentence) have no changes: Myers would find none either, after allocating
        List<Change> changes = l.equals(r) ? List.of() : new MyersDiffWithLinearSpace<String>().computeDiff(l, r, null);
        List<Hunk> hunks = new ArrayList<>();
        int li = 0, ri = 0;
        for (Change c : changes) {
            if (c.startOriginal > li || c.startRevised > ri) {
                hunks.add(new Hunk(Kind.EQUAL, li, c.startOriginal, ri, c.startRevised));
            }
            Kind kind = switch (c.deltaType) {
                case INSERT -> Kind.INSERT;
                case DELETE -> Kind.DELETE;
                case EQUAL -> Kind.EQUAL;
                default -> Kind.CHANGE;
            };
            hunks.add(new Hunk(kind, c.startOriginal, c.endOriginal, c.startRevised, c.endRevised));
            li = c.endOriginal;
            ri = c.endRevised;
        }
        if (li < l.size() || ri < r.size()) hunks.add(new Hunk(Kind.EQUAL, li, l.size(), ri, r.size()));
        return new WordDiff(merge(hunks), truncated);
    }

    /** Adjacent deletes and inserts (Myers reports them apart) are one change: "Independence" became "Freedom". */
    private static List<Hunk> merge(List<Hunk> hunks) {
        List<Hunk> out = new ArrayList<>();
        for (Hunk h : hunks) {
            if (h.leftFrom() == h.leftTo() && h.rightFrom() == h.rightTo()) continue;
            Hunk last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.kind() != Kind.EQUAL && h.kind() != Kind.EQUAL) {
                out.set(out.size() - 1, new Hunk(Kind.CHANGE, last.leftFrom(), h.leftTo(), last.rightFrom(), h.rightTo()));
            } else {
                out.add(h);
            }
        }
        return out;
    }
}
