package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.QuoteKind;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A quotation in quote marks that edits the speaker's words inside the span it quotes: two sentences of the
 * record joined into one with an inserted "and", a word dropped or swapped between words quoted as said. Read on
 * the whole quotations (a transcript's paragraph, all the words in quote marks), not the sentence that carries
 * them, so a quotation that runs over two sentences of the record is read against both.
 *
 * <p>Silent for renderings that are not both the speaker's own words (reported speech), for accounts in
 * different languages, for two transcripts (two records of one remark differ by what each record heard), for
 * spelling, case and punctuation, for an excerpt (starting later or stopping earlier is not an edit) and for an
 * edit the outlet marks with an ellipsis or square brackets.
 */
final class EditedQuotation {
    private EditedQuotation() {}

    /** A word inserted, dropped or swapped is an edit of the quotation; more words changed at once are a paraphrase. */
    static final int MAX_EDIT_WORDS = 3;
    /** Words both renderings share, in order, around the edits: fewer is a phrase two remarks happen to share. */
    static final int MIN_SHARED_WORDS = 8;
    /** Share of the shorter quotation's words the shared run must hold for it to be that quotation's rendering. */
    static final double COVERED = 0.6;

    /** Marks an outlet puts where it cut or added to the speaker's words. */
    private static final Pattern MARKED = Pattern.compile("\\.\\.\\.|…|\\[|\\]");

    /**
     * How two whole quotations relate: {@code wholly} when the shorter one lies inside the run of words both share
     * (an excerpt, perhaps with edits), {@code edited} when an unmarked word is inserted, dropped or swapped inside
     * that run; the run's span in each text.
     */
    record Reading(boolean wholly, boolean edited, int aStart, int aEnd, int bStart, int bEnd) {}

    /** The two quotations read whole, or null when they are not both the speaker's words in one language or share no run. */
    static Reading read(PassageDiffer differ, ClaimRef a, ClaimRef b) {
        Quote qa = Speech.quote(a), qb = Speech.quote(b);
        if (qa == null || qb == null || qa.kind() == QuoteKind.INDIRECT || qb.kind() == QuoteKind.INDIRECT) return null;
        if (qa.kind() == QuoteKind.TRANSCRIPT && qb.kind() == QuoteKind.TRANSCRIPT) return null;
        if (!Objects.equals(a.article().language(), b.article().language())) return null;
        String ta = a.article().text(), tb = b.article().text();
        if (qa.start() < 0 || qb.start() < 0 || qa.end() > ta.length() || qb.end() > tb.length()) return null;
        List<WordChange> changes = differ.diff(ta, qa.start(), qa.end(), tb, qb.start(), qb.end()).changes();
        int wordsA = Words.split(ta.substring(qa.start(), qa.end())).size(), wordsB = Words.split(tb.substring(qb.start(), qb.end())).size();
        // the longest stretch of shared words broken only by small or marked edits: the part of one the other renders
        int bestFrom = -1, bestTo = -1, bestShared = 0;
        int from = -1, last = -1, shared = 0;
        for (int i = 0; i <= changes.size(); i++) {
            if (i < changes.size() && same(changes.get(i))) {
                if (from < 0) from = i;
                last = i;
                shared += Words.split(changes.get(i).left()).size();
                continue;
            }
            int gapEnd = i;
            while (gapEnd < changes.size() && !same(changes.get(gapEnd))) gapEnd++;
            boolean bridged = from >= 0 && gapEnd < changes.size()
                    && (gapWords(changes, i, gapEnd) <= MAX_EDIT_WORDS || marked(ta, tb, changes.get(last), changes.get(gapEnd)));
            if (!bridged) {
                if (from >= 0 && shared > bestShared) {
                    bestFrom = from;
                    bestTo = last;
                    bestShared = shared;
                }
                from = -1;
                shared = 0;
            }
            if (gapEnd >= changes.size()) break;
            i = gapEnd - 1;
        }
        if (bestShared < MIN_SHARED_WORDS || bestShared < COVERED * Math.min(wordsA, wordsB)) return null;
        boolean edited = false;
        int prev = bestFrom;
        for (int i = bestFrom + 1; i <= bestTo; i++) {
            if (!same(changes.get(i))) continue;
            if (i > prev + 1 && !marked(ta, tb, changes.get(prev), changes.get(i)) && !figures(changes, prev + 1, i)) edited = true;
            prev = i;
        }
        WordChange first = changes.get(bestFrom), end = changes.get(bestTo);
        // the shorter quotation has no word outside the run
        boolean shorterIsA = wordsA <= wordsB;
        boolean wholly = true;
        for (int i = 0; i < changes.size(); i++) {
            if (i >= bestFrom && i <= bestTo) continue;
            WordChange c = changes.get(i);
            if (!(shorterIsA ? c.left() : c.right()).isBlank()) wholly = false;
        }
        return new Reading(wholly, edited, first.leftStart(), end.leftEnd(), first.rightStart(), end.rightEnd());
    }

    private static int gapWords(List<WordChange> changes, int from, int to) {
        int left = 0, right = 0;
        for (int i = from; i < to; i++) {
            left += Words.split(changes.get(i).left()).size();
            right += Words.split(changes.get(i).right()).size();
        }
        return Math.max(left, right);
    }

    /** The same words, spelling, case and punctuation aside. */
    private static boolean same(WordChange c) {
        return c.kind() == Kind.EQUAL || c.spellingOnly();
    }

    /** An ellipsis or a bracket between two shared words, in either text: the outlet marks its edit there. */
    private static boolean marked(String ta, String tb, WordChange before, WordChange after) {
        return marked(ta, before.leftEnd(), after.leftStart()) || marked(tb, before.rightEnd(), after.rightStart());
    }

    private static boolean marked(String text, int after, int before) {
        if (after < 0 || before < 0 || after > before) return false;
        return MARKED.matcher(text.substring(after, before)).find();
    }

    /** A changed figure ("18 percent" / "8 percent") is NUMBER's to report. */
    private static boolean figures(List<WordChange> changes, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) words.append(' ').append(changes.get(i).left()).append(' ').append(changes.get(i).right());
        boolean any = false;
        for (var w : Words.split(words.toString())) {
            String f = Words.fold(w.text());
            if (Words.STOPWORDS.contains(f)) continue;
            if (!QuoteWordingDetector.FIGURE.matcher(f).matches()) return false;
            any = true;
        }
        return any;
    }
}
