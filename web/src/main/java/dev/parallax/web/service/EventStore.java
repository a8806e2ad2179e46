package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.comparator.report.ClaimGroup;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.Span;
import dev.parallax.comparator.text.Words;
import dev.parallax.db.ClaimGroupEntity;
import dev.parallax.db.DiscrepancyEntity;
import dev.parallax.db.EventArticleEntity;
import dev.parallax.db.EventEntity;
import dev.parallax.db.EventRepository;
import dev.parallax.db.FidelityCheckEntity;
import dev.parallax.db.ReviewAuditRepository;
import dev.parallax.db.ReviewRepository;
import dev.parallax.db.GroupingRepository;
import dev.parallax.db.StoredFinding;
import dev.parallax.db.EvidenceEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one recomputed event in one transaction: its row (keeping the public id of the stored
 * event it continues), memberships, claim groups, discrepancies and evidence, the accounts that are
 * its record and every quotation's verdict against them, replacing what was
 * there, and brings the reviews of its discrepancies up to date. Events of other accounts are not
 * touched.
 *
 * <p>When stored events merge (a new account bridges them), the event with most accounts keeps its
 * public id and the others are removed. A review follows its finding: when the finding's evidence
 * changes (the same words under the kept id, an account joining or leaving), the review moves to the
 * finding it became, an audit row records the move and old links resolve to the new id. A review
 * whose finding nothing in the event carries any more is orphaned, never deleted.
 */
@ApplicationScoped
public class EventStore {
    private final EventRepository events;
    private final ObjectMapper json;
    /** Who the audit trail names for a review moved by a merge of events: Parallax itself, not a person. */
    static final String MOVER = "parallax";

    private final ReviewRepository reviews;
    private final ReviewAuditRepository audit;
    private final GroupingRepository grouping;

    public EventStore(EventRepository events, ObjectMapper json, ReviewRepository reviews, ReviewAuditRepository audit,
                      GroupingRepository grouping) {
        this.grouping = grouping;
        this.reviews = reviews;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** The stored state a placement was computed from; checked again before writing. */
    public record Snapshot(Map<String, Long> eventOf, Map<Long, List<String>> members) {}

    /** Thrown when another writer changed the events a placement was computed from: place again. */
    public static final class StaleSnapshot extends RuntimeException {
        StaleSnapshot(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Stores {@code compared} (the comparison of exactly the {@code articles}) as one event that
     * continues the stored events {@code storedEvents} (the one with most accounts keeps its public
     * id, the others are merged into it), or removes those events when {@code compared} is null.
     *
     * @return the event's public id, or null when nothing is stored
     */
    @Transactional
    public String store(Collection<String> articles, Collection<Long> storedEvents, Event compared,
                        int outletCount, List<String> warnings, Snapshot snapshot) {
        events.lockForWriting();
        verify(articles, storedEvents, snapshot);
        Long keep = storedEvents.stream()
                .max((a, b) -> {
                    int bySize = Integer.compare(snapshot.members().get(a).size(), snapshot.members().get(b).size());
                    return bySize != 0 ? bySize : Long.compare(b, a);
                }).orElse(null);
        List<StoredFinding> before = events.findings(storedEvents);
        Written written = write(storedEvents, keep, compared, outletCount, warnings);
        follow(before, written == null ? List.of() : List.of(written), null);
        return written == null ? null : written.publicId();
    }

    /** One event as {@link #write} left it: its row id, public id, the ids merged into it, and its findings. */
    record Written(long id, String publicId, List<String> mergedAway, List<StoredFinding> findings) {}

    /**
     * Writes {@code compared} as the event {@code keep} (a stored event, or null for a new one),
     * merging the other {@code storedEvents} into it (their links lead to it from now on, their pins
     * move to it); with {@code compared} null, removes {@code storedEvents}. The caller holds the
     * write lock and has checked its snapshot; {@link #follow} then moves the reviews.
     */
    Written write(Collection<Long> storedEvents, Long keep, Event compared, int outletCount, List<String> warnings) {
        List<String> mergedAway = new java.util.ArrayList<>();
        for (Long other : storedEvents) {
            if (!other.equals(keep) || compared == null) {
                if (compared != null) {
                    mergedAway.add(events.findById(other).publicId);
                    grouping.repointPins(other, keep);
                }
                events.deleteEvent(other);
            }
        }
        if (compared == null) {
            return null;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        EventEntity event;
        if (keep != null) {
            event = events.findById(keep);
            events.orphanReviewsOf(keep);
            events.clearContents(keep);
        } else {
            event = new EventEntity();
            event.publicId = freshPublicId(compared.id());
            event.createdAt = now;
        }
        event.label = compared.label();
        event.eventDate = compared.date() == null ? null : LocalDate.parse(compared.date());
        event.places = write(compared.places());
        event.participants = write(compared.participants());
        event.articleCount = compared.articles().size();
        event.outletCount = outletCount;
        event.warnings = write(warnings == null ? List.of() : warnings);
        event.reference = write(compared.reference());
        event.updatedAt = now;
        if (keep == null) {
            events.persist(event);
        }
        for (String article : compared.articles()) {
            EventArticleEntity member = new EventArticleEntity();
            member.articleId = article;
            member.event = event;
            member.persist();
        }
        grouping.clearReasons(compared.articles());
        Map<String, ClaimGroupEntity> groups = new HashMap<>();
        int position = 0;
        for (ClaimGroup g : compared.claimGroups()) {
            ClaimGroupEntity group = new ClaimGroupEntity();
            group.event = event;
            group.publicId = g.id();
            group.position = position++;
            group.summary = g.summary();
            group.members = write(g.members());
            group.copies = write(g.copies());
            group.independent = g.independent();
            group.persist();
            groups.put(g.id(), group);
        }
        Set<String> fingerprints = new HashSet<>();
        Map<String, String> fingerprintOf = new HashMap<>();
        int rank = 0;
        for (Discrepancy d : compared.discrepancies()) {
            String fingerprint = fingerprint(event.publicId, d);
            fingerprintOf.put(d.id(), fingerprint);
            if (!fingerprints.add(fingerprint)) {
                continue; // the same finding in other words: keep the higher ranked one
            }
            DiscrepancyEntity row = new DiscrepancyEntity();
            row.event = event;
            row.claimGroup = d.claimGroup() == null ? null : groups.get(d.claimGroup());
            row.fingerprint = fingerprint;
            row.type = d.type().name();
            row.severity = d.severity().name();
            row.rank = rank++;
            row.summary = d.summary();
            row.persist();
            int at = 0;
            for (Span span : d.evidence()) {
                EvidenceEntity evidence = new EvidenceEntity();
                evidence.discrepancy = row;
                evidence.articleId = span.article();
                evidence.position = at++;
                evidence.text = span.text();
                evidence.start = span.start();
                evidence.end = span.end();
                evidence.persist();
            }
        }
        int checked = 0;
        for (Fidelity f : compared.fidelity()) {
            FidelityCheckEntity check = new FidelityCheckEntity();
            check.event = event;
            check.position = checked++;
            check.articleId = f.article();
            check.quoteText = f.quote().text();
            check.quoteStart = f.quote().start();
            check.quoteEnd = f.quote().end();
            check.kind = f.kind();
            check.speaker = f.speaker();
            check.speakerWords = f.speakerWords();
            if (f.record() != null) {
                check.recordArticleId = f.record().article();
                check.recordText = f.record().text();
                check.recordStart = f.record().start();
                check.recordEnd = f.record().end();
            }
            check.recordSpeaker = f.recordSpeaker();
            check.recordSpeakerWords = f.recordSpeakerWords();
            check.verdict = f.verdict().name();
            check.similarity = f.similarity();
            check.nearest = f.nearest() == null ? null : write(f.nearest());
            check.reasons = write(f.reasons());
            check.discrepancy = f.discrepancy() == null ? null : fingerprintOf.get(f.discrepancy());
            check.persist();
        }
        for (String from : mergedAway) {
            events.redirect(from, event.publicId); // its permalinks now lead here
        }
        events.flush();
        return new Written(event.id, event.publicId, List.copyOf(mergedAway), events.findings(List.of(event.id)));
    }

    /**
     * After events were written: each review of a finding that is gone moves to the finding it
     * became ({@link FindingSuccession}: the same evidence under another event id, or evidence
     * that grew or shrank), with an audit row said by Parallax; old links of every changed finding
     * lead to its successor. Then the written events' reviews get fresh snapshots, and those whose
     * finding nothing carries any more are orphaned.
     *
     * @param before the findings of the events as they were before writing
     * @param cause  why they changed, for the audit rows; null: said per finding (merged, or compared again)
     */
    void follow(List<StoredFinding> before, List<Written> written, String cause) {
        List<StoredFinding> after = new java.util.ArrayList<>();
        Map<String, String> mergedInto = new HashMap<>();
        for (Written w : written) {
            after.addAll(w.findings());
            w.mergedAway().forEach(m -> mergedInto.put(m, w.publicId()));
        }
        Map<String, String> eventOfNew = new HashMap<>();
        after.forEach(f -> eventOfNew.put(f.fingerprint(), f.event()));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, String> successors = FindingSuccession.successors(before, after);
        for (StoredFinding old : before) {
            String to = successors.get(old.fingerprint());
            if (to == null) {
                continue;
            }
            grouping.succeed(old.fingerprint(), to);
            if (!old.reviewed()) {
                continue;
            }
            String why = cause != null ? cause
                    : mergedInto.containsKey(old.event())
                    ? "event " + old.event() + " was merged into event " + mergedInto.get(old.event())
                            + ", where the same finding has this id"
                    : "the accounts of event " + old.event() + " changed and the finding's evidence with them; "
                            + "in event " + eventOfNew.get(to) + " it has this id";
            reviews.moveFingerprint(old.fingerprint(), to).ifPresent(review ->
                    audit.record(review, to, MOVER, now, ReviewAuditRepository.MOVED, old.fingerprint(), to, why));
        }
        Set<String> vanished = new TreeSet<>();
        before.forEach(f -> vanished.add(f.event()));
        for (Written w : written) {
            reviews.refreshSnapshotsOfEvent(w.id());
            vanished.add(w.publicId());
        }
        vanished.forEach(events::orphanVanishedReviews);
    }

    /**
     * A discrepancy's identity for reviews: the stored event's public id, the type and the distinct
     * normalized evidence texts, sorted. Not the articles: a finding unchanged by a new account
     * joining keeps its fingerprint, and so its review.
     */
    public static String fingerprint(String eventPublicId, Discrepancy d) {
        return fingerprint(eventPublicId, d.type().name(), d.evidence().stream().map(Span::text).toList());
    }

    /** The same, from a stored discrepancy's type and evidence texts. */
    static String fingerprint(String eventPublicId, String type, Collection<String> evidenceTexts) {
        TreeSet<String> texts = new TreeSet<>();
        for (String text : evidenceTexts) {
            texts.add(Words.normalizeEvidence(text));
        }
        return sha256(eventPublicId + "|" + type + "|" + String.join("|", texts));
    }

    void verify(Collection<String> articles, Collection<Long> storedEvents, Snapshot snapshot) {
        Map<String, Long> now = events.eventsOf(articles);
        for (String article : articles) {
            if (!Objects.equals(now.get(article), snapshot.eventOf().get(article))) {
                throw new StaleSnapshot("article " + article + " changed event meanwhile");
            }
        }
        Map<Long, List<String>> members = events.members(storedEvents);
        for (Long event : storedEvents) {
            if (!Objects.equals(members.get(event), snapshot.members().get(event))) {
                throw new StaleSnapshot("event " + event + " changed meanwhile");
            }
        }
    }

    private String freshPublicId(String proposed) {
        String id = proposed;
        for (int n = 2; events.findByPublicId(id).isPresent(); n++) {
            id = proposed + "-" + n;
        }
        return id;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
