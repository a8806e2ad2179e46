package dev.parallax.db;

import java.time.OffsetDateTime;

/**
 * Which articles to list. Null fields do not filter.
 *
 * @param outlet        exact outlet name
 * @param publishedFrom inclusive lower bound
 * @param publishedTo   exclusive upper bound
 * @param query         PostgreSQL web-search syntax: words, "quoted phrases", or, -excluded
 * @param unassigned    true: only accounts in no event; false: only accounts in one
 */
public record ArticleFilter(String outlet, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, String query,
                            Boolean unassigned) {
    public ArticleFilter(String outlet, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, String query) {
        this(outlet, publishedFrom, publishedTo, query, null);
    }
}
