package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.TimeExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same event dated differently: resolved days of aligned claims that cannot overlap ("19 December" vs
 * "20 December"), or, where the analyzer resolved nothing, a changed day or month in the wording.
 */
public final class DateDetector implements DiscrepancyDetector {
    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, Evidence> ev = new LinkedHashMap<>();
            List<ClaimRef> m = g.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    List<TimeExpression> a = days(m.get(i)), b = days(m.get(j));
                    if (a.isEmpty() || b.isEmpty() || overlapAny(a, b)) continue;
                    for (TimeExpression t : a) EntityDetector.put(ev, new Evidence(m.get(i).article(), t.start(), t.end()));
                    for (TimeExpression t : b) EntityDetector.put(ev, new Evidence(m.get(j).article(), t.start(), t.end()));
                }
            }
            ChangeScan.forEachChange(ctx, g, (l, r, c) -> {
                if (c.kind() != dev.parallax.comparator.diff.WordDiffer.Kind.CHANGE || c.spellingOnly()) return;
                if (!dateLike(l, c.leftStart(), c.leftEnd()) || !dateLike(r, c.rightStart(), c.rightEnd())) return;
                if (!days(l).isEmpty() && !days(r).isEmpty()) return; // resolved days already judged above
                int[] ls = expand(l, c.leftStart(), c.leftEnd()), rs = expand(r, c.rightStart(), c.rightEnd());
                EntityDetector.put(ev, new Evidence(l.article(), ls[0], ls[1]));
                EntityDetector.put(ev, new Evidence(r.article(), rs[0], rs[1]));
            });
            if (!ev.isEmpty()) {
                List<Evidence> list = List.copyOf(ev.values());
                out.add(new Finding(DiscrepancyType.DATE, Severity.HIGH, Finding.summarize(list), g, list));
            }
        }
        return out;
    }

    static List<TimeExpression> days(ClaimRef ref) {
        return ref.claim().times().stream()
                .filter(t -> t.from() != null && t.to() != null && t.duration() == null
                        && t.to().toEpochDay() - t.from().toEpochDay() <= 1)
                .toList();
    }

    private static boolean overlapAny(List<TimeExpression> a, List<TimeExpression> b) {
        for (TimeExpression x : a)
            for (TimeExpression y : b)
                if (!x.to().isBefore(y.from()) && !y.to().isBefore(x.from())) return true;
        return false;
    }

    /** A changed run that is a weekday or month name, or a day number next to one. */
    private static boolean dateLike(ClaimRef ref, int start, int end) {
        if (start < 0) return false;
        String text = ref.article().text();
        String s = text.substring(start, end);
        if (ChangeScan.hasDateWord(s)) return true;
        if (!ChangeScan.allNumbers(s)) return false;
        Word before = ChangeScan.wordBefore(text, start), after = ChangeScan.wordAfter(text, end);
        return (before != null && ChangeScan.MONTHS.contains(Words.fold(before.text())))
                || (after != null && ChangeScan.MONTHS.contains(Words.fold(after.text())));
    }

    private static int[] expand(ClaimRef ref, int start, int end) {
        String text = ref.article().text();
        int s = start, e = end;
        Word before = ChangeScan.wordBefore(text, s);
        if (before != null && before.start() >= ref.claim().start() && dateWord(before)) s = before.start();
        Word after = ChangeScan.wordAfter(text, e);
        if (after != null && after.end() <= ref.claim().end() && dateWord(after)) e = after.end();
        return new int[]{s, e};
    }

    private static boolean dateWord(Word w) {
        return ChangeScan.MONTHS.contains(Words.fold(w.text())) || (ChangeScan.isNumber(w.text()) && w.text().length() <= 4);
    }
}
