package dev.parallax.comparator.record;

/**
 * How quotations are checked against an event's record.
 *
 * @param renderThreshold      how much of a quotation's words (by weight, or as one run in order) a record's passage
 *                             must hold to be the passage it renders; below it the quotation is NOT_IN_RECORD
 * @param reportedThreshold    the same for a clause of reported speech Parallax found itself (not a quotation core
 *                             read): it must render a passage more closely to count as a quotation at all
 * @param minReportedWords     how many of its words (by key) a reported clause must share with the passage
 * @param minReportedRun       reported speech that keeps this many of the record's words in a row renders it, however
 *                             much the account wraps around them
 * @param strongThreshold      how closely another speaker's passage must render a quotation for the record to give the
 *                             words to that speaker (ALTERED), rather than the quotation being no passage of the record
 * @param speakerMargin        how much more closely another speaker's passage must render a quotation than the account's
 *                             speaker's best one for the record to give the words to that other speaker
 * @param verbatimOnlyKeys     a quotation with at most this many content words is placed only word for word: "not about
 *                             China" shares a word with many passages and renders none
 * @param shortQuoteKeys       a quotation with at most this many content words that differs from the passage in a name or
 *                             a word of scope is ALTERED only when that is the one place it differs: else it is another
 *                             sentence on a like subject
 * @param maxWindow            most consecutive sentences of one turn a quotation may render
 * @param maxSeeds             most passages (those sharing most words) a quotation is tried against
 * @param maxRunChecks         most windows whose word order is compared
 * @param approximateTolerance relative difference within which an approximate figure ("about 90") agrees
 * @param vocabulary           word families, scope ladders and modal words
 */
public record FidelityRules(double renderThreshold, double reportedThreshold, int minReportedWords, int minReportedRun,
                            double strongThreshold, double speakerMargin,
                            int verbatimOnlyKeys, int shortQuoteKeys, int maxWindow, int maxSeeds, int maxRunChecks, double approximateTolerance,
                            Vocabulary vocabulary) {
    public static FidelityRules defaults() {
        return new FidelityRules(0.5, 0.55, 3, 6, 0.75, 0.2, 2, 6, 3, 12, 4, 0.15, Vocabulary.defaults());
    }
}
