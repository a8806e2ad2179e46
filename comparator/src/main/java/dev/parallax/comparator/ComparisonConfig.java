package dev.parallax.comparator;

/**
 * Every threshold, weight and limit the comparison uses, passed in rather than hidden.
 */
public record ComparisonConfig(EventRules events, AlignmentRules alignment, DetectorRules detectors, Limits limits) {

    /**
     * How accounts are grouped into events.
     *
     * @param threshold             minimum pair score (weighted text, entity and place similarity) to link two accounts
     * @param textWeight            weight of TF-IDF cosine over content words
     * @param entityWeight          weight of Jaccard overlap of linked entities
     * @param placeWeight           weight of a shared place
     * @param peopleWeight          weight of Jaccard overlap of the main participants (people)
     * @param dateWeight            weight of date agreement: 1 on the same day, falling off by a day apart
     * @param dateToleranceDays     two accounts whose event dates differ by more than this never join
     * @param maxSpanDays           an event's member dates may not spread wider than this
     * @param undatedPenalty        added to the threshold when one account has no usable date
     * @param termsPerArticle       how many of an account's highest TF-IDF terms it is compared on
     * @param maxCandidatesPerBlock how many date-nearest accounts of one block an account is compared with
     */
    public record EventRules(double threshold, double textWeight, double entityWeight, double placeWeight,
                             double peopleWeight, double dateWeight, int dateToleranceDays, int maxSpanDays, double undatedPenalty, int termsPerArticle,
                             int maxCandidatesPerBlock) {
        public static EventRules defaults() {
            return new EventRules(0.50, 0.35, 0.2, 0.1, 0.2, 0.15, 2, 3, 0.1, 64, 30);
        }
    }

    /**
     * How claims are aligned across accounts and copies recognised.
     *
     * @param pairThreshold     minimum similarity for two claims to seed or extend a group
     * @param joinThreshold     minimum average similarity of a claim to every member of the group it joins
     * @param speakerBonus      added when both claims name the same speaker
     * @param wireCopyThreshold Jaccard of 5-word shingles above which two accounts are copies of one source
     */
    public record AlignmentRules(double pairThreshold, double joinThreshold, double speakerBonus,
                                 double wireCopyThreshold) {
        public static AlignmentRules defaults() {
            return new AlignmentRules(0.36, 0.3, 0.12, 0.5);
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
                Limits.defaults());
    }
}
