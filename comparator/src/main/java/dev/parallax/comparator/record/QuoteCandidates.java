package dev.parallax.comparator.record;

import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.QuoteKind;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotations of an account that the record may hold: every quotation core found (in quote marks,
 * reported speech, a transcript's turns), and the clauses of sentences that report what someone said
 * without quote marks ("Putin opened the meeting by praising the governments for ...", "the statement
 * says the militaries will ..."). Those clauses count only when a record's passage renders them: an
 * account's own narrative that matches nothing is not a quotation. Quotations in the headline are left
 * out: a headline compresses what the body quotes.
 */
final class QuoteCandidates {
    private QuoteCandidates() {}

    /**
     * One quotation to check.
     *
     * @param start         where the quoted words start in the account's text (quote marks excluded)
     * @param end           where they end
     * @param words         the words to set beside the record: the quotation's own words (a quote split by
     *                      its attribution is joined)
     * @param kind          DIRECT, INDIRECT or TRANSCRIPT
     * @param reported      a clause found here (reported speech core did not read as a quote), not core's quote
     * @param speakerId     the entity core gives the words to, or null
     * @param speakerWords  the account's words for the speaker, or null
     * @param speakerNamed  the speaker is named, not only a pronoun ("he said") or a guess
     * @param attribution   the sentence that carries the quotation and its attribution ("..., Biden said.")
     */
    record Candidate(int start, int end, String words, QuoteKind kind, boolean reported, String speakerId,
                     String speakerWords, boolean speakerNamed, int[] attribution) {}

    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|him|her|i|we|it");
    /** Verbs and phrases by which an account reports what someone said or a document says. */
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(said|says|say|told|tells|added|adds|noted|notes|stressed"
            + "|stresses|indicated|indicates|remarked|remarks|assured|assures|promised|promises|pledged|pledges|vowed|vows"
            + "|warned|warns|agreed|agree|agrees|announced|announces|praised|praising|thanked|thanking|called|calls|urged"
            + "|urges|declared|declares|emphasi[sz]ed|emphasi[sz]es|explained|insisted|reiterated|recalled|confirmed"
            + "|committed|commit|commits|described|hailed|welcomed|according\\s+to|statement|declaration|readout|transcript"
            + "|communiqu[eé]|pointed\\s+out|expressed|reaffirmed|underscored|underlined|highlighted|vowing|saying"
            + "|promising|pledging|adding|noting|stressing|warning|telling|(?:has|have)\\s+(?:said|told|indicated|remarked"
            + "|assured|declared|stressed|noted))\\b");
    /** Where a sentence falls into clauses that may each render a different passage. */
    private static final Pattern CLAUSE = Pattern.compile(";\\s+|,\\s+(?:and|but|while|whereas)\\s+|\\s+and\\s+(?=to\\s)"
            + "|\\s+and\\s+(?=\\p{Ll}+ed\\b)|:\\s+");
    private static final int MIN_CLAUSE_WORDS = 4;

    static List<Candidate> of(AnalyzedArticle account) {
        String text = account.text();
        int titleEnd = titleEnd(account);
        List<Candidate> out = new ArrayList<>();
        List<int[]> quoted = new ArrayList<>();
        for (Quote q : account.quotes()) {
            if (q.start() < titleEnd || q.text() == null || q.text().isBlank()) continue;
            int[] span = words(text, q);
            if (span == null) continue;
            quoted.add(new int[] {q.start(), q.end()});
            String speakerWords = q.speaker() == null ? null : q.speaker().strip();
            boolean named = q.speakerId() != null && speakerWords != null && !PRONOUN.matcher(speakerWords).matches();
            out.add(new Candidate(span[0], span[1], q.text(), q.kind(), false, q.speakerId(), speakerWords, named,
                    sentenceOf(account, q.start(), q.end())));
        }
        Map<Integer, Claim> claims = new HashMap<>();
        for (Claim c : account.claims()) claims.putIfAbsent(c.sentenceIndex(), c);
        for (Sentence s : account.sentences()) {
            if (s.start() < titleEnd) continue;
            if (quoted.stream().anyMatch(q -> q[0] < s.end() && s.start() < q[1])) continue;
            String sentence = text.substring(s.start(), s.end());
            if (!REPORTING.matcher(sentence).find()) continue;
            Claim claim = claims.get(s.index());
            String speaker = claim == null ? null : claim.speakerId();
            for (int[] clause : clauses(text, s.start(), s.end())) {
                String words = text.substring(clause[0], clause[1]);
                if (Words.split(words).size() < MIN_CLAUSE_WORDS) continue;
                out.add(new Candidate(clause[0], clause[1], words, QuoteKind.INDIRECT, true, speaker, null,
                        speaker != null, new int[] {s.start(), s.end()}));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return out;
    }

    /** The quoted words' span: inside the quote marks, or the whole reported clause. */
    static int[] words(String text, Quote q) {
        int start = Math.max(0, q.start()), end = Math.min(text.length(), q.end());
        if (start >= end) return null;
        String inner = q.text().strip();
        int at = text.indexOf(inner, start);
        if (at >= 0 && at + inner.length() <= end) return new int[] {at, at + inner.length()};
        // a quotation split by its attribution: from the first quoted word to the last
        while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) start++;
        while (end > start && ".,;:!?\"“”'‘’«» \n".indexOf(text.charAt(end - 1)) >= 0) end--;
        return start < end ? new int[] {start, end} : null;
    }

    /** The clauses of a sentence, offsets into the text; the whole sentence when it has one. */
    static List<int[]> clauses(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CLAUSE.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            if (m.start() > from) out.add(new int[] {from, m.start()});
            from = m.end();
        }
        if (from < end) out.add(new int[] {from, end});
        return out;
    }

    /** The end of the headline when the text opens with it (as the cleaner writes it: "…" may read "..."), else 0. */
    static int titleEnd(AnalyzedArticle a) {
        String title = a.meta() == null || a.meta().title() == null ? "" : a.meta().title().strip();
        if (title.isEmpty()) return 0;
        if (a.text().startsWith(title)) return title.length();
        int nl = a.text().indexOf('\n');
        String first = nl < 0 ? a.text() : a.text().substring(0, nl);
        return letters(first).equals(letters(title)) ? first.length() : 0;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static int[] sentenceOf(AnalyzedArticle a, int start, int end) {
        int s = -1, e = -1;
        for (Sentence x : a.sentences()) {
            if (x.end() <= start || x.start() >= end) continue;
            if (s < 0) s = x.start();
            e = x.end();
        }
        return s < 0 ? new int[] {start, end} : new int[] {s, e};
    }
}
