package dev.parallax.core.claim;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Modality;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.core.quote.SpeakerResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Turns check-worthy sentences into claims "c0", "c1", ... in text order. A sentence carrying a
 * quotation becomes a claim carrying that quote and its speaker. Questions, bylines, photo captions
 * and credits, navigation and share widgets, fragments of a few words ("This.") and Title Case
 * subheads ({@link SubheadRecognizer}) never become claims (they stay sentences); everything else
 * does when its check-worthiness reaches the threshold. Headlines may be claims.
 */
public final class ClaimExtractor {
    private static final Pattern NOT_A_STATEMENT = Pattern.compile("(?i)^(?:by\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s*$"
            + "|author\\s*:|file\\s*[-–—:]|photo\\s*[-–—:]|image\\s*[-–—:]|picture\\s*[-–—:]|credit\\s*:|source\\s*:|source\\s+link"
            + "|tags\\b|follow\\b|read\\s+more|share\\s+on|subscribe|sign\\s+up|click\\b|related\\b|leave\\s+a\\s+reply"
            + "|advertisement|-\\s*advertisement|©|copyright|all\\s+rights\\s+reserved|this\\s+website\\s+uses\\s+cookies)");

    private final ModalityClassifier modality;
    private final CheckWorthinessScorer scorer;
    private final SpeakerResolver speakers;
    private final SubheadRecognizer subheads = new SubheadRecognizer();
    private final double threshold;

    public ClaimExtractor(ModalityClassifier modality, CheckWorthinessScorer scorer, SpeakerResolver speakers,
                          double threshold) {
        this.modality = modality;
        this.scorer = scorer;
        this.speakers = speakers;
        this.threshold = threshold;
    }

    public ClaimExtractor(double threshold) {
        this(new ModalityClassifier(), new CheckWorthinessScorer(), new SpeakerResolver(), threshold);
    }

    public List<Claim> extract(String text, List<Sentence> sentences, List<EntityMention> mentions,
                               List<TimeExpression> times, List<Quantity> quantities, List<Quote> quotes) {
        return extract(text, sentences, mentions, times, quantities, quotes, "en");
    }

    /**
     * As {@link #extract(String, List, List, List, List, List)} for a text in {@code language}: the
     * modality classifier reads English wording only, so a claim in another language is ASSERTED rather
     * than given a modality read from English words that happen to occur in it.
     */
    public List<Claim> extract(String text, List<Sentence> sentences, List<EntityMention> mentions,
                               List<TimeExpression> times, List<Quantity> quantities, List<Quote> quotes,
                               String language) {
        boolean english = isEnglish(language);
        List<Claim> claims = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!isStatement(s) || subheads.isSubhead(text, s)) {
                continue;
            }
            List<EntityMention> ents = within(mentions, s, EntityMention::start, EntityMention::end);
            List<TimeExpression> ts = within(times, s, TimeExpression::start, TimeExpression::end);
            List<Quantity> qs = within(quantities, s, Quantity::start, Quantity::end);
            Quote quote = quoteOf(quotes, s);
            String speakerId = quote == null ? null : quote.speakerId();
            double score = scorer.score(s, ents, ts, qs, quote, speakerId != null);
            if (score < threshold) {
                continue;
            }
            String sourcing = quote != null && quote.sourcing() != null ? quote.sourcing()
                    : speakers.sourcing(text, s.start(), s.end(), mentions);
            claims.add(new Claim("c" + claims.size(), s.index(), s.start(), s.end(), s.text(), speakerId, sourcing, ents,
                    ts, qs, quote, english ? modality.classify(s.text()) : Modality.ASSERTED, score));
        }
        return claims;
    }

    /** English, or not known to be anything else: the English-only readings apply. */
    public static boolean isEnglish(String language) {
        return language == null || language.equals("en") || language.equals("und");
    }

    /**
     * Questions, bylines, captions, credits, navigation and fragments of fewer than four words ("This.",
     * "Read on.") are not statements anyone can check.
     */
    static boolean isStatement(Sentence s) {
        String t = s.text().strip();
        if (t.endsWith("?") || NOT_A_STATEMENT.matcher(t).find()) {
            return false;
        }
        long words = dev.parallax.core.segment.WordCount.of(s.tokens(), true);
        return words >= 4;
    }

    /** The quotation a sentence carries: a direct quote overlapping it, else reported speech inside it. */
    private static Quote quoteOf(List<Quote> quotes, Sentence s) {
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : quotes) {
            int overlap = Math.min(q.end(), s.end()) - Math.max(q.start(), s.start());
            if (overlap > bestOverlap) {
                best = q;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Items (sorted by start) lying inside the sentence; a binary search keeps this linear overall. */
    private static <T> List<T> within(List<T> items, Sentence s, ToIntFunction<T> start, ToIntFunction<T> end) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < s.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<T> out = new ArrayList<>();
        for (int k = lo; k < items.size() && start.applyAsInt(items.get(k)) < s.end(); k++) {
            if (end.applyAsInt(items.get(k)) <= s.end()) {
                out.add(items.get(k));
            }
        }
        return out;
    }
}
