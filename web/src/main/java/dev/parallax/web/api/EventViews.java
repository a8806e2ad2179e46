package dev.parallax.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parallax.comparator.report.SideBySide;
import dev.parallax.comparator.report.Span;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the event, alignment and diff endpoints answer: records, never entities. */
public final class EventViews {
    private EventViews() {}

    /** An event in a listing. {@code date} is the day it happened (ISO) or null. */
    public record EventSummary(String id, String label, String date, List<String> places, List<String> participants,
                               int articleCount, int outletCount, long discrepancyCount, OffsetDateTime updatedAt) {}

    /** One page of events; {@code total} counts every match. */
    public record EventPage(@Schema(required = true) List<EventSummary> items, @Schema(required = true) long total, @Schema(required = true) int offset, @Schema(required = true) int limit) {}

    /** An account of an event. */
    public record Account(String id, String outlet, String title, String url, OffsetDateTime published) {}

    /** How many discrepancies an event has, by type and by review status (not yet reviewed counts as open). */
    public record DiscrepancyCounts(long total, Map<String, Long> byType, Map<String, Long> byStatus) {}

    public record EventDetail(String id, String label, String date, List<String> places, List<String> participants,
                              List<Account> articles, int articleCount, int outletCount, DiscrepancyCounts discrepancies,
                              List<String> warnings, OffsetDateTime updatedAt,
                              @Schema(required = true, description = "ids of the accounts that are the event's official record; empty without one")
                              List<String> reference,
                              @Schema(required = true, description = "every quotation of the other accounts checked against the record, altered first")
                              List<FidelityView> fidelity) {}

    /** Words of an account: {@code start}/{@code end} are code points into its cleaned text, end exclusive. */
    public record Quote(@Schema(required = true) String text, @Schema(required = true) int start,
                        @Schema(required = true) int end) {}

    /**
     * One quotation of an account checked against the event's official record.
     *
     * @param article     the account that quotes
     * @param kind        DIRECT (in quote marks), INDIRECT (reported speech), TRANSCRIPT (a transcript's turn)
     * @param speaker     to whom the account gives the words (an entity id), or null
     * @param record      the record's passage the quote renders, or null for NOT_IN_RECORD
     * @param similarity  how close quote and passage are (for NOT_IN_RECORD: to the nearest passage), 0..1
     * @param nearest     for NOT_IN_RECORD, the record's nearest passage, or null
     * @param reasons     what differs, one line each ("a figure: 18 percent, the record 8 percent")
     * @param discrepancy the id of the discrepancy an ALTERED quote became (GET /api/discrepancies/{id}), or null
     */
    public record FidelityView(@Schema(required = true) String article, @Schema(required = true) Quote quote,
                               @Schema(nullable = true) String kind, @Schema(nullable = true) String speaker,
                               @Schema(nullable = true) String speakerWords, @Schema(nullable = true) Span record,
                               @Schema(nullable = true) String recordSpeaker, @Schema(nullable = true) String recordSpeakerWords,
                               @Schema(required = true, enumeration = {"VERBATIM", "FAITHFUL", "ALTERED", "NOT_IN_RECORD"}) String verdict,
                               @Schema(required = true) double similarity, @Schema(nullable = true) Span nearest,
                               @Schema(required = true) List<String> reasons, @Schema(nullable = true) String discrepancy) {}

    /**
     * Claims of several accounts that report one fact or statement.
     *
     * @param copies      groups of member accounts that are near-copies of one source
     * @param independent how many independent sources carry it
     */
    public record ClaimGroupView(String id, int position, String summary, List<Span> members, List<List<String>> copies,
                                 int independent) {}

    /** Columns are the event's accounts, rows its claim groups; a cell is null where an account has no such claim. */
    public record Alignment(String event, List<Account> columns, List<AlignmentRow> rows) {}

    public record AlignmentRow(String claimGroup, String summary, List<Cell> cells) {}

    /**
     * One account's wording of a claim group. {@code changes} compares it with the group's first member
     * (the reference, whose own changes are empty).
     */
    public record Cell(String text, int start, int end, boolean reference, List<Change> changes) {}

    /** A run of words that differs from the reference: {@code from} the reference's words, {@code to} this cell's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(String kind, String from, String to, boolean spellingOnly) {}

    /** Two stored accounts side by side, sentence by sentence, with inline word changes. */
    public record Diff(Account left, Account right, List<SideBySide.Row> rows, List<String> warnings) {}
}
