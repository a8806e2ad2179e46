package dev.parallax.core.model;

/**
 * DIRECT: words in quote marks; INDIRECT: reported speech ("X said that ..."); TRANSCRIPT: a passage of a
 * transcript's turn ("PRESIDENT BIDEN: ..."), the speaker's own words as the record has them, one quote per
 * paragraph of the turn.
 */
public enum QuoteKind { DIRECT, INDIRECT, TRANSCRIPT }
