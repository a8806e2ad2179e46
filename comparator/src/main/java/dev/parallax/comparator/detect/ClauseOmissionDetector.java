package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A clause one rendering of a statement carries and another drops: "a consultation within 24 hours" in
 * four accounts of the pact and not in the fifth, "and by increasing the defence budget" in the transcript
 * and not in the summary. The two statements must be mostly the same words (so the rest of the sentence
 * is shared and only the clause is missing), the clause must be three words or more and checkable (a
 * figure, a condition or a negation, or an added item of three content words), and none of its content words may
 * be in the shorter statement or the sentences next to it (then it moved, it was not dropped). Not a clause: who said it
 * ("he told reporters"), the outlet's reading ("which makes clear"), the day or the place alone (DATE's and PLACE's findings), or the tail an excerpt
 * cut off. Sentence-level omissions are {@link OmissionDetector}'s.
 */
public final class ClauseOmissionDetector implements DiscrepancyDetector {
    /** Below this share of equal words the two statements are reworded, and a missing run says little. */
    static final double SAME_WORDS = 0.5;
    static final int MIN_WORDS = 3;
    static final int MAX_WORDS = 30;

    /** A limit, a condition or a negation, or a figure: what changes the statement when it goes. */
    private static final Pattern CHECKABLE = Pattern.compile("(?i)\\b(no|not|never|without|unless|until|within|only|except|"
            + "provided|once)\\b");
    /** A clause added to the statement's list: "... and by raising the budget", "including the ...". */
    private static final Pattern COORDINATED = Pattern.compile("(?i)^\\W*(and|or|as well as|including|plus)\\b(?!\\s+(is|was|are|were|has|have|had)\\b)");
    /** How long ago or after something happened: background, not a figure of the statement. */
    private static final Pattern AGO = Pattern.compile("(?i)\\d+\\s+(years?|months?|weeks?|days?|decades?)\\s+(ago|after|since|before|later|earlier)");
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\b(said|says|say|told|tells|added|adds|stated|noted|"
            + "according|quoted|reported|reports|announced|wrote|explained|saying|telling|speaking|adding|noting"
            // the outlet's own reading of what was said: "which makes clear", "a line that signals"
            + "|makes? clear|made clear|suggests?|suggesting|shows?|showing|means|meaning|signals?|signall?ing|underscor\\w*"
            + "|in an? (?:line|move|sign|remark|comment|nod|swipe|jab|reference))\\b");

    private record Dropped(ClaimRef carrier, int start, int end, ClaimRef dropper) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, List<Dropped>> byClause = new LinkedHashMap<>();
            for (ClaimRef[] pair : ChangeScan.pairs(g)) {
                ClaimRef l = pair[0], r = pair[1];
                if (ctx.source(l.account()).equals(ctx.source(r.account()))) continue; // copies of one story
                if (NameChanges.headline(l) || NameChanges.headline(r)) continue; // a headline is short by design
                PassageDiffer.Result d = ctx.diff(l, r);
                if (d.equalShare() < SAME_WORDS) continue;
                for (WordChange c : d.changes()) {
                    if (c.kind() == Kind.EQUAL || c.spellingOnly()) continue;
                    int lw = ChangeScan.wordCount(c.left()), rw = ChangeScan.wordCount(c.right());
                    if (lw >= MIN_WORDS && rw <= 1) consider(ctx, l, c.leftStart(), c.leftEnd(), r, byClause);
                    if (rw >= MIN_WORDS && lw <= 1) consider(ctx, r, c.rightStart(), c.rightEnd(), l, byClause);
                }
            }
            for (List<Dropped> drops : byClause.values()) {
                Dropped first = drops.get(0);
                Map<String, Evidence> ev = new LinkedHashMap<>();
                EntityDetector.put(ev, new Evidence(first.carrier().article(), first.start(), first.end()));
                List<String> droppers = new ArrayList<>();
                for (Dropped x : drops) {
                    EntityDetector.put(ev, new Evidence(x.dropper().article(), x.dropper().claim().start(), x.dropper().claim().end()));
                    String outlet = new Evidence(x.dropper().article(), 0, 0).outlet();
                    if (!droppers.contains(outlet)) droppers.add(outlet);
                }
                String clause = Finding.oneLine(first.carrier().article().text().substring(first.start(), first.end()));
                String summary = "'" + clause + "' left out by " + String.join(", ", droppers) + " — carried by "
                        + new Evidence(first.carrier().article(), 0, 0).outlet() + " in the same statement";
                out.add(new Finding(DiscrepancyType.OMISSION, Severity.LOW, summary, g, List.copyOf(ev.values())));
            }
        }
        return out;
    }

    private static void consider(EventContext ctx, ClaimRef carrier, int start, int end, ClaimRef dropper,
                                 Map<String, List<Dropped>> byClause) {
        String text = carrier.article().text();
        String run = text.substring(start, end);
        List<Word> words = Words.split(run, start);
        if (words.size() < MIN_WORDS || words.size() > MAX_WORDS) return;
        // an excerpt that stops inside the statement has not dropped what comes after its cut
        if (end >= carrier.claim().end() - 2 && cutShort(dropper)) return;
        if (ATTRIBUTION.matcher(run).find()) return;
        Set<String> keys = new HashSet<>();
        for (Word w : words) {
            if (ChangeScan.MONTHS.contains(Words.fold(w.text())) || placeOrDay(carrier, w)) continue;
            String k = Words.contentKey(w.text());
            if (k != null) keys.add(k);
        }
        boolean checkable = CHECKABLE.matcher(run).find() || figure(words) && !AGO.matcher(run).find() || COORDINATED.matcher(run).find() && keys.size() >= 3;
        if (!checkable || keys.isEmpty()) return;
        // the clause may stand in the next sentence of the shorter account ("... the allies stay at its side. Their backing will not waver.")
        Set<String> there = HedgeDetector.contentKeys(around(dropper));
        long moved = keys.stream().filter(there::contains).count();
        if (moved * 3 > keys.size()) return;
        String key = carrier.account() + ":" + start;
        byClause.computeIfAbsent(key, k -> new ArrayList<>()).add(new Dropped(carrier, trimStart(text, start, end), end, dropper));
    }

    /** The statement with the sentences just before and after it in its account. */
    private static String around(ClaimRef ref) {
        var sentences = ref.article().sentences();
        int from = ref.claim().start(), to = ref.claim().end();
        for (int i = 0; i < sentences.size(); i++) {
            var x = sentences.get(i);
            if (x.end() <= ref.claim().start() || x.start() >= ref.claim().end()) continue;
            if (i > 0) from = Math.min(from, sentences.get(i - 1).start());
            if (i + 1 < sentences.size()) to = Math.max(to, sentences.get(i + 1).end());
        }
        return ref.article().text().substring(Math.max(0, from), Math.min(ref.article().text().length(), to));
    }

    /** A figure other than a year or a day of the month: an amount, a count, a duration. */
    private static boolean figure(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            String t = words.get(i).text();
            if (!t.matches(".*\\d.*")) continue;
            if (t.matches("(19|20)\\d\\d(s)?|\\d{1,2}(st|nd|rd|th)?")) {
                boolean dated = i > 0 && ChangeScan.MONTHS.contains(Words.fold(words.get(i - 1).text()))
                        || i + 1 < words.size() && ChangeScan.MONTHS.contains(Words.fold(words.get(i + 1).text()));
                if (dated || t.matches("(19|20)\\d\\d(s)?|\\d{1,2}(st|nd|rd|th)")) continue;
            }
            return true;
        }
        return false;
    }

    /** A capitalized word naming a place or a day is no name that makes a clause checkable. */
    private static boolean placeOrDay(ClaimRef ref, Word w) {
        if (ChangeScan.MONTHS.contains(Words.fold(w.text()))) return true;
        for (var m : ref.article().mentions()) {
            if (m.start() <= w.start() && w.end() <= m.end()) return m.kind() == dev.parallax.core.model.EntityKind.PLACE;
        }
        return false;
    }

    /** Whether the statement is the tail of an excerpt cut mid-sentence. */
    private static boolean cutShort(ClaimRef ref) {
        String t = ref.article().text().stripTrailing();
        if (ref.claim().end() < t.length() - 1) return false;
        char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',';
    }

    /** The run without the punctuation and spaces it opens with. */
    private static int trimStart(String text, int start, int end) {
        int s = start;
        while (s < end && !Character.isLetterOrDigit(text.charAt(s))) s++;
        return s;
    }
}
