package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.model.Modality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The same claim asserted in one account and hedged, expected or conditional in another ("announced" vs
 * "is expected to"); asserted against denied is HIGH. The stance is the analyzer's {@code Claim.modality};
 * the comparator only decides when two stances differ in substance: the words that carry the softer stance
 * must be among the words that changed between the two claims (not shared context, not another clause),
 * and a plain future ("will take part"), which the analyzer reads as expected, counts as a firm statement.
 * A preview published before the event saying what "is expected" is not hedging what a report after it
 * says happened: the two were written at different times, so they are never compared for stance.
 */
public final class HedgeDetector implements DiscrepancyDetector {
    /** Words that mark a stance; one must be in the changed words for a modality difference to count. */
    private static final Pattern CUE = Pattern.compile("(?i)\\b(expected|expects?|plans?|planning|scheduled|due|set|intends?|going"
            + "|upcoming|may|might|could|reportedly|allegedly|said|unconfirmed|apparently|possibly|probably|likely|purportedly"
            + "|rumou?red|appears?|seems?|believed|if|unless|provided|condition|denied|denies|deny|not|never|rejected|refuted"
            + "|dismissed|rebuffed|repudiated|brushed|waved|scoffed|no|n[’']t)\\b");
    /** An expectation the text states outright, beyond a plain "will"/"would". */
    private static final Pattern EXPLICIT_EXPECTATION = Pattern.compile("(?i)\\b(expected|expects?|plans? to|planning to"
            + "|intends? to|going to|hopes?|hoping)\\b");

    /** Statements this close in meaning make one claim even when worded apart. */
    static final double SAME_CLAIM = 0.8;
    static final int MAX_CHANGED_WORDS = 6;
    static final int MAX_INSERTED_WORDS = 3;

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<ClaimRef, String> stance = new LinkedHashMap<>();
            boolean denied = false;
            List<ClaimRef> m = g.members();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    ClaimRef a = m.get(i), b = m.get(j);
                    if (ctx.sameOutlet(a.account(), b.account()) || NameChanges.headline(a) || NameChanges.headline(b)) continue;
                    Modality ma = stance(a), mb = stance(b);
                    if (ctx.beforeTheEvent(a.account()) != ctx.beforeTheEvent(b.account())) continue;
                    boolean modal = ma != mb && (ma == Modality.ASSERTED || mb == Modality.ASSERTED);
                    PassageDiffer.Result d = ctx.diff(a, b);
                    double meaning = ctx.meaning(a, b);
                    boolean close = ChangeScan.equalShare(d) >= ChangeScan.MIN_EQUAL_SHARE || (!Double.isNaN(meaning) && meaning >= SAME_CLAIM);
                    if (!close) continue;
                    if (modal && cueChanged(d, a, b)) {
                        stance.put(a, ma.name().toLowerCase(Locale.ROOT));
                        stance.put(b, mb.name().toLowerCase(Locale.ROOT));
                        denied |= ma == Modality.DENIED || mb == Modality.DENIED;
                        continue;
                    }
                    // hope against expectation, expectation against agreement: one stance word swapped for a firmer one
                    String[] swapped = degreeChanged(d);
                    if (swapped == null) continue;
                    stance.putIfAbsent(a, "'" + swapped[0] + "'");
                    stance.putIfAbsent(b, "'" + swapped[1] + "'");
                }
            }
            if (stance.isEmpty()) continue;
            List<Evidence> ev = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (ClaimRef c : m) {
                String mc = stance.get(c);
                if (mc == null) continue;
                Evidence e = new Evidence(c.article(), c.claim().start(), c.claim().end());
                ev.add(e);
                parts.add(e.outlet() + " (" + mc + "): '" + Finding.oneLine(e.text()) + "'");
            }
            out.add(new Finding(DiscrepancyType.HEDGE, denied ? Severity.HIGH : Severity.MEDIUM, String.join("; ", parts), g, ev));
        }
        return out;
    }

    private static boolean quoted(ClaimRef ref, int offset) {
        if (offset < 0) return false;
        for (var q : ref.article().quotes()) if (q.start() <= offset && offset < q.end()) return true;
        return false;
    }

    /** The analyzer's modality, with a plain future read as the firm statement reported speech makes of it. */
    static Modality stance(ClaimRef c) {
        Modality m = c.claim().modality() == null ? Modality.ASSERTED : c.claim().modality();
        if (m == Modality.EXPECTED && !EXPLICIT_EXPECTATION.matcher(c.text()).find()) return Modality.ASSERTED;
        return m;
    }

    /**
     * How firmly a stance word commits its subject: 3 agreed or pledged, 2 expected or intended, 1 hoped or
     * sought. Two renderings of one statement that swap one of these for another of a different degree
     * ("she expects more states to sign" / "I hope more states will sign") report a different stance.
     */
    static int degree(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "agreed", "agree", "agrees", "committed", "commit", "commits", "pledged", "pledge", "pledges", "vowed",
                 "vow", "vows", "decided", "concurred", "resolved" -> 3;
            case "expects", "expect", "expected", "expecting", "intends", "intend", "intended", "intending" -> 2;
            case "hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "seeks", "seek", "sought", "want",
                 "wants", "wanted" -> 1;
            default -> 0;
        };
    }

    /** The two stance words of different degree a short changed run swaps, or null. */
    static String[] degreeChanged(PassageDiffer.Result d) {
        for (WordChange c : d.changes()) {
            if (c.kind() != Kind.CHANGE || c.spellingOnly()) continue;
            if (ChangeScan.wordCount(c.left()) > MAX_INSERTED_WORDS || ChangeScan.wordCount(c.right()) > MAX_INSERTED_WORDS) continue;
            String l = strongest(c.left()), r = strongest(c.right());
            if (l != null && r != null && degree(l) != degree(r)) return new String[] {l, r};
        }
        return null;
    }

    private static String strongest(String words) {
        String best = null;
        for (var w : ChangeScan.words(words)) {
            int g = degree(w.text());
            if (g > 0 && (best == null || g > degree(best))) best = w.text();
        }
        return best;
    }

    private static boolean cueChanged(PassageDiffer.Result d, ClaimRef a, ClaimRef b) {
        for (WordChange c : d.changes()) {
            if (c.kind() == Kind.EQUAL || c.spellingOnly()) continue;
            // words inside a quotation are the speaker's, rendered differently: not the outlet's stance
            if (quoted(a, c.leftStart()) || quoted(b, c.rightStart())) continue;
            int l = ChangeScan.wordCount(c.left()), r = ChangeScan.wordCount(c.right());
            // a stance word swapped in ("will" -> "is expected to") or slipped in ("reportedly"), not a clause added
            int limit = c.kind() == Kind.CHANGE ? MAX_CHANGED_WORDS : MAX_INSERTED_WORDS;
            if (l > limit || r > limit) continue;
            boolean left = CUE.matcher(c.left()).find(), right = CUE.matcher(c.right()).find();
            if (left == right) continue;
            // "did not join the talks" against "left them to talk alone" says one thing two ways: a negation
            // stands against an assertion only when the other side asserts the very word it negates
            String negated = negated(left ? c.left() : c.right());
            if (negated != null && !contentKeys(left ? b.text() : a.text()).contains(negated)) continue;
            return true;
        }
        return false;
    }

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|n[’']t)\\s+(?:\\p{L}+\\s+)??(\\p{L}+)");

    /** The content word a plain negation in {@code words} negates ("not join" -> join), or null when there is none. */
    static String negated(String words) {
        java.util.regex.Matcher m = NEGATION.matcher(words);
        while (m.find()) {
            String key = dev.parallax.comparator.text.Words.contentKey(m.group(1));
            if (key != null) return key;
        }
        return null;
    }

    /** The content keys of a text's words. */
    static java.util.Set<String> contentKeys(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (var w : ChangeScan.words(text)) {
            String k = dev.parallax.comparator.text.Words.contentKey(w.text());
            if (k != null) out.add(k);
        }
        return out;
    }
}
