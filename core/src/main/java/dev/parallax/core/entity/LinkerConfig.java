package dev.parallax.core.entity;

/**
 * Thresholds of the entity linker.
 *
 * @param fuzzyThreshold   Jaro-Winkler similarity (0..1) of folded names above which a variant the
 *                         gazetteer does not list is linked to a known entity
 * @param unknownThreshold similarity above which two unknown names are taken to be one entity
 * @param minFuzzyLength   shorter words are never matched fuzzily (too many accidental hits)
 */
public record LinkerConfig(double fuzzyThreshold, double unknownThreshold, int minFuzzyLength) {
    public static LinkerConfig defaults() {
        return new LinkerConfig(0.90, 0.92, 4);
    }
}
