package dev.parallax.core.quote;

import dev.parallax.core.model.Quote;
import java.util.List;

/** The quotations of an article and what looked wrong while finding them (unmatched quote marks). */
public record QuoteExtraction(List<Quote> quotes, List<String> warnings) {
    public QuoteExtraction {
        quotes = List.copyOf(quotes);
        warnings = List.copyOf(warnings);
    }
}
