package dev.parallax.comparator.align;

import java.util.List;

/** Claims of different accounts reporting the same fact; at most one claim per account, sorted by account. */
public record AlignedGroup(List<ClaimRef> members) {
    public AlignedGroup {
        members = List.copyOf(members);
    }
}
