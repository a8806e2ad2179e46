package dev.parallax.web.service;

import java.util.function.LongSupplier;

/** The total of a paged listing, counted only when the page cannot tell it. */
final class ListingTotal {
    private ListingTotal() {}

    /**
     * Fewer rows than asked for (and not an empty page past the end) means this page is the last, so
     * the total is known without {@code count}, the query that counts every matching row.
     */
    static long of(int found, int offset, int limit, LongSupplier count) {
        return found < limit && (offset == 0 || found > 0) ? offset + found : count.getAsLong();
    }
}
