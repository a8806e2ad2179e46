package dev.parallax.core.meaning;

import java.util.Set;

/**
 * What {@link SpanEmbedder} embeds of one article, so long articles stay bounded: every span costs
 * a run of the sentence model (about 0.1 ms of CPU per word piece here), far more than the rest of
 * analysis. See docs/benchmarks.md for what the defaults cost.
 *
 * @param leadChars        the lead is the title plus whole opening sentences up to about this many characters
 * @param maxClaims        most claims embedded per article, the most check-worthy first
 * @param maxQuotes        most quotes embedded per article, in text order
 * @param sentenceLanguages languages (ISO 639-1) whose claims and quotes are embedded; other accounts get
 *                         a lead vector only (names and figures carry across languages, sentences do not)
 */
public record MeaningLimits(int leadChars, int maxClaims, int maxQuotes, Set<String> sentenceLanguages) {
    public MeaningLimits {
        if (leadChars < 0 || maxClaims < 0 || maxQuotes < 0) {
            throw new IllegalArgumentException("meaning limits cannot be negative");
        }
        sentenceLanguages = Set.copyOf(sentenceLanguages);
    }

    /**
     * A lead of about 300 characters (the title and the opening sentence, the news lede), 5 claims and 3
     * quotes of English accounts; the lead alone of others. Chosen by measurement (docs/benchmarks.md):
     * about 37 ms of CPU per generated 4 KB article, where a 600-character lead costs 7 ms more and
     * every claim and quote 148 ms.
     */
    public static MeaningLimits defaults() {
        return new MeaningLimits(300, 5, 3, Set.of("en"));
    }

    public MeaningLimits withLeadChars(int chars) {
        return new MeaningLimits(chars, maxClaims, maxQuotes, sentenceLanguages);
    }

    public MeaningLimits withMaxClaims(int claims) {
        return new MeaningLimits(leadChars, claims, maxQuotes, sentenceLanguages);
    }

    public MeaningLimits withMaxQuotes(int quotes) {
        return new MeaningLimits(leadChars, maxClaims, quotes, sentenceLanguages);
    }
}
