package dev.parallax.comparator;

/**
 * Every threshold, weight and limit the comparison uses, passed in rather than hidden.
 */
public record ComparisonConfig(EventRules events, AlignmentRules alignment, DetectorRules detectors, Limits limits,
                               dev.parallax.comparator.record.FidelityRules fidelity) {

    /** The rules with the default fidelity check against a record. */
    public ComparisonConfig(EventRules events, AlignmentRules alignment, DetectorRules detectors, Limits limits) {
        this(events, alignment, detectors, limits, dev.parallax.comparator.record.FidelityRules.defaults());
    }

    /**
     * How accounts are grouped into events: a logistic model scores each candidate pair of accounts
     * ({@link PairWeights}); accounts join by average link while the mean probability of every cross pair
     * stays at or above {@code threshold} and the event's days stay within {@code maxSpanDays}. The
     * weights and the threshold are fitted on labelled events ({@code GroupingCalibrator}), not set by hand.
     *
     * @param weights               the pair model
     * @param threshold             minimum average pair probability for two groups to join
     * @param attachThreshold       an account left alone joins the one event it is clearly closest to when its
     *                              mean probability over that event's accounts reaches this
     * @param dateToleranceDays     two accounts whose event days differ by more than this never join
     * @param maxSpanDays           an event's member days may not spread wider than this
     * @param termsPerArticle       how many of an account's highest TF-IDF terms it is compared on
     * @param maxCandidatesPerBlock how many date-nearest accounts of one block an account is compared with
     */
    public record EventRules(PairWeights weights, double threshold, double attachThreshold, int dateToleranceDays,
                             int maxSpanDays, int termsPerArticle, int maxCandidatesPerBlock) {
        public static EventRules defaults() {
            return new EventRules(PairWeights.defaults(), 0.7, 0.4, 2, 3, 64, 30);
        }

        public EventRules withThreshold(double newThreshold) {
            return new EventRules(weights, newThreshold, attachThreshold, dateToleranceDays, maxSpanDays, termsPerArticle,
                    maxCandidatesPerBlock);
        }

        public EventRules withAttachThreshold(double newThreshold) {
            return new EventRules(weights, threshold, newThreshold, dateToleranceDays, maxSpanDays, termsPerArticle,
                    maxCandidatesPerBlock);
        }

        public EventRules withWeights(PairWeights newWeights) {
            return new EventRules(newWeights, threshold, attachThreshold, dateToleranceDays, maxSpanDays, termsPerArticle,
                    maxCandidatesPerBlock);
        }
    }

    /**
     * Logistic weights of the features of a pair of accounts (see {@code PairFeatures}): the probability
     * that two accounts report one event is {@code 1 / (1 + exp(-(bias + sum weight * feature)))}.
     *
     * @param lead         cosine of the two leads' sentence embeddings (title and opening)
     * @param noLead       1 when the two leads cannot be compared by meaning (no vectors, or other languages)
     * @param words        TF-IDF cosine of the accounts' words
     * @param people       overlap of the main people (shared / the fewer of the two)
     * @param noPeople     1 when either names no known person
     * @param places       overlap of the places where they say it happened
     * @param things       overlap of the other names (bodies, documents, weapon systems)
     * @param sameDay      1 when both are dated and their event days agree
     * @param dayApart     1 when they are one day apart
     * @param daysApart    1 when they are two or more days apart (within the tolerance)
     * @param undated      1 when either has no day at all
     * @param sameLanguage 1 when both are written in the same language
     * @param specifics    the words few accounts of the batch use that both use (a figure, a name, a document),
     *                     four or more counting fully
     * @param dateHint     for a pair where a day is missing: 1 when what the undated account says of its day
     *                     ("June 12", "the 8th") agrees with the other's, 0.5 when a weekday it names fits
     */
    public record PairWeights(double bias, double lead, double noLead, double words, double people, double noPeople,
                              double places, double things, double sameDay, double dayApart, double daysApart,
                              double undated, double sameLanguage, double specifics, double dateHint) {
        public static PairWeights defaults() {
            return new PairWeights(-1.82, 0.37, 0.63, 0.35, 1.91, 0.29, 0.99, 0.83, 1.42, 0.92, -0.60, -1.75, -0.14, 2.39, 1.53);
        }

        public double[] asArray() {
            return new double[] {bias, lead, noLead, words, people, noPeople, places, things, sameDay, dayApart, daysApart,
                    undated, sameLanguage, specifics, dateHint};
        }

        public static PairWeights of(double[] w) {
            return new PairWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12], w[13], w[14]);
        }

        public static final java.util.List<String> NAMES = java.util.List.of("bias", "lead", "noLead", "words", "people",
                "noPeople", "places", "things", "sameDay", "dayApart", "daysApart", "undated", "sameLanguage", "specifics", "dateHint");
    }

    /**
     * How claims are aligned across accounts and copies recognised. Two statements of accounts in one
     * language with sentence embeddings are compared by meaning (cosine, with a share of word overlap);
     * without embeddings by word overlap alone. A pair aligns only when each is the other's best match in
     * its account (or within {@code margin} of it), so a statement lines up with the one that says the same
     * thing, not with every sentence on the topic. Accounts in different languages are not aligned.
     *
     * @param pairThreshold     minimum word similarity for two statements without embeddings to seed or extend a group
     * @param joinThreshold     minimum average similarity of a statement to every member of the group it joins
     * @param speakerBonus      added when both statements name the same speaker
     * @param wireCopyThreshold Jaccard of 5-word shingles above which two accounts are copies of one source
     * @param meaningThreshold  minimum combined similarity for two statements with embeddings
     * @param wordShare         share of word overlap in the combined similarity (the rest is the cosine)
     * @param margin            how far below its best match a statement's partner may score and still align
     */
    public record AlignmentRules(double pairThreshold, double joinThreshold, double speakerBonus,
                                 double wireCopyThreshold, double meaningThreshold, double wordShare, double margin) {
        public static AlignmentRules defaults() {
            return new AlignmentRules(0.36, 0.3, 0.12, 0.5, 0.58, 0.25, 0.02);
        }
    }

    /**
     * What the detectors count as a discrepancy.
     *
     * @param omissionMinCheckWorthiness only claims at least this check-worthy are reported missing
     * @param omissionMajority           share of independent sources that must carry a claim before its absence counts
     * @param omissionMinSources         fewer independent sources than this and omissions are not judged
     * @param approximateTolerance       relative tolerance between an approximate figure and another
     */
    public record DetectorRules(double omissionMinCheckWorthiness, double omissionMajority, int omissionMinSources,
                                double approximateTolerance) {
        public static DetectorRules defaults() {
            return new DetectorRules(0.5, 0.5, 3, 0.15);
        }
    }

    /**
     * Bounds that keep pathological input from hanging; each one hit leaves a warning in the report.
     */
    public record Limits(int maxDiffTokens, int maxClaimsPerArticle, int maxAccountsPerEvent, int maxWordsPerClaim,
                         int maxSentencesPerSide, int maxShinglesPerArticle) {
        public static Limits defaults() {
            return new Limits(400, 400, 50, 600, 1500, 256);
        }
    }

    public static ComparisonConfig defaults() {
        return new ComparisonConfig(EventRules.defaults(), AlignmentRules.defaults(), DetectorRules.defaults(),
                Limits.defaults(), dev.parallax.comparator.record.FidelityRules.defaults());
    }
}
