package dev.parallax.comparator.record;

import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * A quotation beside the record's passage, word by word, for reading: each side cut into parts that are the
 * same on both sides, changed, found on one side only, or (on the record's side) the passage's words before and
 * after what the quotation renders. The parts of a side, joined, give its text back exactly.
 *
 * @param changes one line per change, the record's words then the quotation's: "'three' → 'five'", "'don't' → —"
 */
public record FidelityDiff(List<Part> quote, List<Part> record, List<String> changes) {
    public FidelityDiff {
        quote = List.copyOf(quote);
        record = List.copyOf(record);
        changes = List.copyOf(changes);
    }

    /** How a part stands against the other side. */
    public enum Mark { SAME, CHANGED, SPELLING, ONLY, CONTEXT }

    public record Part(String text, Mark mark) {}

    private static final PassageDiffer DIFFER = new PassageDiffer(new WordDiffer(400));

    /** The two texts set side by side; either may be empty (a NOT_IN_RECORD quotation has no passage). */
    public static FidelityDiff of(String quote, String record) {
        String q = quote == null ? "" : quote, r = record == null ? "" : record;
        if (r.isEmpty()) return new FidelityDiff(q.isEmpty() ? List.of() : List.of(new Part(q, Mark.SAME)), List.of(), List.of());
        List<WordChange> changes = DIFFER.diff(q, 0, q.length(), r, 0, r.length()).changes();
        int first = 0, last = changes.size() - 1;
        while (first <= last && changes.get(first).kind() == Kind.INSERT) first++;
        while (last >= first && changes.get(last).kind() == Kind.INSERT) last--;
        List<Part> left = new ArrayList<>(), right = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int lp = 0, rp = 0;
        for (int i = 0; i < changes.size(); i++) {
            WordChange c = changes.get(i);
            boolean context = i < first || i > last;
            Mark mark = switch (c.kind()) {
                case EQUAL -> Mark.SAME;
                case CHANGE -> c.spellingOnly() ? Mark.SPELLING : Mark.CHANGED;
                default -> context ? Mark.CONTEXT : Mark.ONLY;
            };
            if (!context && (mark == Mark.CHANGED || mark == Mark.ONLY)) {
                changed.add((c.right().isBlank() ? "—" : "'" + c.right() + "'") + " → " + (c.left().isBlank() ? "—" : "'" + c.left() + "'"));
            }
            if (c.leftStart() >= 0) {
                add(left, q.substring(lp, c.leftStart()), Mark.SAME);
                add(left, q.substring(c.leftStart(), c.leftEnd()), mark);
                lp = c.leftEnd();
            }
            if (c.rightStart() >= 0) {
                add(right, r.substring(rp, c.rightStart()), context ? Mark.CONTEXT : Mark.SAME);
                add(right, r.substring(c.rightStart(), c.rightEnd()), mark);
                rp = c.rightEnd();
            }
        }
        add(left, q.substring(lp), Mark.SAME);
        add(right, r.substring(rp), last < changes.size() - 1 ? Mark.CONTEXT : Mark.SAME);
        return new FidelityDiff(left, right, changed);
    }

    /** Adds a part, joining it to the previous one when both are marked alike. */
    private static void add(List<Part> parts, String text, Mark mark) {
        if (text.isEmpty()) return;
        if (!parts.isEmpty() && parts.get(parts.size() - 1).mark() == mark) {
            Part p = parts.remove(parts.size() - 1);
            parts.add(new Part(p.text() + text, mark));
        } else {
            parts.add(new Part(text, mark));
        }
    }


}
