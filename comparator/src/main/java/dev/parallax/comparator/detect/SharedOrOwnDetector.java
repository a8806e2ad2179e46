package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing held in common in one account and each side's own in another, in statements aligned as the same:
 * "to set up a joint command" against "to modernize their respective commands", "a joint statement" against
 * "separate statements". Whether the sides built one structure or
 * two, signed one text or two, is what a checker asks. The thing must be named by the same word (a plural
 * "s" aside) right after both markers.
 */
public final class SharedOrOwnDetector implements DiscrepancyDetector {
    private static final Pattern SHARED = Pattern.compile(
            "(?i)\\b(joint|combined|common|single|unified|integrated|alliance|shared)\\s+([\\p{L}-]+)\\b");
    private static final Pattern OWN = Pattern.compile(
            "(?i)\\b(respective|separate|own|national|individual)\\s+([\\p{L}-]+)\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+([\\p{L}-]+)");

    @Override
    public List<Finding> detect(EventContext ctx) {
        return EntityDetector.perGroup(ctx, Severity.MEDIUM, "one held in common, or each side's own: ", SharedOrOwnDetector::sharedAgainstOwn);
    }

    /** The shared phrase of {@code a} and the own phrase of {@code b} naming the same thing, or null. */
    private static Evidence[] sharedAgainstOwn(ClaimRef a, ClaimRef b) {
        String ta = text(a), tb = text(b);
        Matcher s = SHARED.matcher(ta);
        while (s.find()) {
            String thing = head(s.group(2));
            if (thing == null) continue;
            // the other account writes the same thing as held in common too: no disagreement
            if (names(SHARED, tb, thing)) continue;
            Matcher o = OWN.matcher(tb);
            while (o.find()) {
                if (!thing.equals(head(o.group(2)))) continue;
                int as = a.claim().start() + s.start(), bs = b.claim().start() + o.start();
                return new Evidence[] {new Evidence(a.article(), as, a.claim().start() + phraseEnd(ta, s.end(2))),
                        new Evidence(b.article(), bs, b.claim().start() + phraseEnd(tb, o.end(2)))};
            }
        }
        return null;
    }

    /** Whether a marker of {@code markers} in {@code text} stands before the thing. */
    private static boolean names(Pattern markers, String text, String thing) {
        Matcher m = markers.matcher(text);
        while (m.find()) if (thing.equals(head(m.group(2)))) return true;
        return false;
    }

    /** The word that names the thing, folded and without a plural "s" ("commands" -> "command"), or null when it is no content. */
    private static String head(String word) {
        String w = Words.fold(word);
        if (w.length() < 5 || Words.STOPWORDS.contains(w)) return null;
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** Where the named thing ends: its words run on past the one compared ("command" -> "command and control frameworks") up to punctuation or a word of grammar other than "and". */
    private static int phraseEnd(String text, int from) {
        Matcher w = NEXT_WORD.matcher(text);
        int end = from, words = 0;
        w.region(from, text.length());
        while (words < 4 && w.find()) {
            String word = Words.fold(w.group(1));
            if (Words.STOPWORDS.contains(word) && !word.equals("and")) break;
            end = w.end();
            words++;
        }
        return end;
    }

    private static String text(ClaimRef c) {
        return c.article().text().substring(c.claim().start(), c.claim().end());
    }
}
