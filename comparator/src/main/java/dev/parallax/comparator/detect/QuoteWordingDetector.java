package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One statement by one speaker rendered in different words (translations, paraphrases, a dropped clause):
 * ONE finding per speaker of a claim group, listing every rendering. Two renderings count only when they
 * give the same person's words, at least one of them in the speaker's own words (a quotation or a
 * transcript), and say the same thing (the group aligned them by meaning). Two outlets' reported speech
 * ("he said they had discussed..." / "he said they had talked about...") are the outlets' words, not the
 * speaker's; an excerpt that is part of a longer rendering is not a rewording. A lost negation makes it HIGH.
 */
public final class QuoteWordingDetector implements DiscrepancyDetector {
    /** Content words that must change for two renderings to differ in substance. */
    static final int MIN_CHANGED_WORDS = 1;

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, List<ClaimRef>> bySpeaker = new TreeMap<>();
            for (ClaimRef c : g.members()) {
                if (c.claim().quote() == null) continue;
                String speaker = Speech.speaker(c);
                if (speaker != null) bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(c);
            }
            for (Map.Entry<String, List<ClaimRef>> e : bySpeaker.entrySet()) {
                List<ClaimRef> renderings = e.getValue();
                if (renderings.size() < 2) continue;
                Map<ClaimRef, Boolean> differing = new LinkedHashMap<>();
                boolean high = false;
                for (int i = 0; i < renderings.size(); i++) {
                    for (int j = i + 1; j < renderings.size(); j++) {
                        ClaimRef a = renderings.get(i), b = renderings.get(j);
                        if (ctx.sameOutlet(a.account(), b.account())) continue;
                        if (!verbatim(a) && !verbatim(b)) continue;
                        // the quoted words themselves must render one utterance, not two remarks of one speech
                        double close = quoteMeaning(a, b);
                        double statements = ctx.meaning(a, b);
                        if (!Double.isNaN(close) && close < SAME_UTTERANCE
                                && !(statements >= SAME_STATEMENT && close >= LOOSE_UTTERANCE)) continue;
                        int[] wa = Speech.words(a), wb = Speech.words(b);
                        PassageDiffer.Result d = ctx.differ().diff(a.article().text(), wa[0], wa[1], b.article().text(), wb[0], wb[1]);
                        if (Speech.changedContentWords(d) < MIN_CHANGED_WORDS || excerpt(d)) continue;
                        differing.put(a, true);
                        differing.put(b, true);
                        String ta = a.article().text().substring(wa[0], wa[1]), tb = b.article().text().substring(wb[0], wb[1]);
                        high |= Speech.negationDiffers(ta, tb);
                    }
                }
                if (differing.isEmpty()) continue;
                List<Evidence> ev = new ArrayList<>();
                for (ClaimRef c : differing.keySet()) {
                    int[] w = Speech.words(c);
                    ev.add(new Evidence(c.article(), w[0], w[1]));
                }
                out.add(new Finding(DiscrepancyType.QUOTE_WORDING, high ? Severity.HIGH : Severity.LOW, Finding.summarize(ev), g, ev));
            }
        }
        return out;
    }

    /** How close in meaning the quoted words of two renderings must be to render one utterance. */
    static final double SAME_UTTERANCE = 0.5;
    /** Short quotations of one line ("threatens no one" / "is not aimed against any third country") embed far apart: */
    static final double SAME_STATEMENT = 0.7;
    /** ... so when the statements around them are this close, the quotations need only this much. */
    static final double LOOSE_UTTERANCE = 0.25;

    /** The cosine of the two quotations' embeddings, or NaN when either has none. */
    static double quoteMeaning(ClaimRef a, ClaimRef b) {
        var qa = a.claim().quote();
        var qb = b.claim().quote();
        var ma = a.article().meaning();
        var mb = b.article().meaning();
        if (qa == null || qb == null || ma == null || mb == null || !java.util.Objects.equals(a.article().language(), b.article().language())) {
            return Double.NaN;
        }
        byte[] x = ma.of(dev.parallax.core.model.Meaning.Role.QUOTE, qa.start(), qa.end());
        byte[] y = mb.of(dev.parallax.core.model.Meaning.Role.QUOTE, qb.start(), qb.end());
        if (x == null || y == null) return Double.NaN;
        return Math.round(dev.parallax.core.model.Meaning.cosine(x, y) * 10_000) / 10_000.0;
    }

    /** Words the account gives as the speaker's own: a quotation, not reported speech. */
    static boolean verbatim(ClaimRef c) {
        return c.claim().quote() != null && c.claim().quote().kind() != dev.parallax.core.model.QuoteKind.INDIRECT;
    }

    /** One rendering holds every word of the other: a shorter excerpt of the same words, not a rewording. */
    private static boolean excerpt(PassageDiffer.Result d) {
        boolean left = false, right = false;
        for (var c : d.changes()) {
            switch (c.kind()) {
                case INSERT -> right = true;
                case DELETE -> left = true;
                case CHANGE -> {
                    if (!c.spellingOnly()) return false;
                }
                default -> { }
            }
        }
        return !(left && right);
    }
}
