package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A different thing named in the same slot of aligned claims ("Russian minister" vs "Belarusian minister"),
 * and two things fused into one: "S-400 and Iskander systems" in one account, "S-400 Iskander missiles" in another.
 */
public final class EntityDetector implements DiscrepancyDetector {
    private static final Set<String> JOINERS = Set.of("and", "&", "plus");

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, Evidence> fused = new LinkedHashMap<>();
            Map<String, Evidence> swapped = new LinkedHashMap<>();
            // a fusion is specific enough to trust in loosely worded claims too
            ChangeScan.forEachChange(ctx, g, 0.0, (l, r, c) -> fusion(l, r, c, fused));
            ChangeScan.forEachChange(ctx, g, (l, r, c) -> {
                if (fusion(l, r, c, new LinkedHashMap<>())) return;
                int[][] spans = NameChanges.substitution(l, r, c);
                if (spans == null) return;
                if (NameChanges.placeLike(l, spans[0][0], spans[0][1]) || NameChanges.placeLike(r, spans[1][0], spans[1][1])) return;
                put(swapped, new Evidence(l.article(), spans[0][0], spans[0][1]));
                put(swapped, new Evidence(r.article(), spans[1][0], spans[1][1]));
            });
            if (!fused.isEmpty()) out.add(finding(g, fused.values()));
            if (!swapped.isEmpty()) out.add(finding(g, swapped.values()));
        }
        return out;
    }

    private static Finding finding(AlignedGroup g, java.util.Collection<Evidence> ev) {
        List<Evidence> list = List.copyOf(ev);
        return new Finding(DiscrepancyType.ENTITY, Severity.HIGH, Finding.summarize(list), g, list);
    }

    static void put(Map<String, Evidence> m, Evidence e) {
        m.putIfAbsent(e.article().id() + ":" + e.start() + ":" + e.end(), e);
    }

    /** "X and Y" on one side, "X Y" on the other, X and Y names on both sides. */
    private static boolean fusion(ClaimRef l, ClaimRef r, WordChange c, Map<String, Evidence> out) {
        boolean deleted = c.kind() == Kind.DELETE && JOINERS.contains(Words.fold(c.left()));
        boolean inserted = c.kind() == Kind.INSERT && JOINERS.contains(Words.fold(c.right()));
        if (!deleted && !inserted) return false;
        if (NameChanges.headline(l) || NameChanges.headline(r)) return false; // "Putin And Lukashenko" in a Title Case headline
        ClaimRef joined = deleted ? l : r, fusedSide = deleted ? r : l;
        int js = deleted ? c.leftStart() : c.rightStart(), je = deleted ? c.leftEnd() : c.rightEnd();
        String jt = joined.article().text();
        Word a = ChangeScan.wordBefore(jt, js), b = ChangeScan.wordAfter(jt, je);
        if (a == null || b == null || !ChangeScan.nameLike(a) || !ChangeScan.nameLike(b)) return false;
        if (a.start() < joined.claim().start() || b.end() > joined.claim().end()) return false;
        // find the same two names adjacent on the fused side
        String ft = fusedSide.article().text();
        List<Word> fw = Words.split(ft.substring(fusedSide.claim().start(), fusedSide.claim().end()), fusedSide.claim().start());
        for (int i = 0; i + 1 < fw.size(); i++) {
            if (Words.spellingKey(fw.get(i).text()).equals(Words.spellingKey(a.text()))
                    && Words.spellingKey(fw.get(i + 1).text()).equals(Words.spellingKey(b.text()))) {
                put(out, new Evidence(joined.article(), a.start(), extendOverNoun(jt, b.end(), joined.claim().end())));
                put(out, new Evidence(fusedSide.article(), fw.get(i).start(),
                        extendOverNoun(ft, fw.get(i + 1).end(), fusedSide.claim().end())));
                return true;
            }
        }
        return false;
    }

    /** Takes in the head noun after the names ("systems", "missiles") so the evidence reads as a phrase. */
    private static int extendOverNoun(String text, int end, int max) {
        Word next = ChangeScan.wordAfter(text, end);
        if (next == null || next.end() > max || !text.substring(end, next.start()).isBlank()) return end;
        String f = Words.fold(next.text());
        if (Words.STOPWORDS.contains(f) || next.capitalized()) return end;
        return next.end();
    }
}
