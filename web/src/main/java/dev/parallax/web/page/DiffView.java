package dev.parallax.web.page;

import dev.parallax.comparator.report.SideBySide;
import dev.parallax.comparator.report.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A side-by-side comparison ready to show: each row's sentences cut into runs marked equal,
 * deleted, inserted, changed or spelling-only, and the places that differ in substance numbered,
 * so the page can jump from change to change.
 */
public record DiffView(List<Row> rows, int changes, List<String> warnings) {

    /** {@code css}: "" (equal), "del", "ins", "chg" or "spelling". */
    public record Piece(String text, String css) {}

    /**
     * @param change 1-based number of this row among the stops from change to change, or 0
     * @param kind   "same", "changed", "spelling", "left-only" or "right-only"
     */
    public record Row(List<Piece> left, List<Piece> right, String kind, int change, int nextChange, int previousChange) {
        public String anchor() {
            return change > 0 ? "change-" + change : null;
        }
    }

    public static DiffView of(SideBySide view) {
        List<String> kinds = view.rows().stream().map(DiffView::kind).toList();
        List<Boolean> stops = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            stops.add(stop(kinds, i));
        }
        int changes = (int) stops.stream().filter(b -> b).count();
        List<Row> rows = new ArrayList<>();
        int change = 0;
        for (int i = 0; i < kinds.size(); i++) {
            SideBySide.Row r = view.rows().get(i);
            int number = stops.get(i) ? ++change : 0;
            rows.add(new Row(pieces(r.left(), r, true), pieces(r.right(), r, false), kinds.get(i), number,
                    number > 0 && number < changes ? number + 1 : 0, number > 1 ? number - 1 : 0));
        }
        return new DiffView(rows, changes, view.warnings());
    }

    private static String kind(SideBySide.Row r) {
        if (r.left() == null) {
            return "right-only";
        }
        if (r.right() == null) {
            return "left-only";
        }
        if (r.changes().stream().anyMatch(c -> c.kind() != SideBySide.ChangeKind.EQUAL && !c.spellingOnly())) {
            return "changed";
        }
        return r.changes().stream().anyMatch(c -> c.kind() != SideBySide.ChangeKind.EQUAL) ? "spelling" : "same";
    }

    /**
     * Where jumping from change to change stops: every row changed in substance, and the first row
     * of a run of sentences only one side has. Spelling-only rows are muted, not stops.
     */
    private static boolean stop(List<String> kinds, int i) {
        String kind = kinds.get(i);
        if (kind.equals("changed")) {
            return true;
        }
        return kind.endsWith("-only") && (i == 0 || !kinds.get(i - 1).endsWith("-only"));
    }

    private static List<Piece> pieces(Span sentence, SideBySide.Row row, boolean leftSide) {
        List<Piece> pieces = new ArrayList<>();
        if (sentence == null) {
            return pieces;
        }
        String text = sentence.text();
        int cursor = 0;
        for (SideBySide.InlineChange c : row.changes()) {
            int start = leftSide ? c.leftStart() : c.rightStart();
            int end = leftSide ? c.leftEnd() : c.rightEnd();
            if (start < 0 || end < start) {
                continue;
            }
            int from = chars(text, start - sentence.start());
            int to = chars(text, end - sentence.start());
            if (from < cursor || to > text.length()) {
                // offsets out of order: show the sentence as it is rather than guess
                return List.of(new Piece(text, ""));
            }
            if (from > cursor) {
                pieces.add(new Piece(text.substring(cursor, from), ""));
            }
            pieces.add(new Piece(text.substring(from, to), css(c, leftSide)));
            cursor = to;
        }
        if (cursor < text.length()) {
            pieces.add(new Piece(text.substring(cursor), ""));
        }
        return pieces;
    }

    private static String css(SideBySide.InlineChange c, boolean leftSide) {
        return switch (c.kind()) {
            case EQUAL -> "";
            case DELETE -> "del";
            case INSERT -> "ins";
            case CHANGE -> c.spellingOnly() ? "spelling" : leftSide ? "del" : "ins";
        };
    }

    /** A code point offset within {@code text} as a char index, clamped to the text. */
    private static int chars(String text, int codePoints) {
        if (codePoints <= 0) {
            return 0;
        }
        int total = text.codePointCount(0, text.length());
        return codePoints >= total ? text.length() : text.offsetByCodePoints(0, codePoints);
    }
}
