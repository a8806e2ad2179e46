package dev.parallax.comparator.report;

import java.util.List;

/**
 * Accounts of one event, their aligned claims and the discrepancies found between them. {@code date} is ISO or null.
 *
 * @param reference the accounts that are the event's official record (a transcript, a readout, a joint statement)
 * @param fidelity  every quotation of the other accounts checked against the record; empty without a record
 */
public record Event(String id, String label, String date, List<String> places, List<String> participants,
                    List<String> articles, List<ClaimGroup> claimGroups, List<Discrepancy> discrepancies,
                    List<String> reference, List<Fidelity> fidelity) {
    public Event {
        places = List.copyOf(places);
        participants = List.copyOf(participants);
        articles = List.copyOf(articles);
        claimGroups = List.copyOf(claimGroups);
        discrepancies = List.copyOf(discrepancies);
        reference = reference == null ? List.of() : List.copyOf(reference);
        fidelity = fidelity == null ? List.of() : List.copyOf(fidelity);
    }

    /** An event without a record. */
    public Event(String id, String label, String date, List<String> places, List<String> participants,
                 List<String> articles, List<ClaimGroup> claimGroups, List<Discrepancy> discrepancies) {
        this(id, label, date, places, participants, articles, claimGroups, discrepancies, List.of(), List.of());
    }
}
