package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.db.DiscrepancyFilter;
import dev.parallax.db.DiscrepancyRepository;
import dev.parallax.db.DiscrepancyRow;
import dev.parallax.db.EventEntity;
import dev.parallax.db.EvidenceRow;
import dev.parallax.db.ReviewAuditRepository;
import dev.parallax.web.api.AuditEntry;
import dev.parallax.web.api.ClaimGroupRef;
import dev.parallax.web.api.DiscrepancyDetail;
import dev.parallax.web.api.DiscrepancyPage;
import dev.parallax.web.api.DiscrepancySummary;
import dev.parallax.web.api.EventDiscrepancies;
import dev.parallax.web.api.EventRef;
import dev.parallax.web.api.EvidenceView;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.api.ReviewHistory;
import dev.parallax.web.api.ReviewView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Reads discrepancies with their reviews, and review histories, as DTOs. */
@ApplicationScoped
public class ReviewQueryService {
    /** Code points of cleaned text shown before and after each piece of evidence. */
    static final int CONTEXT = 120;
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    private final DiscrepancyRepository discrepancies;
    private final ReviewAuditRepository audit;
    private final ObjectMapper json;

    public ReviewQueryService(DiscrepancyRepository discrepancies, ReviewAuditRepository audit, ObjectMapper json) {
        this.discrepancies = discrepancies;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public DiscrepancyPage list(DiscrepancyFilter filter, int offset, int limit) {
        List<DiscrepancyRow> rows = discrepancies.list(filter, offset, limit);
        long total = ListingTotal.of(rows.size(), offset, limit, () -> discrepancies.count(filter));
        return new DiscrepancyPage(summaries(rows, false), total, offset, limit);
    }

    /** An event's live discrepancies by rank, with evidence; 404 when there is no such event. */
    @Transactional
    public EventDiscrepancies ofEvent(String eventId, int offset, int limit) {
        EventEntity event = discrepancies.event(eventId)
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not Found", "no event with id " + eventId,
                        List.of()));
        DiscrepancyFilter filter = DiscrepancyFilter.ofEvent(eventId);
        List<DiscrepancyRow> rows = discrepancies.list(filter, offset, limit);
        long total = ListingTotal.of(rows.size(), offset, limit, () -> discrepancies.count(filter));
        return new EventDiscrepancies(new EventRef(event.publicId, event.label, event.eventDate),
                summaries(rows, true), total, offset, limit);
    }

    @Transactional
    public DiscrepancyDetail get(String fingerprint) {
        DiscrepancyRow row = find(fingerprint);
        List<EvidenceView> evidence = row.orphaned()
                ? snapshotEvidence(row.snapshot())
                : discrepancies.evidence(List.of(row.discrepancyId()), CONTEXT).stream()
                        .map(e -> new EvidenceView(e.articleId(), e.outlet(), e.title(), e.url(), e.text(), e.start(),
                                e.end(), e.before(), e.after(), utc(e.published())))
                        .toList();
        ClaimGroupRef group = row.claimGroup() == null ? null : new ClaimGroupRef(row.claimGroup(), row.claimGroupSummary());
        return new DiscrepancyDetail(row.fingerprint(), row.orphaned(), event(row), group, row.type(), row.severity(),
                row.rank(), row.summary(), evidence, review(row));
    }

    @Transactional
    public ReviewHistory history(String fingerprint) {
        find(fingerprint);
        List<AuditEntry> items = audit.history(fingerprint).stream()
                .map(a -> new AuditEntry(a.id, a.field, a.fromValue, a.toValue, a.note, a.actor,
                        a.at.withOffsetSameInstant(ZoneOffset.UTC)))
                .toList();
        return new ReviewHistory(fingerprint, items);
    }

    /** The live discrepancy or orphaned review with this fingerprint, else 404. */
    DiscrepancyRow find(String fingerprint) {
        if (fingerprint == null || !FINGERPRINT.matcher(fingerprint).matches()) {
            throw notFound(fingerprint);
        }
        return discrepancies.findByFingerprint(fingerprint).orElseThrow(() -> notFound(fingerprint));
    }

    static ProblemException notFound(String fingerprint) {
        return new ProblemException(404, "not-found", "Not Found", "no discrepancy or review with id " + fingerprint
                + " (a discrepancy's id is its 64-character fingerprint)", List.of());
    }

    private List<DiscrepancySummary> summaries(List<DiscrepancyRow> rows, boolean withEvidence) {
        List<Long> ids = rows.stream().map(DiscrepancyRow::discrepancyId).filter(Objects::nonNull).toList();
        Map<Long, List<EvidenceView>> evidence = new LinkedHashMap<>();
        for (EvidenceRow e : discrepancies.evidence(ids, 0)) {
            evidence.computeIfAbsent(e.discrepancyId(), k -> new ArrayList<>()).add(new EvidenceView(e.articleId(),
                    e.outlet(), e.title(), e.url(), e.text(), e.start(), e.end(), null, null, utc(e.published())));
        }
        List<DiscrepancySummary> items = new ArrayList<>(rows.size());
        for (DiscrepancyRow row : rows) {
            List<EvidenceView> spans = row.orphaned() ? snapshotEvidence(row.snapshot())
                    : evidence.getOrDefault(row.discrepancyId(), List.of());
            LinkedHashSet<String> outlets = new LinkedHashSet<>();
            spans.forEach(e -> {
                if (e.outlet() != null) {
                    outlets.add(e.outlet());
                }
            });
            items.add(new DiscrepancySummary(row.fingerprint(), event(row), row.claimGroup(), row.type(), row.severity(),
                    row.rank(), row.summary(), List.copyOf(outlets), review(row), row.orphaned(),
                    withEvidence ? spans : null));
        }
        return items;
    }

    static EventRef event(DiscrepancyRow row) {
        return row.event() == null ? null : new EventRef(row.event(), row.eventLabel(), row.eventDate());
    }

    static ReviewView review(DiscrepancyRow row) {
        return new ReviewView(row.status(), row.verdict(), row.note(), row.assignee(), row.version(), row.reviewedAt(),
                row.reviewedBy());
    }

    /** Evidence as the snapshot remembers it; tolerant of missing fields. */
    List<EvidenceView> snapshotEvidence(String snapshot) {
        List<EvidenceView> views = new ArrayList<>();
        if (snapshot == null) {
            return views;
        }
        try {
            JsonNode evidence = json.readTree(snapshot).path("evidence");
            for (JsonNode e : evidence) {
                views.add(new EvidenceView(text(e, "article"), text(e, "outlet"), text(e, "title"), text(e, "url"),
                        text(e, "text"), e.path("start").asInt(), e.path("end").asInt(), null, null, null));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a review snapshot is not JSON", e);
        }
        return views;
    }

    private static java.time.OffsetDateTime utc(java.time.OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
