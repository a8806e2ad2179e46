package dev.parallax.comparator.report;

import java.util.List;

/**
 * One quotation of an account checked against the event's record (JSON contract: an event's {@code fidelity}).
 *
 * @param article      the account that quotes
 * @param quote        the quoted words (or the reported clause) as the account prints them; {@code article} is the account's
 * @param kind         DIRECT (in quote marks), INDIRECT (reported speech), TRANSCRIPT (a turn of a transcript)
 * @param speaker      to whom the account gives the words: an entity id, or null when it names no one
 * @param speakerWords the account's words for the speaker ("the prime minister"), or null
 * @param record       the record's passage the quote renders, or null for NOT_IN_RECORD
 * @param recordSpeaker to whom the record gives that passage: an entity id, or null (the record's own voice, an unnamed speaker)
 * @param recordSpeakerWords the record's words for that speaker (a transcript's turn label, "PRIME MINISTER STARMER"), or null
 * @param verdict      what the check found
 * @param similarity   how close the quote is to the record's passage (for NOT_IN_RECORD: to the nearest one), 0..1
 * @param nearest      for NOT_IN_RECORD, the record's nearest passage (null when nothing shares a word); else null
 * @param reasons      one line per finding: "a figure: 18 percent, the record 8 percent", "the record gives these words to ..."
 * @param discrepancy  the id of the discrepancy an ALTERED quote became, or null
 */
public record Fidelity(String article, Span quote, String kind, String speaker, String speakerWords, Span record,
                       String recordSpeaker, String recordSpeakerWords, FidelityVerdict verdict, double similarity, Span nearest, List<String> reasons,
                       String discrepancy) {
    public Fidelity {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** The same verdict linked to the discrepancy it became. */
    public Fidelity withDiscrepancy(String id) {
        return new Fidelity(article, quote, kind, speaker, speakerWords, record, recordSpeaker, recordSpeakerWords, verdict,
                similarity, nearest, reasons, id);
    }
}
