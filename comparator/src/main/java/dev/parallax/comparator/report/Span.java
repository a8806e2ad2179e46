package dev.parallax.comparator.report;

/**
 * Exact words of one account: {@code start}/{@code end} are Unicode code point offsets (end exclusive)
 * into the article's cleaned text, as the JSON contract speaks.
 */
public record Span(String article, String text, int start, int end) {}
