package dev.parallax.db;

/** One account's exact words for a discrepancy; offsets in code points into the article's cleaned text. */
public record EvidenceSpanRow(String articleId, String text, int start, int end) {}
