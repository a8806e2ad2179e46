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
 * Two renderings both in the speaker's own words are read whole ({@link EditedQuotation}): a quotation that joins
 * two sentences of the record with an inserted "and" is an edit even though no content word changes, and one that
 * runs past the sentence it is aligned with, or cuts words where it prints an ellipsis, is not.
 */
public final class QuoteWordingDetector implements DiscrepancyDetector {
    /** Content words that must change for two renderings to differ in substance. */
    static final int MIN_CHANGED_WORDS = 1;

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        // the quotations found differing, as their sentences give them: the pass over unaligned quotations skips them
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, List<ClaimRef>> bySpeaker = new TreeMap<>();
            for (ClaimRef c : g.members()) {
                if (Speech.quote(c) == null) continue;
                String speaker = Speech.speaker(c);
                if (speaker != null) bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(c);
            }
            for (Map.Entry<String, List<ClaimRef>> e : bySpeaker.entrySet()) {
                List<ClaimRef> renderings = e.getValue();
                if (renderings.size() < 2) continue;
                // each rendering's words that differ: its sentence's, or the whole quotation's part that was edited
                Map<ClaimRef, int[]> differing = new LinkedHashMap<>();
                boolean high = false;
                for (int i = 0; i < renderings.size(); i++) {
                    for (int j = i + 1; j < renderings.size(); j++) {
                        ClaimRef a = renderings.get(i), b = renderings.get(j);
                        if (ctx.sameOutlet(a.account(), b.account())) continue;
                        if (!verbatim(a) && !verbatim(b)) continue;
                        double statements = ctx.meaning(a, b);
                        // the quoted words themselves must render one utterance, not two remarks of one speech
                        double close = quoteMeaning(a, b);
                        // (a loose match of short lines holds only between two quotations: a sentence that quotes one
                        // remark and reports another is not the rendering of the other outlet's reported remark)
                        if (!Double.isNaN(close) && close < SAME_UTTERANCE
                                && !(statements >= SAME_STATEMENT && close >= LOOSE_UTTERANCE && verbatim(a) && verbatim(b))) continue;
                        int[] wa = Speech.words(a), wb = Speech.words(b);
                        String ra = a.article().text().substring(wa[0], wa[1]), rb = b.article().text().substring(wb[0], wb[1]);
                        // a word or three in quote marks is a label the outlet borrows, not a rendering of a statement
                        if (words(ra) < MIN_WORDS || words(rb) < MIN_WORDS) continue;
                        // two remarks of one speaker on one day ("Mr. President, welcome" / "not a surprise to you,
                        // Mr. President") share a form of address, not content: one rendering must carry the other's words
                        if (!Double.isNaN(statements) && statements < SAME_STATEMENT && sharedContentWords(ra, rb) < 2) continue;
                        // a quotation against another outlet's reported speech, with no reading of the quoted words
                        // alone, renders it only when it carries its words
                        // alone, renders it only when it carries its words; two quotations unread on their own must
                        // share words besides the names any two remarks on the subject share
                        if (Double.isNaN(close) && sharedContentWords(ra, rb, !(verbatim(a) && verbatim(b))) < 2) continue;
                        // two transcripts each hold the speaker's words as said: words that mostly differ are two remarks
                        if (transcript(a) && transcript(b) && ChangeScan.equalShare(ctx.diff(a, wa[0], wa[1], b, wb[0], wb[1])) < SAME_TRANSCRIPT) continue;
                        PassageDiffer.Result d = ctx.diff(a, wa[0], wa[1], b, wb[0], wb[1]);
                        // two quotations of the speaker's words are read whole, not sentence by sentence: a quotation
                        // running over two sentences of the record differs from each sentence only by where it stops
                        EditedQuotation.Reading whole = EditedQuotation.read(ctx.differ(), a, b);
                        if (whole != null && whole.edited()) {
                            // the sentence's words and the edited part of the whole quotation
                            wa = union(wa, new int[] {whole.aStart(), whole.aEnd()});
                            wb = union(wb, new int[] {whole.bStart(), whole.bEnd()});
                        } else if (whole != null && whole.wholly()
                                || Speech.changedContentWords(d) < MIN_CHANGED_WORDS || excerpt(d) || onlyFigures(d)) {
                            continue;
                        }
                        differing.merge(a, wa, QuoteWordingDetector::union);
                        differing.merge(b, wb, QuoteWordingDetector::union);
                        high |= Speech.negationDiffers(a.article().text().substring(wa[0], wa[1]), b.article().text().substring(wb[0], wb[1]));
                    }
                }
                if (differing.isEmpty()) continue;
                List<Evidence> ev = new ArrayList<>();
                for (Map.Entry<ClaimRef, int[]> w : differing.entrySet()) {
                    ev.add(new Evidence(w.getKey().article(), w.getValue()[0], w.getValue()[1]));
                    covered.add(w.getKey().articleId() + "@" + Speech.words(w.getKey())[0]);
                }
                out.add(new Finding(DiscrepancyType.QUOTE_WORDING, high ? Severity.HIGH : Severity.LOW, Finding.summarize(ev), g, ev));
            }
        }
        out.addAll(sameWords(ctx, covered));
        return out;
    }

    /** The span covering both. */
    private static int[] union(int[] x, int[] y) {
        return new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])};
    }

    /** Of two quotations' words, at least this share must be equal for them to be one remark whatever statement carries them. */
    static final double SAME_WORDS = 0.6;

    /**
     * Quotations of one speaker that are mostly the same words but differ in some ("especially non-economic ones" /
     * "especially the economic ones"), wherever the statements carrying them were aligned: a sentence that also
     * reports another remark aligns by that remark, and the quotation would go unread.
     */
    private static List<Finding> sameWords(EventContext ctx, java.util.Set<String> covered) {
        Map<String, List<ClaimRef>> bySpeaker = new TreeMap<>();
        for (int i = 0; i < ctx.accounts().size(); i++) {
            var article = ctx.accounts().get(i);
            for (var q : article.quotes()) {
                if (q.kind() == dev.parallax.core.model.QuoteKind.INDIRECT || q.speakerId() == null) continue;
                for (ClaimRef ref : ctx.statements(i)) {
                    var st = ref.claim();
                    if (st.start() > q.start() || q.start() >= st.end()) continue;
                    if (q.equals(Speech.quote(ref)) && q.speakerId().equals(Speech.speaker(ref))) {
                        bySpeaker.computeIfAbsent(q.speakerId(), k -> new ArrayList<>()).add(ref);
                    }
                    break;
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<ClaimRef> quotes : bySpeaker.values()) {
            Map<ClaimRef, Boolean> differing = new LinkedHashMap<>();
            boolean high = false;
            for (int i = 0; i < quotes.size(); i++) {
                for (int j = i + 1; j < quotes.size(); j++) {
                    ClaimRef a = quotes.get(i), b = quotes.get(j);
                    if (ctx.sameOutlet(a.account(), b.account())) continue;
                    int[] wa = Speech.words(a), wb = Speech.words(b);
                    if (covered.contains(a.articleId() + "@" + wa[0]) && covered.contains(b.articleId() + "@" + wb[0])) continue;
                    String ra = a.article().text().substring(wa[0], wa[1]), rb = b.article().text().substring(wb[0], wb[1]);
                    if (words(ra) < MIN_WORDS || words(rb) < MIN_WORDS) continue;
                    PassageDiffer.Result d = ctx.diff(a, wa[0], wa[1], b, wb[0], wb[1]);
                    if (ChangeScan.equalShare(d) < SAME_WORDS || Speech.changedContentWords(d) < MIN_CHANGED_WORDS || excerpt(d)
                            || onlyFigures(d)) continue;
                    differing.put(a, true);
                    differing.put(b, true);
                    high |= Speech.negationDiffers(ra, rb);
                }
            }
            if (differing.isEmpty()) continue;
            List<Evidence> ev = new ArrayList<>();
            for (ClaimRef c : differing.keySet()) {
                int[] w = Speech.words(c);
                ev.add(new Evidence(c.article(), w[0], w[1]));
            }
            out.add(new Finding(DiscrepancyType.QUOTE_WORDING, high ? Severity.HIGH : Severity.LOW, Finding.summarize(ev), null, ev));
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
        var qa = Speech.quote(a);
        var qb = Speech.quote(b);
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

    /** Share of equal words two transcripts' renderings of one remark have at least. */
    static final double SAME_TRANSCRIPT = 0.5;

    static boolean transcript(ClaimRef c) {
        var q = Speech.quote(c);
        return q != null && q.kind() == dev.parallax.core.model.QuoteKind.TRANSCRIPT;
    }

    /** Fewer words than this in quote marks are a borrowed label, not a rendering. */
    static final int MIN_WORDS = 4;

    static int words(String s) {
        return dev.parallax.comparator.text.Words.split(s).size();
    }

    /** Words of address and titles ("Mr. President", "Prime Minister"): shared by remarks that say different things. */
    private static final java.util.Set<String> ADDRESS = java.util.Set.of("mr", "mrs", "ms", "madam", "sir", "president",
            "prime", "minister", "chancellor", "excellency", "friend", "friends", "colleague", "colleagues");

    /** Content words (spelling folded) both renderings use, words of address aside. */
    static int sharedContentWords(String a, String b) {
        return sharedContentWords(a, b, true);
    }

    /** ... and, unless {@code names}, the capitalized names inside a sentence ("Minsk", "Moscow") too. */
    static int sharedContentWords(String a, String b, boolean names) {
        java.util.Set<String> x = new java.util.HashSet<>();
        for (String k : contentWords(a, names)) x.add(k);
        int n = 0;
        for (String k : contentWords(b, names)) if (x.remove(k)) n++;
        return n;
    }

    private static List<String> contentWords(String s, boolean names) {
        List<String> out = new ArrayList<>();
        var words = dev.parallax.comparator.text.Words.split(s);
        for (int i = 0; i < words.size(); i++) {
            String t = words.get(i).text();
            if (!names && i > 0 && Character.isUpperCase(t.codePointAt(0))) continue;
            String k = content(t);
            if (k != null) out.add(k);
        }
        return out;
    }

    /**
     * The renderings differ only in figures ("grew by 18 percent" / "by 8 percent"), one perhaps quoting more of the
     * remark than the other: NUMBER's to report, not a rewording.
     */
    static boolean onlyFigures(PassageDiffer.Result d) {
        boolean any = false, left = false, right = false;
        for (var c : d.changes()) {
            switch (c.kind()) {
                case EQUAL -> { }
                case INSERT -> right = true;
                case DELETE -> left = true;
                case CHANGE -> {
                    if (c.spellingOnly()) break;
                    for (var w : dev.parallax.comparator.text.Words.split(c.left() + " " + c.right())) {
                        String f = dev.parallax.comparator.text.Words.fold(w.text());
                        if (dev.parallax.comparator.text.Words.STOPWORDS.contains(f)) continue;
                        if (!FIGURE.matcher(f).matches()) return false;
                        any = true;
                    }
                }
            }
        }
        return any && !(left && right);
    }

    static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "[\\d.,%]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|percent|per|cent");

    private static String content(String word) {
        if (ADDRESS.contains(dev.parallax.comparator.text.Words.fold(word).replace(".", ""))) return null;
        return dev.parallax.comparator.text.Words.contentKey(word);
    }

    /** Words the account gives as the speaker's own: a quotation, not reported speech. */
    static boolean verbatim(ClaimRef c) {
        var q = Speech.quote(c);
        return q != null && q.kind() != dev.parallax.core.model.QuoteKind.INDIRECT;
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
