package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import java.util.List;
import java.util.Objects;

/** Decides whether a word change between aligned claims replaces one name by another, and whether it is a place. */
final class NameChanges {
    private NameChanges() {}

    /** The expanded spans of both sides when {@code c} swaps one name for another, else null. */
    static int[][] substitution(ClaimRef l, ClaimRef r, WordChange c) {
        if (c.kind() != Kind.CHANGE || c.spellingOnly()) return null;
        if (headline(l) || headline(r)) return null; // Title Case makes every word look like a name
        String lt = l.article().text(), rt = r.article().text();
        if (!ChangeScan.sideIsName(lt, c.leftStart(), c.leftEnd(), l.claim().start())) return null;
        if (!ChangeScan.sideIsName(rt, c.rightStart(), c.rightEnd(), r.claim().start())) return null;
        if (ChangeScan.hasDateWord(c.left()) || ChangeScan.hasDateWord(c.right())) return null;
        if (ChangeScan.allNumbers(c.left()) || ChangeScan.allNumbers(c.right())) return null;
        String le = entityAt(l, c.leftStart(), c.leftEnd()), re = entityAt(r, c.rightStart(), c.rightEnd());
        if (le != null && Objects.equals(le, re)) return null; // the same entity named two ways: spelling, not substance
        int[] ls = ChangeScan.expandName(lt, c.leftStart(), c.leftEnd(), l.claim().start(), l.claim().end());
        int[] rs = ChangeScan.expandName(rt, c.rightStart(), c.rightEnd(), r.claim().start(), r.claim().end());
        return new int[][]{ls, rs};
    }

    /** A headline or a Title Case line, or a claim carrying the dateline: capitals there do not mark names. */
    static boolean headline(ClaimRef ref) {
        String title = ref.article().meta() == null ? null : ref.article().meta().title();
        if (title != null && (ref.text().strip().equals(title.strip()) || title.strip().contains(ref.text().strip()))) return true;
        var d = ref.article().dateline();
        if (d != null && d.text() != null && ref.text().contains(d.text())) return true;
        return titleCase(ref.article().text(), ref.claim().start(), ref.claim().end());
    }

    /** Whether at least 70% of four or more words in text[start, end) open with a capital: a Title Case line. Scanned by hand: it runs for every pair. */
    static boolean titleCase(String text, int start, int end) {
        int words = 0, capitals = 0;
        boolean inWord = false;
        for (int i = Math.max(0, start); i < Math.min(end, text.length()); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
                if (Character.isUpperCase(c) || Character.isDigit(c)) capitals++;
            }
            inWord = letter || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        return words >= 4 && capitals * 10 >= words * 7;
    }

    /**
     * Both sides name a venue (palace, hall, square...), or both are places the linker knows, named after
     * "in"/"at"/"near" ("in Minsk" vs "in Moscow"): only then is a swapped name a different place.
     */
    static boolean venues(ClaimRef l, int[] ls, ClaimRef r, int[] rs) {
        if (hasPlaceWord(l.article().text().substring(ls[0], ls[1])) && hasPlaceWord(r.article().text().substring(rs[0], rs[1]))) return true;
        return locatedPlace(l, ls) && locatedPlace(r, rs);
    }

    private static final java.util.Set<String> LOCATING = java.util.Set.of("in", "at", "near", "outside");

    private static boolean locatedPlace(ClaimRef ref, int[] span) {
        boolean place = false;
        for (EntityMention m : ref.article().mentions()) {
            if (m.start() < span[1] && span[0] < m.end() && m.entityId() != null) {
                if (m.kind() != EntityKind.PLACE || m.match() == dev.parallax.core.model.MatchKind.ROLE) return false;
                place = true;
            }
        }
        Word before = ChangeScan.wordBefore(ref.article().text(), span[0]);
        return place && before != null && before.start() >= ref.claim().start() && LOCATING.contains(Words.fold(before.text()));
    }

    private static boolean hasPlaceWord(String s) {
        for (Word w : Words.split(s)) if (ChangeScan.PLACE_WORDS.contains(Words.fold(w.text()))) return true;
        return false;
    }

    static String entityAt(ClaimRef ref, int start, int end) {
        for (EntityMention m : ref.article().mentions()) {
            if (m.start() < end && start < m.end() && m.entityId() != null) return m.entityId();
        }
        return null;
    }

    static boolean placeLike(ClaimRef ref, int start, int end) {
        String text = ref.article().text();
        for (Word w : Words.split(text.substring(start, end))) {
            if (ChangeScan.PLACE_WORDS.contains(Words.fold(w.text()))) return true;
        }
        for (EntityMention m : ref.article().mentions()) {
            if (m.start() < end && start < m.end() && m.kind() == EntityKind.PLACE) return true;
        }
        Word before = ChangeScan.wordBefore(text, start);
        return before != null && before.start() >= ref.claim().start()
                && ChangeScan.PLACE_PREPOSITIONS.contains(Words.fold(before.text()))
                && !Words.fold(before.text()).equals("to");
    }
}
