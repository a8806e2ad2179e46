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
                // the same slot: a word of content right before or right after the two names is the same on both sides
                if (!sameSlot(l, spans[0], r, spans[1])) return;
                // who said it is ATTRIBUTION's finding, not a second one here
                if (speaker(l, spans[0]) || speaker(r, spans[1])) return;
                // "Eurasian Economic Union" / "Supreme Eurasian Economic Council": one body's family named two ways
                // (a country swapped in front of one title, "Belarusian"/"Russian Defence Minister", is a different thing)
                if (!demonyms(c.left()) || !demonyms(c.right())) {
                    if (sharedNameWords(l.article().text().substring(spans[0][0], spans[0][1]),
                            r.article().text().substring(spans[1][0], spans[1][1])) >= 2) return;
                }
                // the same person or thing on both sides ("The President of Russia" / "... and Vladimir Putin")
                if (sharesEntity(l, spans[0], r, spans[1])) return;
                // names the other claim also carries, only in another order: the words moved, the things did not
                if (namedIn(r, spans[1], l) || namedIn(l, spans[0], r)) return;
                put(swapped, new Evidence(l.article(), spans[0][0], spans[0][1]));
                put(swapped, new Evidence(r.article(), spans[1][0], spans[1][1]));
            });
            if (!fused.isEmpty()) out.add(finding(g, fused.values()));
            if (!swapped.isEmpty()) out.add(finding(g, swapped.values()));
        }
        return out;
    }

    static boolean sameSlot(ClaimRef l, int[] ls, ClaimRef r, int[] rs) {
        String lt = l.article().text(), rt = r.article().text();
        Word lb = ChangeScan.wordBefore(lt, ls[0]), rb = ChangeScan.wordBefore(rt, rs[0]);
        if (lb != null && rb != null && lb.start() >= l.claim().start() && rb.start() >= r.claim().start() && content(lb, rb)) return true;
        Word la = ChangeScan.wordAfter(lt, ls[1]), ra = ChangeScan.wordAfter(rt, rs[1]);
        return la != null && ra != null && la.end() <= l.claim().end() && ra.end() <= r.claim().end() && content(la, ra);
    }

    private static boolean content(Word a, Word b) {
        String fa = Words.fold(a.text());
        return !Words.STOPWORDS.contains(fa) && Words.spellingKey(a.text()).equals(Words.spellingKey(b.text()));
    }

    /** Whether the span names the speaker of the claim's quote, or a person the analyzer made its speaker. */
    static boolean speaker(ClaimRef ref, int[] span) {
        var q = ref.claim().quote();
        if (q != null && q.speakerStart() >= 0 && q.speakerStart() < span[1] && span[0] < q.speakerEnd()) return true;
        String id = ref.claim().speakerId();
        if (id == null) return false;
        for (var m : ref.article().mentions()) {
            if (m.start() < span[1] && span[0] < m.end() && id.equals(m.entityId())) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(ian|an|ese|ish|ch|i)");

    private static boolean demonyms(String words) {
        List<Word> ws = Words.split(words);
        return !ws.isEmpty() && ws.stream().allMatch(w -> DEMONYM.matcher(w.text()).matches());
    }

    private static boolean sharesEntity(ClaimRef l, int[] ls, ClaimRef r, int[] rs) {
        java.util.Set<String> a = new java.util.HashSet<>();
        for (var m : l.article().mentions()) if (m.entityId() != null && m.start() < ls[1] && ls[0] < m.end()) a.add(m.entityId());
        for (var m : r.article().mentions()) if (m.entityId() != null && m.start() < rs[1] && rs[0] < m.end() && a.contains(m.entityId())) return true;
        return false;
    }

    /** Whether every linked name in {@code span} of {@code ref} is also named somewhere in {@code other}'s claim. */
    private static boolean namedIn(ClaimRef ref, int[] span, ClaimRef other) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var m : ref.article().mentions()) if (m.entityId() != null && m.start() < span[1] && span[0] < m.end()) ids.add(m.entityId());
        if (ids.isEmpty()) return false;
        java.util.Set<String> there = new java.util.HashSet<>();
        for (var m : other.claim().entities()) if (m.entityId() != null) there.add(m.entityId());
        return there.containsAll(ids);
    }

    private static int sharedNameWords(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>();
        for (Word w : Words.split(a)) if (w.capitalized()) x.add(Words.spellingKey(w.text()));
        int n = 0;
        for (Word w : Words.split(b)) if (w.capitalized() && x.remove(Words.spellingKey(w.text()))) n++;
        return n;
    }

    private static Finding finding(AlignedGroup g, java.util.Collection<Evidence> ev) {
        List<Evidence> list = List.copyOf(ev);
        return new Finding(DiscrepancyType.ENTITY, Severity.HIGH, Finding.summarize(list), g, list);
    }

    static void put(Map<String, Evidence> m, Evidence e) {
        m.putIfAbsent(e.article().id() + ":" + e.start() + ":" + e.end(), e);
    }

    /**
     * One ENTITY finding per aligned group, from every ordered pair of its members of two outlets that
     * {@code pair} reads as naming one thing two ways (its two phrases, or null), each phrase given once.
     */
    static List<Finding> perGroup(EventContext ctx, Severity severity, String label,
                                  java.util.function.BiFunction<ClaimRef, ClaimRef, Evidence[]> pair) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, Evidence> ev = new LinkedHashMap<>();
            List<ClaimRef> m = g.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = 0; j < m.size(); j++) {
                    if (i == j || ctx.sameOutlet(m.get(i).account(), m.get(j).account())) continue;
                    Evidence[] two = pair.apply(m.get(i), m.get(j));
                    if (two == null) continue;
                    put(ev, two[0]);
                    put(ev, two[1]);
                }
            }
            if (ev.isEmpty()) continue;
            List<Evidence> list = List.copyOf(ev.values());
            out.add(new Finding(DiscrepancyType.ENTITY, severity, label + Finding.summarize(list), g, list));
        }
        return out;
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
            // fused means written as one name: "S-400 Iskander", not a list that lost its "and" ("Turkmenistan, Uzbekistan")
            if (Words.spellingKey(fw.get(i).text()).equals(Words.spellingKey(a.text()))
                    && Words.spellingKey(fw.get(i + 1).text()).equals(Words.spellingKey(b.text()))
                    && ft.substring(fw.get(i).end(), fw.get(i + 1).start()).isBlank()) {
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
