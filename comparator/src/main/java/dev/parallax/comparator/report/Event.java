package dev.parallax.comparator.report;

import java.util.List;

/** Accounts of one event, their aligned claims and the discrepancies found between them. {@code date} is ISO or null. */
public record Event(String id, String label, String date, List<String> places, List<String> participants,
                    List<String> articles, List<ClaimGroup> claimGroups, List<Discrepancy> discrepancies) {
    public Event {
        places = List.copyOf(places);
        participants = List.copyOf(participants);
        articles = List.copyOf(articles);
        claimGroups = List.copyOf(claimGroups);
        discrepancies = List.copyOf(discrepancies);
    }
}
