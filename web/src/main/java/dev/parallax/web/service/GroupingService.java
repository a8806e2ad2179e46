package dev.parallax.web.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.comparator.report.Event;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.db.ArticleRepository;
import dev.parallax.db.EventEntity;
import dev.parallax.db.EventRepository;
import dev.parallax.db.GroupingRepository;
import dev.parallax.db.StoredFinding;
import dev.parallax.web.api.Problem;
import dev.parallax.web.api.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Grouping by hand: attach an account to an event, detach it, merge two events, split one. Each
 * change compares the events it touches again (their reviews follow their findings, as when the
 * pipeline does it), pins the accounts it placed so later placements keep the decision, and writes
 * one append-only row of the grouping trail (who, when, what). Nothing is deleted: an account taken
 * out of every event stays stored, and a review whose finding is gone is orphaned, never removed.
 *
 * <p>Like the pipeline, it reads what it changes, compares outside any transaction, then writes in
 * one transaction under the events' write lock after checking that nobody changed those events
 * meanwhile (else it starts again).
 */
@ApplicationScoped
public class GroupingService {
    private static final int ATTEMPTS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final EventRepository events;
    private final ArticleRepository articles;
    private final GroupingRepository grouping;
    private final EventStore store;
    private final AnalysisService analysis;
    private final EventPipeline pipeline;
    private final ObjectMapper json;

    public GroupingService(EventRepository events, ArticleRepository articles, GroupingRepository grouping,
                           EventStore store, AnalysisService analysis, EventPipeline pipeline, ObjectMapper json) {
        this.events = events;
        this.articles = articles;
        this.grouping = grouping;
        this.store = store;
        this.analysis = analysis;
        this.pipeline = pipeline;
        this.json = json;
    }

    /** What a change left: the event it was made on (null when it dissolved) and the one it made or emptied. */
    public record Outcome(String event, String other) {}

    /** Moves {@code articleId} into the event {@code eventId} (out of the event it was in, if any). */
    public Outcome attach(String eventId, String articleId, String actor) {
        return retrying(() -> {
            Read read = read(eventId);
            String article = knownArticle("article", articleId);
            Long from = read.snapshot.eventOf().get(article);
            if (Objects.equals(from, read.event)) {
                throw conflict("article", "article " + article + " is already an account of event " + eventId);
            }
            Read all = from == null ? read : read.with(from);
            List<String> target = plus(all.members(read.event), article);
            List<String> left = from == null ? List.of() : minus(all.members(from), List.of(article));
            Map<String, AnalyzedArticle> analyzed = analyzed(target, left);
            Compared joined = compare(target, analyzed);
            Compared remaining = left.size() < 2 ? null : compare(left, analyzed);
            String fromId = from == null ? null : all.publicIds.get(from);
            return QuarkusTransaction.requiringNew().call(() -> {
                lockAndVerify(all, plusAll(target, left));
                OffsetDateTime now = now();
                List<StoredFinding> before = events.findings(all.snapshot.members().keySet());
                List<EventStore.Written> written = new ArrayList<>();
                if (from != null) {
                    EventStore.Written rest = store.write(List.of(from), from, event(remaining), outlets(left, analyzed),
                            warnings(remaining));
                    if (rest != null) {
                        written.add(rest);
                    } else {
                        dissolved(left, fromId, article, actor, now);
                    }
                }
                EventStore.Written into = store.write(List.of(read.event), read.event, event(joined), outlets(target, analyzed),
                        warnings(joined));
                written.add(into);
                store.follow(before, written, null);
                grouping.pin(article, into.id(), "attach", actor, now);
                grouping.record(actor, now, "attach", into.publicId(), fromId, array(List.of(article)), null);
                return new Outcome(into.publicId(), fromId);
            });
        });
    }

    /** Takes {@code articleId} out of the event {@code eventId}; it stays in no event until attached by hand. */
    public Outcome detach(String eventId, String articleId, String actor) {
        return retrying(() -> {
            Read read = read(eventId);
            String article = knownArticleOrNotFound(articleId);
            if (!Objects.equals(read.snapshot.eventOf().get(article), read.event)) {
                throw new ProblemException(404, "not-found", "Not Found", "article " + article
                        + " is not an account of event " + eventId, List.of());
            }
            List<String> left = minus(read.members(read.event), List.of(article));
            Map<String, AnalyzedArticle> analyzed = analyzed(left, List.of());
            Compared remaining = left.size() < 2 ? null : compare(left, analyzed);
            return QuarkusTransaction.requiringNew().call(() -> {
                lockAndVerify(read, read.members(read.event));
                OffsetDateTime now = now();
                List<StoredFinding> before = events.findings(List.of(read.event));
                EventStore.Written rest = store.write(List.of(read.event), read.event, event(remaining),
                        outlets(left, analyzed), warnings(remaining));
                store.follow(before, rest == null ? List.of() : List.of(rest), null);
                if (rest == null) {
                    dissolved(left, eventId, article, actor, now);
                }
                grouping.pin(article, null, "detach", actor, now);
                grouping.setReasons(Map.of(article, "detached from event " + eventId + " by " + actor + " on "
                        + DAY.format(now) + "; it stays in no event until someone attaches it"), now);
                grouping.record(actor, now, "detach", eventId, null, array(List.of(article)),
                        rest == null ? "the event had one account left and was dissolved" : null);
                return new Outcome(rest == null ? null : rest.publicId(), null);
            });
        });
    }

    /** Merges the event {@code otherId} into {@code eventId}, which keeps its id; the other's links lead to it. */
    public Outcome merge(String eventId, String otherId, String actor) {
        return retrying(() -> {
            Read read = read(eventId);
            if (otherId == null || otherId.isBlank()) {
                throw invalid("event", "is required: the id of the event to merge into " + eventId);
            }
            Long other = events.findByPublicId(otherId.strip()).map(e -> e.id).orElse(null);
            if (other == null) {
                Long moved = QuarkusTransaction.requiringNew().call(() -> events.redirectOf(otherId.strip())
                        .flatMap(events::findByPublicId).map(e -> e.id).orElse(null));
                if (moved == null) {
                    throw invalid("event", "no event with id " + otherId.strip());
                }
                other = moved;
            }
            if (other.equals(read.event)) {
                throw conflict("event", "event " + otherId.strip() + " is event " + eventId + " itself"
                        + (otherId.strip().equals(eventId) ? "" : " (it was merged into it before)"));
            }
            Long otherEvent = other;
            Read all = read.with(otherEvent);
            List<String> members = plusAll(all.members(read.event), all.members(otherEvent));
            Map<String, AnalyzedArticle> analyzed = analyzed(members, List.of());
            Compared merged = compare(members, analyzed);
            String otherPublic = all.publicIds.get(otherEvent);
            return QuarkusTransaction.requiringNew().call(() -> {
                lockAndVerify(all, members);
                OffsetDateTime now = now();
                List<StoredFinding> before = events.findings(List.of(read.event, otherEvent));
                EventStore.Written into = store.write(List.of(read.event, otherEvent), read.event, event(merged),
                        outlets(members, analyzed), warnings(merged));
                store.follow(before, List.of(into), null);
                for (String a : members) {
                    grouping.pin(a, into.id(), "merge", actor, now);
                }
                grouping.record(actor, now, "merge", into.publicId(), otherPublic, array(all.members(otherEvent)), null);
                return new Outcome(into.publicId(), otherPublic);
            });
        });
    }

    /**
     * Splits {@code articleIds} off the event {@code eventId} into a new event. Both must keep at
     * least two accounts (one account is no event: detach it instead). The accounts of both are pinned,
     * so no later placement joins them again.
     */
    public Outcome split(String eventId, List<String> articleIds, String actor) {
        return retrying(() -> {
            Read read = read(eventId);
            if (articleIds == null || articleIds.isEmpty()) {
                throw invalid("articles", "is required: the ids of at least two accounts of event " + eventId
                        + " to move into a new event");
            }
            List<String> members = read.members(read.event);
            Set<String> moving = new LinkedHashSet<>();
            for (String id : articleIds) {
                String article = id == null ? "" : id.strip();
                if (!members.contains(article)) {
                    throw invalid("articles", "article " + article + " is not an account of event " + eventId);
                }
                moving.add(article);
            }
            List<String> off = List.copyOf(new TreeSet<>(moving));
            List<String> left = minus(members, off);
            if (off.size() < 2) {
                throw invalid("articles", "a new event needs at least two accounts, got " + off.size()
                        + "; to take one account out, detach it");
            }
            if (left.size() < 2) {
                throw invalid("articles", "event " + eventId + " would keep " + left.size() + " account"
                        + (left.size() == 1 ? "" : "s") + "; leave at least two in it (or merge instead)");
            }
            Map<String, AnalyzedArticle> analyzed = analyzed(members, List.of());
            Compared kept = compare(left, analyzed);
            Compared split = compare(off, analyzed);
            return QuarkusTransaction.requiringNew().call(() -> {
                lockAndVerify(read, members);
                OffsetDateTime now = now();
                List<StoredFinding> before = events.findings(List.of(read.event));
                EventStore.Written rest = store.write(List.of(read.event), read.event, event(kept), outlets(left, analyzed),
                        warnings(kept));
                EventStore.Written created = store.write(List.of(), null, event(split), outlets(off, analyzed), warnings(split));
                store.follow(before, List.of(rest, created), null);
                for (String a : left) {
                    grouping.pin(a, rest.id(), "split", actor, now);
                }
                for (String a : off) {
                    grouping.pin(a, created.id(), "split", actor, now);
                }
                grouping.record(actor, now, "split", rest.publicId(), created.publicId(), array(off), null);
                return new Outcome(rest.publicId(), created.publicId());
            });
        });
    }

    /** The trail of grouping decisions about an event (as acted on or as the other event), oldest first. */
    public List<GroupingRepository.AuditRow> history(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EventEntity event = events.findByPublicId(eventId).orElseThrow(() -> noEvent(eventId));
            Set<String> ids = new TreeSet<>();
            ids.add(event.publicId);
            ids.addAll(events.mergedInto(event.publicId));
            return grouping.history(ids);
        });
    }

    // ---- reading what a change touches

    /** An event and its members as read before a change; checked again before writing. */
    private final class Read {
        final long event;
        final EventStore.Snapshot snapshot;
        final Map<Long, String> publicIds;

        Read(long event, EventStore.Snapshot snapshot, Map<Long, String> publicIds) {
            this.event = event;
            this.snapshot = snapshot;
            this.publicIds = publicIds;
        }

        List<String> members(long eventRow) {
            return snapshot.members().getOrDefault(eventRow, List.of());
        }

        /** The same read with another event's members added (read now). */
        Read with(long other) {
            return QuarkusTransaction.requiringNew().call(() -> {
                Map<Long, List<String>> members = new HashMap<>(snapshot.members());
                members.putAll(events.members(List.of(other)));
                Map<String, Long> eventOf = new HashMap<>(snapshot.eventOf());
                members.getOrDefault(other, List.of()).forEach(a -> eventOf.put(a, other));
                Map<Long, String> ids = new HashMap<>(publicIds);
                ids.put(other, events.findById(other).publicId);
                return new Read(event, new EventStore.Snapshot(eventOf, members), ids);
            });
        }
    }

    private Read read(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EventEntity event = events.findByPublicId(eventId == null ? "" : eventId).orElseThrow(() -> noEvent(eventId));
            Map<Long, List<String>> members = new HashMap<>(events.members(List.of(event.id)));
            Map<String, Long> eventOf = new HashMap<>();
            members.getOrDefault(event.id, List.of()).forEach(a -> eventOf.put(a, event.id));
            return new Read(event.id, new EventStore.Snapshot(eventOf, members), new HashMap<>(Map.of(event.id,
                    event.publicId)));
        });
    }

    /** The article's id if it is stored; its current event is added to nothing here (see attach). */
    private String knownArticle(String field, String id) {
        String article = id == null ? "" : id.strip();
        if (article.isEmpty()) {
            throw invalid(field, "is required: the id of a stored article (64 hex characters)");
        }
        boolean stored = article.matches("[0-9a-f]{64}")
                && QuarkusTransaction.requiringNew().call(() -> articles.findByIdOptional(article).isPresent());
        if (!stored) {
            throw invalid(field, "no article with id " + article);
        }
        return article;
    }

    private String knownArticleOrNotFound(String id) {
        String article = id == null ? "" : id.strip();
        boolean stored = article.matches("[0-9a-f]{64}")
                && QuarkusTransaction.requiringNew().call(() -> articles.findByIdOptional(article).isPresent());
        if (!stored) {
            throw new ProblemException(404, "not-found", "Not Found", "no article with id " + article, List.of());
        }
        return article;
    }

    /** Under the write lock: the events and accounts are as read, else {@link EventStore.StaleSnapshot}. */
    private void lockAndVerify(Read read, Collection<String> accounts) {
        events.lockForWriting();
        Map<String, Long> eventOf = new HashMap<>();
        Set<String> all = new TreeSet<>(accounts);
        read.snapshot.members().values().forEach(all::addAll);
        for (String a : all) {
            if (read.snapshot.eventOf().containsKey(a)) {
                eventOf.put(a, read.snapshot.eventOf().get(a));
            }
        }
        store.verify(all, read.snapshot.members().keySet(), new EventStore.Snapshot(eventOf, read.snapshot.members()));
    }

    // ---- comparing

    private Map<String, AnalyzedArticle> analyzed(List<String> a, List<String> b) {
        Set<String> ids = new TreeSet<>(a);
        ids.addAll(b);
        return analysis.analyses(ids, false, n -> { });
    }

    /** A comparison and the warnings it gave. */
    private record Compared(Event event, List<String> warnings) {}

    private Compared compare(List<String> accounts, Map<String, AnalyzedArticle> analyzed) {
        List<AnalyzedArticle> list = accounts.stream().map(analyzed::get).filter(Objects::nonNull).toList();
        if (list.size() < 2) {
            throw conflict("articles", "only " + list.size() + " of these accounts could be analyzed; try again when "
                    + "their analysis job is done");
        }
        List<String> warnings = new ArrayList<>();
        Set<String> records = pipeline.records(list.stream().map(AnalyzedArticle::id).toList());
        return new Compared(pipeline.comparison().compareAsEvent(list, records, warnings), warnings);
    }

    private static Event event(Compared c) {
        return c == null ? null : c.event();
    }

    private static List<String> warnings(Compared c) {
        return c == null ? List.of() : c.warnings();
    }

    private static int outlets(List<String> accounts, Map<String, AnalyzedArticle> analyzed) {
        return (int) accounts.stream().map(analyzed::get).filter(Objects::nonNull)
                .map(a -> a.meta() == null ? null : a.meta().outlet()).filter(Objects::nonNull).distinct().count();
    }

    /** An event left with one account is gone: that account says why it is in no event now. */
    private void dissolved(List<String> left, String eventId, String article, String actor, OffsetDateTime now) {
        Map<String, String> why = new HashMap<>();
        for (String a : left) {
            why.put(a, "its event " + eventId + " was dissolved when " + actor + " took account " + article.substring(0, 8)
                    + "… out of it on " + DAY.format(now) + "; one account is no event");
        }
        grouping.setReasons(why, now);
    }

    // ---- helpers

    private static <T> T retrying(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return change.get();
            } catch (EventStore.StaleSnapshot stale) {
                if (attempt >= ATTEMPTS) {
                    throw new ProblemException(409, "busy", "Conflict", "the events kept changing while this change "
                            + "was made (" + stale.getMessage() + "); send it again", List.of());
                }
            }
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private String array(List<String> ids) {
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> plus(List<String> members, String article) {
        Set<String> all = new TreeSet<>(members);
        all.add(article);
        return List.copyOf(all);
    }

    private static List<String> plusAll(List<String> a, List<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<String> minus(List<String> members, List<String> out) {
        return members.stream().filter(m -> !out.contains(m)).toList();
    }

    static ProblemException noEvent(String id) {
        return new ProblemException(404, "not-found", "Not Found", "no event with id " + id, List.of());
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(422, "invalid-grouping", "Unprocessable Content", field + ": " + message,
                List.of(Problem.Error.field(field, message)));
    }

    private static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "grouping-conflict", "Conflict", message,
                List.of(Problem.Error.field(field, message)));
    }
}
