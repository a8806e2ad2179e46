package dev.parallax.comparator.report;

/**
 * How an account's quotation stands against the official record of its event.
 *
 * <ul>
 *   <li>{@code VERBATIM}: the record's words (case, punctuation and quote marks aside)</li>
 *   <li>{@code FAITHFUL}: other words with the same content: figures, names, negation and modality agree</li>
 *   <li>{@code ALTERED}: the passage is there but a figure, name, negation, modality or scope differs, or the
 *       record gives the words to another speaker</li>
 *   <li>{@code NOT_IN_RECORD}: nothing in the record Parallax holds renders it</li>
 * </ul>
 * Declaration order is the order a reviewer reads them in: the altered first.
 */
public enum FidelityVerdict { ALTERED, NOT_IN_RECORD, FAITHFUL, VERBATIM }
