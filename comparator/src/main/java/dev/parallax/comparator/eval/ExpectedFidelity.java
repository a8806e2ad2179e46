package dev.parallax.comparator.eval;

import dev.parallax.comparator.report.FidelityVerdict;

/**
 * One quotation's expected verdict against its event's record, from expected.json's {@code fidelity}.
 *
 * @param account the account's file name
 * @param quote   the quoted words as the account prints them (a substring of its cleaned text)
 * @param record  the record's sentence the quote renders, or null (exactly when NOT_IN_RECORD)
 * @param speaker to whom the account gives the words, for reading; may be null
 */
public record ExpectedFidelity(String account, String quote, FidelityVerdict verdict, String record, String speaker, String note) {}
