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
                              List<String> warnings, OffsetDateTime updatedAt) {}

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
