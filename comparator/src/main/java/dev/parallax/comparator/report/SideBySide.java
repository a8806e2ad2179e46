package dev.parallax.comparator.report;

import java.util.List;

/**
 * Two accounts of an event, sentence by sentence: rows aligned monotonically by similarity, a row with
 * one side null where an account has no counterpart sentence.
 */
public record SideBySide(String left, String right, List<Row> rows, List<String> warnings) {
    public SideBySide {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** One row: a sentence of each side (either may be null) and the word changes between them. */
    public record Row(Span left, Span right, double similarity, List<InlineChange> changes) {
        public Row {
            changes = List.copyOf(changes);
        }
    }

    public enum ChangeKind { EQUAL, INSERT, DELETE, CHANGE }

    /**
     * A run of words: offsets are code points into each article's text, -1 when that side is empty.
     *
     * @param spellingOnly the words differ only by spelling or transliteration
     */
    public record InlineChange(ChangeKind kind, String left, int leftStart, int leftEnd, String right, int rightStart,
                               int rightEnd, boolean spellingOnly) {}
}
