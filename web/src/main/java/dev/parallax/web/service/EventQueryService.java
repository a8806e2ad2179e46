package dev.parallax.web.service;

import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer;
import dev.parallax.comparator.report.SideBySide;
import dev.parallax.comparator.report.Span;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.db.ClaimGroupEntity;
import dev.parallax.db.EventArticleRow;
import dev.parallax.db.EventFilter;
import dev.parallax.db.EventRepository;
import dev.parallax.db.EventRow;
import dev.parallax.web.api.EventViews.Account;
import dev.parallax.web.api.EventViews.Alignment;
import dev.parallax.web.api.EventViews.AlignmentRow;
import dev.parallax.web.api.EventViews.Cell;
import dev.parallax.web.api.EventViews.Change;
import dev.parallax.web.api.EventViews.ClaimGroupView;
import dev.parallax.web.api.EventViews.Diff;
import dev.parallax.web.api.EventViews.DiscrepancyCounts;
import dev.parallax.web.api.EventViews.EventDetail;
import dev.parallax.web.api.EventViews.EventPage;
import dev.parallax.web.api.EventViews.EventSummary;
import dev.parallax.web.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads stored events out as DTOs: listings, one event, its claim groups and alignment; diffs of two accounts. */
@ApplicationScoped
public class EventQueryService {
    private final EventRepository events;
    private final AnalysisService analysis;
    private final EventPipeline pipeline;
    private final StoredJson stored;
    private final PassageDiffer differ;

    private final StoredFidelity fidelity;

    public EventQueryService(EventRepository events, AnalysisService analysis, EventPipeline pipeline, StoredJson stored,
                             StoredFidelity fidelity) {
        this.fidelity = fidelity;
        this.events = events;
        this.analysis = analysis;
        this.pipeline = pipeline;
        this.stored = stored;
        this.differ = new PassageDiffer(new WordDiffer(pipeline.comparison().config().limits().maxDiffTokens()));
    }

    @Transactional
    public EventPage list(EventFilter filter, int offset, int limit) {
        List<EventSummary> items = events.list(filter, offset, limit).stream().map(this::summary).toList();
        long total = ListingTotal.of(items.size(), offset, limit, () -> events.count(filter));
        return new EventPage(items, total, offset, limit);
    }

    @Transactional
    public EventDetail get(String publicId) {
        EventRow row = row(publicId);
        Map<String, Map<String, Long>> counts = events.discrepancyCounts(row.id());
        var entity = events.findById(row.id());
        List<String> warnings = entity == null ? List.of() : stored.strings(entity.warnings);
        return new EventDetail(row.publicId(), row.label(), row.date() == null ? null : row.date().toString(),
                stored.strings(row.places()), stored.strings(row.participants()), accounts(row.id()), row.articleCount(),
                row.outletCount(), new DiscrepancyCounts(row.discrepancyCount(), counts.get("type"), counts.get("status")),
                warnings, row.updatedAt(), entity == null ? List.of() : stored.strings(entity.reference),
                fidelity.viewsOfEvent(row.id()));
    }

    @Transactional
    public List<ClaimGroupView> claimGroups(String publicId) {
        EventRow row = row(publicId);
        return events.claimGroups(row.id()).stream().map(this::group).toList();
    }

    @Transactional
    public Alignment alignment(String publicId) {
        EventRow row = row(publicId);
        List<Account> columns = accounts(row.id());
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            column.put(columns.get(i).id(), i);
        }
        List<AlignmentRow> rows = new ArrayList<>();
        for (ClaimGroupEntity g : events.claimGroups(row.id())) {
            List<Span> members = stored.spans(g.members);
            Cell[] cells = new Cell[columns.size()];
            Span reference = members.isEmpty() ? null : members.get(0);
            for (Span m : members) {
                Integer at = column.get(m.article());
                if (at == null || cells[at] != null) {
                    continue; // an account gone meanwhile, or its second claim in the group
                }
                boolean isReference = m == reference;
                cells[at] = new Cell(m.text(), m.start(), m.end(), isReference,
                        isReference ? List.of() : changes(reference.text(), m.text()));
            }
            rows.add(new AlignmentRow(g.publicId, g.summary, java.util.Arrays.asList(cells)));
        }
        return new Alignment(row.publicId(), columns, rows);
    }

    /** Two stored accounts side by side; 400 when both are one, 404 when either is unknown. */
    public Diff diff(String left, String right) {
        if (left == null || left.isBlank()) {
            throw ProblemException.badField("left", "is required: the id of a stored article");
        }
        if (right == null || right.isBlank()) {
            throw ProblemException.badField("right", "is required: the id of a stored article");
        }
        if (left.strip().equals(right.strip())) {
            throw ProblemException.badField("right", "must name another article than left");
        }
        AnalyzedArticle a = known("left", left.strip());
        AnalyzedArticle b = known("right", right.strip());
        SideBySide view = pipeline.comparison().sideBySide(a, b);
        return new Diff(account(a), account(b), view.rows(), view.warnings());
    }

    private AnalyzedArticle known(String field, String id) {
        AnalyzedArticle a = id.matches("[0-9a-f]{64}") ? analysis.analysis(id) : null;
        if (a == null) {
            throw new ProblemException(404, "not-found", "Not Found", field + ": no article with id " + id,
                    List.of(dev.parallax.web.api.Problem.Error.field(field, "no article with id " + id)));
        }
        return a;
    }

    private static Account account(AnalyzedArticle a) {
        var m = a.meta();
        return new Account(a.id(), m == null ? null : m.outlet(), m == null ? null : m.title(), m == null ? null : m.url(),
                m == null || m.published() == null ? null : m.published().withOffsetSameInstant(java.time.ZoneOffset.UTC));
    }

    private List<Change> changes(String reference, String text) {
        List<Change> changes = new ArrayList<>();
        for (WordChange c : differ.diff(reference, 0, reference.length(), text, 0, text.length()).changes()) {
            if (c.kind() != WordDiffer.Kind.EQUAL) {
                changes.add(new Change(c.kind().name(), c.left().isEmpty() ? null : c.left(),
                        c.right().isEmpty() ? null : c.right(), c.spellingOnly()));
            }
        }
        return changes;
    }

    private EventRow row(String publicId) {
        return events.row(publicId).orElseThrow(() -> new ProblemException(404, "not-found", "Not Found",
                "no event with id " + publicId, List.of()));
    }

    private List<Account> accounts(long eventId) {
        return events.articles(eventId).stream().map(EventQueryService::account).toList();
    }

    private static Account account(EventArticleRow a) {
        return new Account(a.id(), a.outlet(), a.title(), a.url(), a.published());
    }

    private EventSummary summary(EventRow r) {
        return new EventSummary(r.publicId(), r.label(), r.date() == null ? null : r.date().toString(),
                stored.strings(r.places()), stored.strings(r.participants()), r.articleCount(), r.outletCount(),
                r.discrepancyCount(), r.updatedAt());
    }

    private ClaimGroupView group(ClaimGroupEntity g) {
        return new ClaimGroupView(g.publicId, g.position, g.summary, stored.spans(g.members), stored.copies(g.copies),
                g.independent);
    }
}
