package dev.parallax.comparator.report;

import java.util.List;

/**
 * Claims of different accounts that report the same fact or statement.
 *
 * @param copies       clusters of member accounts that are near-copies of one source (wire copy); each
 *                     inner list has at least two article ids
 * @param independent  how many independent sources carry the claim (a copy cluster counts once)
 */
public record ClaimGroup(String id, String summary, List<Span> members, List<List<String>> copies, int independent) {
    public ClaimGroup {
        members = List.copyOf(members);
        copies = copies.stream().map(List::copyOf).toList();
    }
}
