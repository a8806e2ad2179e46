package dev.parallax.comparator.align;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Modality;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The statements of an account to align: the analyzer's claims, and the other sentences that state
 * something (four words or more, not a question, not a dateline) which the analyzer did not judge
 * check-worthy on their own. Real coverage says much without a name or a figure ("the papers signed
 * today lay down how the two sides will work"), and an account that drops or rewords such a
 * sentence is still worth seeing. Those sentences keep a low check-worthiness, their modality and the
 * quote they carry. Capped so one article of 2,000 quotes cannot make alignment quadratic.
 */
public final class ClaimSource {
    private ClaimSource() {}

    /** Longer than any real sentence: a scraped one-liner. */
    static final int LONG_CLAIM_CHARS = 5_000;

    public static List<Claim> claimsOf(AnalyzedArticle a, int max, List<String> warnings) {
        List<Claim> claims = statements(a);
        if (claims.size() > max) {
            warnings.add("article " + shortId(a) + " has " + claims.size() + " claims; only the " + max
                    + " most check-worthy were aligned");
            List<Claim> sorted = new ArrayList<>(claims);
            sorted.sort(Comparator.comparingDouble((Claim c) -> -c.checkWorthiness()).thenComparingInt(Claim::start));
            claims = sorted.subList(0, max).stream().sorted(Comparator.comparingInt(Claim::start)).toList();
        }
        List<Claim> valid = claims.stream().filter(c -> c.start() >= 0 && c.end() <= a.text().length() && c.start() < c.end())
                .filter(c -> !isDateline(a.text().substring(c.start(), c.end())))
                .toList();
        long longest = valid.stream().mapToLong(c -> c.end() - c.start()).max().orElse(0);
        if (longest > LONG_CLAIM_CHARS) {
            warnings.add("article " + shortId(a) + " has a claim of " + longest
                    + " characters (no sentence breaks?); only its first words are compared and diffed");
        }
        return valid;
    }

    private static final dev.parallax.core.claim.ModalityClassifier MODALITY = new dev.parallax.core.claim.ModalityClassifier();
    /** Check-worthiness of a statement the analyzer did not make a claim: below any claim's. */
    static final double STATEMENT_WORTH = 0.25;

    /** The analyzer's claims and, between them, the sentences that state something, in text order. */
    public static List<Claim> statements(AnalyzedArticle a) {
        java.util.Map<Integer, Claim> bySentence = new java.util.HashMap<>();
        for (Claim c : a.claims()) bySentence.putIfAbsent(c.sentenceIndex(), c);
        List<Claim> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            Claim c = bySentence.get(s.index());
            if (c != null) {
                out.add(c);
                continue;
            }
            if (s.start() < 0 || s.end() > a.text().length() || s.start() >= s.end() || !states(s)) continue;
            List<EntityMention> ents = a.mentions().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            List<TimeExpression> times = a.times().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            List<Quantity> qs = a.quantities().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            Quote quote = a.quotes().stream().filter(q -> q.start() < s.end() && q.end() > s.start()).findFirst().orElse(null);
            Modality modality = a.readsAsEnglish() ? MODALITY.classify(s.text()) : Modality.ASSERTED;
            out.add(new Claim("s" + s.index(), s.index(), s.start(), s.end(), s.text(),
                    quote == null ? null : quote.speakerId(), null, ents, times, qs, quote, modality, STATEMENT_WORTH));
        }
        return out;
    }

    /** Four words or more, not a question: something an account states. */
    static boolean states(Sentence s) {
        String t = s.text().strip();
        if (t.endsWith("?") || t.endsWith("？")) return false;
        int words = 0;
        for (dev.parallax.comparator.text.Word w : dev.parallax.comparator.text.Words.split(t)) {
            if (Character.isLetter(w.text().codePointAt(0)) && ++words >= 4) return true;
        }
        // scripts written without spaces (Japanese, Chinese) state things in one long word
        return t.codePointCount(0, t.length()) >= 12 && t.codePoints().filter(Character::isLetter).count() >= 10
                && t.codePoints().noneMatch(cp -> cp == ' ');
    }

    /** Every sentence as a claim: for checks that must see sentences the analyzer judged not check-worthy. */
    public static List<Claim> fromSentences(AnalyzedArticle a) {
        List<Claim> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            if (s.start() < 0 || s.end() > a.text().length() || s.start() >= s.end()) continue;
            List<EntityMention> ents = a.mentions().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            List<TimeExpression> times = a.times().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            List<Quantity> qs = a.quantities().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            Quote quote = a.quotes().isEmpty() ? quoteIn(a, s, ents)
                    : a.quotes().stream().filter(q -> q.start() >= s.start() && q.start() < s.end()).findFirst().orElse(null);
            out.add(new Claim("s" + s.index(), s.index(), s.start(), s.end(), s.text(),
                    quote == null ? null : quote.speakerId(), null, ents, times, qs, quote, Modality.ASSERTED, 0.5));
        }
        return out;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("[\"“](?=[\\p{L}\\p{N}])([^\"“”]{8,})(?:[\"”]|$)");

    /**
     * For an analysis without quotes: the first quotation in the sentence (or one that opens and runs to its
     * end) and, as speaker, the person named outside the quotation marks.
     */
    static Quote quoteIn(AnalyzedArticle a, Sentence s, List<EntityMention> ents) {
        java.util.regex.Matcher m = QUOTED.matcher(a.text()).region(s.start(), s.end());
        if (!m.find()) return null;
        int qs = m.start(), qe = m.end();
        EntityMention speaker = ents.stream()
                .filter(e -> e.kind() == dev.parallax.core.model.EntityKind.PERSON && (e.end() <= qs || e.start() >= qe))
                .findFirst().orElse(null);
        return new Quote(qs, qe, m.group(1).strip(), dev.parallax.core.model.QuoteKind.DIRECT,
                speaker == null ? null : speaker.entityId(), speaker == null ? null : speaker.surface(),
                speaker == null ? -1 : speaker.start(), speaker == null ? -1 : speaker.end(), null);
    }

    /** "MINSK, 23 May (Eastern Dispatch)." left in the text: where and when a story was filed, not a claim. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^[\\p{Lu}][\\p{L} .'-]{1,40},\\s+(\\d{1,2}\\s+\\p{L}{3,9}\\.?|\\p{L}{3,9}\\.?\\s+\\d{1,2})\\s*(\\([^)]{1,40}\\))?\\s*[.\\-–—:]*\\s*$");

    static boolean isDateline(String text) {
        return text.length() < 80 && DATELINE.matcher(text.strip()).matches();
    }

    public static String shortId(AnalyzedArticle a) {
        return (a.outlet() == null ? "" : a.outlet() + " ") + a.id().substring(0, Math.min(8, a.id().length()));
    }
}
