package dev.parallax.core;

import dev.parallax.core.entity.LinkerConfig;

/**
 * The numbers that tune analysis, in one place.
 *
 * @param linker           fuzzy and unknown-name similarity thresholds
 * @param maxSentenceChars longer sentences are cut, so work stays linear on pathological input
 * @param claimThreshold   sentences scoring below this check-worthiness do not become claims
 */
public record AnalysisThresholds(LinkerConfig linker, int maxSentenceChars, double claimThreshold) {
    public static AnalysisThresholds defaults() {
        return new AnalysisThresholds(LinkerConfig.defaults(), 4000, 0.3);
    }
}
