package dev.parallax.core.meaning;

import java.util.Set;

/**
 * What {@link SpanEmbedder} embeds of one article, so long articles stay bounded: every span costs
 * a run of the sentence model (about 0.1 ms of CPU per word piece here), far more than the rest of
 * analysis. See docs/benchmarks.md for what the defaults cost.
 *
 * @param leadChars        the lead is the title plus whole opening sentences up to about this many characters
 * @param maxStatements    most statements (sentences that state something) embedded per article, in text order:
 *                         news says what matters first, and comparison aligns statements by meaning
 * @param maxQuotes        most quotes embedded on their own per article, in text order (a quote is also read
 *                         through the statement that carries it)
 * @param sentenceLanguages languages (ISO 639-1) whose claims and quotes are embedded; other accounts get
 *                         a lead vector only (names and figures carry across languages, sentences do not)
 */
public record MeaningLimits(int leadChars, int maxStatements, int maxQuotes, Set<String> sentenceLanguages) {
    public MeaningLimits {
        if (leadChars < 0 || maxStatements < 0 || maxQuotes < 0) {
            throw new IllegalArgumentException("meaning limits cannot be negative");
        }
        sentenceLanguages = Set.copyOf(sentenceLanguages);
    }

    /**
     * A lead of about 300 characters (the title and the opening sentence, the news lede) and the first 9
     * statements of English accounts; the lead alone of others. Chosen by measurement (docs/benchmarks.md):
     * every span costs a run of the model (about 3.5 ms of CPU for a sentence here), and analysis must
     * keep 50 articles a second on two cores, about 40 ms of CPU per article. On real coverage the first
     * statements align as well as all of them do (docs/evaluation.md); quotes are read through the statement
     * that carries them.
     */
    public static MeaningLimits defaults() {
        return new MeaningLimits(300, 9, 0, Set.of("en"));
    }

    public MeaningLimits withLeadChars(int chars) {
        return new MeaningLimits(chars, maxStatements, maxQuotes, sentenceLanguages);
    }

    public MeaningLimits withMaxStatements(int statements) {
        return new MeaningLimits(leadChars, statements, maxQuotes, sentenceLanguages);
    }

    public MeaningLimits withMaxQuotes(int quotes) {
        return new MeaningLimits(leadChars, maxStatements, quotes, sentenceLanguages);
    }
}
