package dev.parallax.web.service;

import dev.parallax.comparator.report.ClaimGroup;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.report.Span;
import dev.parallax.core.model.Entity;
import dev.parallax.db.ClaimGroupEntity;
import dev.parallax.db.EventArticleRow;
import dev.parallax.db.EventFilter;
import dev.parallax.db.EventRepository;
import dev.parallax.db.EventRow;
import dev.parallax.db.EvidenceSpanRow;
import dev.parallax.db.StoredDiscrepancyRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored events read back in the comparator's report shape (the JSON contract), for the pages: the
 * event as the background jobs stored it, with the fingerprints and review statuses the review
 * queue knows, so a page and the queue always speak of the same discrepancies.
 */
@ApplicationScoped
public class StoredEvents {
    private final EventRepository events;
    private final AnalyzerProvider analyzers;
    private final StoredJson stored;

    private final StoredFidelity fidelity;

    public StoredEvents(EventRepository events, AnalyzerProvider analyzers, StoredJson stored, StoredFidelity fidelity) {
        this.fidelity = fidelity;
        this.events = events;
        this.analyzers = analyzers;
        this.stored = stored;
    }

    /**
     * A stored event: {@code stamp} changes whenever anything shown of it changes (a new comparison
     * of its accounts, a review of one of its discrepancies); {@code statuses} is the review status
     * by fingerprint ("open" when nobody reviewed it yet).
     */
    public record Loaded(Event event, String stamp, Map<String, String> statuses) {}

    /** An event in a listing, with its open discrepancies by type. */
    public record Listed(EventRow row, List<String> places, List<String> participants, Map<String, Long> open) {}

    public record Listing(List<Listed> items, long total) {}

    /** What the event page tells of each account besides its text: its outlet's kind and whether it is invented. */
    public record AccountFacts(String id, String outlet, String kind, boolean fictional) {}

    /** The event's accounts with their outlets' kinds, by outlet; empty when there is no such event. */
    @Transactional
    public List<AccountFacts> accountFacts(String publicId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = events.getEntityManager().createNativeQuery("""
                select a.id, o.name, o.kind, a.fictional
                from events e join event_articles ea on ea.event_id = e.id
                join articles a on a.id = ea.article_id join outlets o on o.id = a.outlet_id
                where e.public_id = :id order by o.name, a.id""").setParameter("id", publicId).getResultList();
        return rows.stream().map(r -> new AccountFacts((String) r[0], (String) r[1], (String) r[2],
                Boolean.TRUE.equals(r[3]))).toList();
    }

    /** The event a merged-away event id now lives in; empty when there is none. */
    @Transactional
    public Optional<String> movedTo(String publicId) {
        return events.redirectOf(publicId);
    }

    /** What {@link #load} would return a stamp for, without reading the event; empty when there is no such event. */
    @Transactional
    public Optional<String> stamp(String publicId) {
        return events.pageStamp(publicId);
    }

    /** The stored event with its claim groups, ranked discrepancies and evidence; empty when there is none. */
    @Transactional
    public Optional<Loaded> load(String publicId) {
        // the stamp first: data read after it can only be newer, so a cache never keeps old data under a new stamp
        Optional<String> stamp = events.pageStamp(publicId);
        Optional<EventRow> found = events.row(publicId);
        if (stamp.isEmpty() || found.isEmpty()) {
            return Optional.empty();
        }
        EventRow row = found.get();
        List<String> articles = events.articles(row.id()).stream().map(EventArticleRow::id).toList();
        List<ClaimGroup> groups = new ArrayList<>();
        for (ClaimGroupEntity g : events.claimGroups(row.id())) {
            groups.add(new ClaimGroup(g.publicId, g.summary, stored.spans(g.members), stored.copies(g.copies),
                    g.independent));
        }
        List<StoredDiscrepancyRow> rows = events.discrepancies(row.id());
        Map<Long, List<EvidenceSpanRow>> evidence = events.evidenceSpans(rows.stream().map(StoredDiscrepancyRow::id).toList());
        List<Discrepancy> discrepancies = new ArrayList<>(rows.size());
        Map<String, String> statuses = new HashMap<>();
        for (StoredDiscrepancyRow d : rows) {
            List<Span> spans = evidence.getOrDefault(d.id(), List.of()).stream()
                    .map(v -> new Span(v.articleId(), v.text(), v.start(), v.end())).toList();
            discrepancies.add(new Discrepancy(anchor(d.fingerprint()), DiscrepancyType.valueOf(d.type()),
                    Severity.valueOf(d.severity()), d.summary(), d.claimGroup(), spans, d.fingerprint()));
            statuses.put(d.fingerprint(), d.status());
        }
        var entity = events.findById(row.id());
        Event event = new Event(row.publicId(), row.label(), row.date() == null ? null : row.date().toString(),
                stored.strings(row.places()), stored.strings(row.participants()), articles, groups, discrepancies,
                entity == null ? List.of() : stored.strings(entity.reference), fidelity.ofEvent(row.id()));
        return Optional.of(new Loaded(event, stamp.get(), statuses));
    }

    /**
     * The review status of each of the event's discrepancies by fingerprint, with the stamp they were
     * read under; empty when there is no such event.
     */
    @Transactional
    public Optional<Map.Entry<String, Map<String, String>>> statuses(String publicId) {
        Optional<String> stamp = events.pageStamp(publicId);
        Optional<EventRow> found = events.row(publicId);
        if (stamp.isEmpty() || found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> statuses = new HashMap<>();
        events.discrepancies(found.get().id()).forEach(d -> statuses.put(d.fingerprint(), d.status()));
        return Optional.of(Map.entry(stamp.get(), statuses));
    }

    /** The part of a stamp that moves only when the event itself is stored again (not when a review changes). */
    public static String eventPart(String stamp) {
        int slash = stamp.indexOf('/');
        return slash < 0 ? stamp : stamp.substring(0, slash);
    }

    /** One page of events, latest first, with each one's open discrepancies by type and its people and places by name. */
    @Transactional
    public Listing list(EventFilter filter, int offset, int limit) {
        List<EventRow> rows = events.list(filter, offset, limit);
        Map<Long, Map<String, Long>> open = events.openCounts(rows.stream().map(EventRow::id).toList());
        long total = ListingTotal.of(rows.size(), offset, limit, () -> events.count(filter));
        List<Listed> items = new ArrayList<>(rows.size());
        for (EventRow r : rows) {
            items.add(new Listed(r, names(stored.strings(r.places())), names(stored.strings(r.participants())),
                    open.getOrDefault(r.id(), Map.of())));
        }
        return new Listing(items, total);
    }

    /** Entity ids by their gazetteer names (with editors' aliases and merges); names Parallax does not know, as written. */
    @Transactional
    public List<String> names(Collection<String> ids) {
        var gazetteer = analyzers.gazetteer();
        Map<String, String> named = new LinkedHashMap<>();
        for (String id : ids) {
            String name = gazetteer.entity(id).map(Entity::name)
                    .orElse(id.startsWith("unknown:") ? id.substring("unknown:".length()) : id);
            named.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
        }
        return List.copyOf(named.values());
    }

    /** A discrepancy's anchor on its event's page: short, stable (part of its fingerprint). */
    public static String anchor(String fingerprint) {
        return "d-" + fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
