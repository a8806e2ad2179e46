package dev.parallax.core.model;

/** How a mention was linked to its entity. */
public enum MatchKind {
    /** the canonical name as the gazetteer lists it */
    EXACT,
    /** a listed alias or transliteration */
    ALIAS,
    /** a variant the gazetteer does not list, matched by transliteration-aware similarity */
    FUZZY,
    /** a role phrase ("the Belarusian leader") resolved from context */
    ROLE,
    /** a name the gazetteer does not know; grouped with similar surfaces under a synthetic id */
    UNKNOWN
}
