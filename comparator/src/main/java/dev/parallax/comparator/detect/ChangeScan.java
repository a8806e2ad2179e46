package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shared vocabulary of the detectors that look at word changes between aligned claims: walks member pairs
 * of a group and tells what a changed run looks like (a name, a number, a date, a place).
 */
final class ChangeScan {
    private ChangeScan() {}

    interface Visitor {
        void visit(ClaimRef left, ClaimRef right, WordChange change);
    }

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words that make a name a venue; not "capital" or "city", which name outlets and roles as often as places. */
    static final Set<String> PLACE_WORDS = Set.of("palace", "hall", "square", "street", "avenue", "airport",
            "residence", "building", "monument", "centre", "center", "castle", "embassy", "cathedral", "stadium",
            "park", "museum", "monastery", "cosmodrome", "lake", "island", "memorial", "base");
    static final Set<String> MONTH_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "to");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*");

    /** Below this share of equal words two aligned claims are paraphrases, and their word changes say nothing. */
    static final double MIN_EQUAL_SHARE = 0.3;

    /**
     * Every non-equal change between pairs of members (each unordered pair once, left = earlier account),
     * skipping pairs worded too differently for a word change to mean a changed fact.
     */
    static void forEachChange(EventContext ctx, AlignedGroup g, Visitor v) {
        forEachChange(ctx, g, MIN_EQUAL_SHARE, v);
    }

    static void forEachChange(EventContext ctx, AlignedGroup g, double minEqualShare, Visitor v) {
        for (ClaimRef[] pair : pairs(g)) {
            PassageDiffer.Result d = ctx.diff(pair[0], pair[1]);
            if (equalShare(d) < minEqualShare) continue;
            for (WordChange c : d.changes()) {
                if (c.kind() != Kind.EQUAL) v.visit(pair[0], pair[1], c);
            }
        }
    }

    /** Up to this many wordings every pair is compared; beyond, each wording against the two most carried. */
    static final int ALL_PAIRS = 6;

    /**
     * The pairs of wordings of a group to compare (left = earlier account). A group of many wordings (a
     * story told by twenty-five outlets) is compared as a star around its most carried wordings: a figure one
     * outlet changed differs from what most carry, and the work stays linear in the outlets.
     */
    static List<ClaimRef[]> pairs(AlignedGroup g) {
        List<ClaimRef> m = renderings(g);
        List<ClaimRef[]> out = new java.util.ArrayList<>();
        if (m.size() <= ALL_PAIRS) {
            for (int i = 0; i < m.size(); i++) for (int j = i + 1; j < m.size(); j++) out.add(new ClaimRef[] {m.get(i), m.get(j)});
            return out;
        }
        java.util.Map<String, Integer> carried = new java.util.HashMap<>();
        for (ClaimRef c : g.members()) carried.merge(c.text(), 1, Integer::sum);
        List<ClaimRef> hubs = m.stream().sorted(java.util.Comparator.comparingInt((ClaimRef c) -> -carried.get(c.text()))
                .thenComparingInt(ClaimRef::account)).limit(2).toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ClaimRef hub : hubs) {
            for (ClaimRef c : m) {
                if (c == hub) continue;
                ClaimRef l = c.account() < hub.account() ? c : hub, r = l == c ? hub : c;
                if (seen.add(l.account() + ":" + r.account())) out.add(new ClaimRef[] {l, r});
            }
        }
        return out;
    }

    /**
     * One member per distinct wording of the group (the first, in account order): ten copies of one wire
     * sentence are diffed once. The comparison gives every finding's evidence to the members written alike.
     */
    static List<ClaimRef> renderings(AlignedGroup g) {
        List<ClaimRef> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ClaimRef c : g.members()) if (seen.add(c.text())) out.add(c);
        return out;
    }

    static double equalShare(PassageDiffer.Result d) {
        return d.equalShare();
    }

    static int wordCount(String s) {
        return Words.split(s).size();
    }

    static List<Word> words(String s) {
        return Words.split(s);
    }

    static boolean isNumber(String word) {
        return NUMBER.matcher(word).matches();
    }

    static boolean allNumbers(String s) {
        List<Word> w = words(s);
        return !w.isEmpty() && w.stream().allMatch(x -> isNumber(x.text()));
    }

    /** A word that looks like part of a name: capitalized or a model designation such as S-400. */
    static boolean nameLike(Word w) {
        String t = w.text();
        return w.capitalized() || (t.matches(".*\\d.*") && t.matches(".*\\p{L}.*"));
    }

    static boolean hasDateWord(String s) {
        return words(s).stream().anyMatch(w -> MONTHS.contains(Words.fold(w.text())));
    }

    /** A month name: weekdays are resolved against each account's own publication day, so they are not compared. */
    static boolean hasMonth(String s) {
        return words(s).stream().anyMatch(w -> MONTH_NAMES.contains(Words.fold(w.text())));
    }

    /** The word right before {@code offset} in {@code text} (within 40 chars), or null. */
    static Word wordBefore(String text, int offset) {
        int from = Math.max(0, offset - 40);
        List<Word> ws = Words.split(text.substring(from, offset), from);
        return ws.isEmpty() ? null : ws.get(ws.size() - 1);
    }

    static Word wordAfter(String text, int offset) {
        int to = Math.min(text.length(), offset + 40);
        List<Word> ws = Words.split(text.substring(offset, to), offset);
        return ws.isEmpty() ? null : ws.get(0);
    }

    /**
     * Grows [start, end) over the surrounding name: capitalized words and the connectors "of"/"the" inside
     * a name, so "Independence" becomes "Palace of Independence". Stays within [min, max).
     */
    static int[] expandName(String text, int start, int end, int min, int max) {
        int s = start, e = end;
        while (true) {
            Word before = wordBefore(text, s);
            if (before == null || before.start() < min || text.substring(before.end(), s).contains("\n")) break;
            String f = Words.fold(before.text());
            if (nameLike(before) && !isSentenceStart(text, before.start(), min)) s = before.start();
            else if (f.equals("of") || f.equals("de")) {
                Word b2 = wordBefore(text, before.start());
                if (b2 != null && b2.start() >= min && b2.capitalized()) s = b2.start();
                else break;
            } else break;
        }
        while (true) {
            Word after = wordAfter(text, e);
            if (after == null || after.end() > max || text.substring(e, after.start()).matches(".*[,.;:!?\\n].*")) break;
            String f = Words.fold(after.text());
            if (nameLike(after)) e = after.end();
            else if (f.equals("of")) {
                Word a2 = wordAfter(text, after.end());
                if (a2 != null && a2.end() <= max && a2.capitalized()) e = a2.end();
                else break;
            } else break;
        }
        return new int[]{s, e};
    }

    static boolean writtenLowerCase(String text, String word) {
        String f = Words.fold(word);
        if (Words.STOPWORDS.contains(f)) return true;
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(f) + "(?![\\p{L}])").matcher(text).find();
    }

    private static boolean isSentenceStart(String text, int offset, int claimStart) {
        if (offset <= claimStart) return true;
        String before = text.substring(Math.max(claimStart, offset - 3), offset).strip();
        return before.isEmpty() || before.endsWith(".") || before.endsWith("\"") || before.endsWith("“");
    }

    /** True when every changed word on a side is a name-like word (not a sentence-opening capital). */
    static boolean sideIsName(String text, int start, int end, int claimStart) {
        if (start < 0) return false;
        List<Word> ws = Words.split(text.substring(start, end), start);
        if (ws.isEmpty() || ws.size() > 4) return false;
        boolean any = false;
        for (Word w : ws) {
            String f = Words.fold(w.text());
            boolean opening = w.start() == start && isSentenceStart(text, w.start(), claimStart) && !w.text().matches(".*\\d.*");
            // a sentence-opening capital is a name only if the word is never written in lower case ("Russian", not "The")
            if (nameLike(w) && !(opening && writtenLowerCase(text, w.text()))) any = true;
            else if (!Set.of("of", "the", "and", "de").contains(f)) return false;
        }
        return any;
    }
}
