package dev.parallax.web.page;

import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Fidelity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The event page's "Against the record": each quotation of an account beside the record's passage it
 * renders, the words that differ marked on both sides (deleted: the record's words the quote lacks;
 * inserted: the quote's words the record lacks; changed: both), the verdict, how close they are, and
 * for an altered quotation the discrepancy to review. Pieces are plain text; the template escapes them.
 *
 * @param records the record's accounts by column name
 * @param rows    one per quotation, the altered first
 */
public record RecordView(List<Source> records, List<Row> rows) {
    /** Quotations longer than this many words are shown without marks rather than diffed. */
    private static final int MAX_DIFF_TOKENS = 600;
    private static final PassageDiffer DIFFER = new PassageDiffer(new WordDiffer(MAX_DIFF_TOKENS));

    /** An account named as the page's columns name it. */
    public record Source(String id, String column) {}

    /**
     * @param verdict     VERBATIM, FAITHFUL, ALTERED or NOT_IN_RECORD
     * @param verdictText the verdict in words ("not in the record")
     * @param similarity  0..1 as a percentage
     * @param speaker     to whom the account gives the words, as it names them, or null
     * @param record      the record's passage (for NOT_IN_RECORD: its nearest one), or null
     * @param nearest     true when {@code record} is only the nearest passage, not one the quote renders
     * @param fingerprint the discrepancy an altered quote became, or null
     */
    public record Row(int number, Source account, String speaker, List<DiffView.Piece> quote, Source recordAccount,
                      String recordSpeaker, List<DiffView.Piece> record, boolean nearest, String verdict,
                      String verdictText, int similarity, List<String> reasons, String fingerprint) {
        public String anchor() {
            return "quote-" + number;
        }
    }

    public boolean hasRecord() {
        return !records.isEmpty();
    }

    /** How many quotations got each verdict, in words, the altered first: "1 altered, 3 verbatim". */
    public String counts() {
        java.util.Map<String, Integer> n = new java.util.LinkedHashMap<>();
        rows.forEach(r -> n.merge(r.verdictText(), 1, Integer::sum));
        return String.join(", ", n.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    }

    /**
     * @param columnOf the page's column name of an account (its outlet and day)
     * @param nameOf   a person's name by entity id, or null when unknown
     */
    public static RecordView of(Event event, Function<String, String> columnOf, Function<String, String> nameOf) {
        List<Source> records = event.reference().stream().map(id -> new Source(id, columnOf.apply(id))).toList();
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (Fidelity f : event.fidelity()) {
            var passage = f.record() != null ? f.record() : f.nearest();
            List<List<DiffView.Piece>> sides = passage == null
                    ? List.of(List.of(new DiffView.Piece(f.quote().text(), "")), List.of())
                    : pieces(passage.text(), f.quote().text(), f.record() != null);
            rows.add(new Row(++number, new Source(f.article(), columnOf.apply(f.article())), speaker(f, nameOf),
                    sides.get(0), passage == null ? null : new Source(passage.article(), columnOf.apply(passage.article())),
                    f.recordSpeakerWords(), sides.get(1), f.record() == null && passage != null, f.verdict().name(),
                    f.verdict().name().replace('_', ' ').toLowerCase(Locale.ROOT).replace("not in record", "not in the record"),
                    (int) Math.round(f.similarity() * 100), f.reasons(), f.discrepancy()));
        }
        return new RecordView(records, rows);
    }

    /** Whom the account quotes: the person's name when it is known ("he" says little on its own), else its words. */
    private static String speaker(Fidelity f, Function<String, String> nameOf) {
        String name = f.speaker() == null ? null : nameOf.apply(f.speaker());
        return name != null ? name : f.speakerWords();
    }

    /** [quote pieces, record pieces]; marked only where the quote renders the passage. */
    private static List<List<DiffView.Piece>> pieces(String record, String quote, boolean mark) {
        if (!mark) {
            return List.of(List.of(new DiffView.Piece(quote, "")), List.of(new DiffView.Piece(record, "")));
        }
        PassageDiffer.Result diff = DIFFER.diff(record, 0, record.length(), quote, 0, quote.length());
        if (diff.truncated()) {
            return List.of(List.of(new DiffView.Piece(quote, "")), List.of(new DiffView.Piece(record, "")));
        }
        List<DiffView.Piece> left = new ArrayList<>(), right = new ArrayList<>();
        int l = 0, r = 0;
        for (WordChange c : diff.changes()) {
            if (c.leftStart() >= 0) {
                l = add(left, record, l, c.leftStart(), c.leftEnd(), css(c, true));
            }
            if (c.rightStart() >= 0) {
                r = add(right, quote, r, c.rightStart(), c.rightEnd(), css(c, false));
            }
        }
        add(left, record, l, record.length(), record.length(), "");
        add(right, quote, r, quote.length(), quote.length(), "");
        return List.of(right, left);
    }

    /** Adds the text before the run as plain and the run itself with {@code css}; answers where it ended. */
    private static int add(List<DiffView.Piece> pieces, String text, int at, int start, int end, String css) {
        start = Math.max(at, Math.min(start, text.length()));
        end = Math.max(start, Math.min(end, text.length()));
        if (start > at) {
            pieces.add(new DiffView.Piece(text.substring(at, start), ""));
        }
        if (end > start) {
            pieces.add(new DiffView.Piece(text.substring(start, end), css));
        }
        return end;
    }

    private static String css(WordChange c, boolean recordSide) {
        if (c.spellingOnly() && c.kind() != WordDiffer.Kind.EQUAL) {
            return "spelling";
        }
        return switch (c.kind()) {
            case EQUAL -> "";
            case DELETE -> recordSide ? "del" : "";
            case INSERT -> recordSide ? "" : "ins";
            case CHANGE -> recordSide ? "del" : "ins";
        };
    }
}
