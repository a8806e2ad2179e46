package dev.parallax.web.service;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.event.EventDates;
import dev.parallax.comparator.event.EventGrouper;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordDiffer;
import dev.parallax.comparator.record.RecordAttachment;
import dev.parallax.comparator.report.Event;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.db.ArticleRepository;
import dev.parallax.db.EntityMentionRepository;
import dev.parallax.db.EntityMentionRepository.AccountKeys;
import dev.parallax.db.EventRepository;
import dev.parallax.db.GroupingRepository;
import dev.parallax.db.EventRepository.DayRange;
import dev.parallax.web.config.PipelineConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;

/**
 * What a job does: analyze its articles, find the events they belong to, and recompute only those.
 *
 * <p>Placement: the job's articles not yet in an event are grouped (comparator's {@link EventGrouper})
 * together with the stored accounts published, or whose event is dated, within a few days of them
 * (analyzed here if no job has yet: two jobs running at once still see each other's accounts).
 * An account with no date at all (no publication date, no dateline date, no day in its text) has no
 * days to look around: it is compared with the stored accounts that name the most of its key entities
 * (main participants and places), at most {@value #UNDATED_CANDIDATES} of them, the closest in wording
 * first, then by article id;
 * likewise stored accounts without a publication date are candidates for a new account they share key
 * entities with. The grouper asks more of a pair without dates ({@code undatedPenalty}). The import
 * time is not used as a date: an archive imported today is not today's news.
 * A stored event is never split: a group that takes in one of its accounts takes in all of them, and a
 * group touching two stored events merges them, unless people pinned accounts of both to different
 * events by hand (a split stays split) or their days lie further apart than one event may span (an undated
 * page the grouper put beside accounts of two visits a year apart joins the one most of its group belongs to,
 * and the two visits stay two events); an account a person took out of every event is left out.
 * An account that ends up alone gets the grouper's reason stored beside it. Each resulting unit is compared as one event and
 * stored in its own transaction, after checking that no other writer changed those events meanwhile
 * (else placement runs again). Events no job article ends up in are not touched.
 */
@ApplicationScoped
public class EventPipeline {
    private static final Logger LOG = Logger.getLogger(EventPipeline.class);
    private static final int MAX_PLACEMENTS = 5;
    /** Stored accounts sharing key entities looked at per account, for accounts without dates. */
    static final int UNDATED_CANDIDATES = 20;
    /** Accounts without dates of one job whose stored neighbours are looked up (each costs a scan of mentions). */
    static final int UNDATED_LOOKUPS = 50;
    /** Key entities of an account: its most mentioned people and places, at most this many of each. */
    private static final int KEY_ENTITIES = 4;
    /** Words of an account that rank stored accounts naming as many of its key entities. */
    private static final int KEY_WORDS = 32;

    private final AnalysisService analysis;
    private final EventStore store;
    private final EventRepository events;
    private final ArticleRepository articles;
    private final EntityMentionRepository mentions;
    private final GroupingRepository grouping;
    private final PipelineConfig config;
    private final Comparison comparison = Comparison.withDefaults();
    private final PassageDiffer differ = new PassageDiffer(new WordDiffer(comparison.config().limits().maxDiffTokens()));
    private final ReentrantLock placing = new ReentrantLock();

    public EventPipeline(AnalysisService analysis, EventStore store, EventRepository events, ArticleRepository articles,
                         EntityMentionRepository mentions, GroupingRepository grouping, PipelineConfig config) {
        this.grouping = grouping;
        this.analysis = analysis;
        this.store = store;
        this.events = events;
        this.articles = articles;
        this.mentions = mentions;
        this.config = config;
    }

    public Comparison comparison() {
        return comparison;
    }

    /**
     * The accounts among {@code ids} that are their event's official record (marked at import, or of an
     * outlet of the kind official record), read in the caller's transaction or a new one.
     */
    public Set<String> records(java.util.Collection<String> ids) {
        return QuarkusTransaction.joiningExisting().call(() -> articles.recordIds(ids));
    }

    /** Thrown when the job stopped being ours (taken over after a stale heartbeat). */
    public static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the job was taken over by another worker", null, false, false);
        }
    }

    /**
     * Runs one job's work.
     *
     * @param processed told how many of the job's articles are analyzed so far
     * @param stillOurs false once another worker took the job over
     * @return public ids of the events created or changed
     */
    public Set<String> run(ClaimedJob job, IntConsumer processed, BooleanSupplier stillOurs) {
        List<String> ids = job.articleIds();
        boolean fresh = ClaimedJob.REANALYZE.equals(job.kind());
        if (ids.isEmpty() && fresh) {
            ids = QuarkusTransaction.requiringNew().call(() -> articles.getEntityManager()
                    .createQuery("select a.id from ArticleEntity a order by a.id", String.class).getResultList());
        }
        long t0 = System.nanoTime();
        Map<String, AnalyzedArticle> own = analysis.analyses(ids, fresh, processed);
        if (!stillOurs.getAsBoolean()) {
            throw new Abandoned();
        }
        long t1 = System.nanoTime();
        Set<String> touched = new TreeSet<>();
        // Placement on one instance runs one job at a time: two local workers placing neighbouring
        // accounts at once would only make each other place again. Analysis above stays parallel.
        long[] ms = new long[4];
        placing.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    touched.addAll(place(own, stillOurs, ms));
                    LOG.infof("job %d: %d article(s) analyzed in %d ms, placed in %d ms (candidates %d ms, grouping %d ms, "
                                    + "comparing %d ms, storing %d ms; %d event(s), %d placement(s))",
                            job.id(), own.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000,
                            ms[0], ms[1], ms[2], ms[3], touched.size(), attempt);
                    return touched;
                } catch (EventStore.StaleSnapshot stale) {
                    if (attempt >= MAX_PLACEMENTS) {
                        throw new IllegalStateException("events kept changing under this job (" + stale.getMessage()
                                + "); run it again", stale);
                    }
                    LOG.debugf("job %d: placing again: %s", job.id(), stale.getMessage());
                }
            }
        } finally {
            placing.unlock();
        }
    }

    /** @param ms adds the milliseconds spent loading candidates, grouping, comparing and storing */
    private Set<String> place(Map<String, AnalyzedArticle> own, BooleanSupplier stillOurs, long[] ms) {
        if (own.isEmpty()) {
            return Set.of();
        }
        long t = System.nanoTime();
        List<DayRange> ranges = ranges(own.values(), Math.max(0, config.jobs().candidateWindowDays()));
        Map<String, AccountKeys> keys = new TreeMap<>(), undatedKeys = new TreeMap<>();
        for (AnalyzedArticle a : new TreeMap<>(own).values()) {
            AccountKeys key = new AccountKeys(keyEntities(a), keyWords(a));
            keys.put(a.id(), key);
            if (EventDates.infer(a).date() == null && undatedKeys.size() < UNDATED_LOOKUPS) {
                undatedKeys.put(a.id(), key); // the job's first ones by id; the rest are grouped with them
            }
        }
        Set<String> candidateIds = new TreeSet<>();
        Map<String, GroupingRepository.Pin> pins = new HashMap<>();
        Set<String> records = new TreeSet<>();
        EventStore.Snapshot snapshot = QuarkusTransaction.requiringNew().call(() -> {
            candidateIds.addAll(events.candidates(ranges));
            candidateIds.addAll(mentions.sharingEntities(undatedKeys, UNDATED_CANDIDATES, false));
            candidateIds.addAll(mentions.sharingEntities(keys, UNDATED_CANDIDATES, true));
            Set<String> ids = new TreeSet<>(candidateIds);
            ids.addAll(own.keySet());
            Map<String, Long> eventOf = events.eventsOf(ids);
            Map<Long, List<String>> members = events.members(new TreeSet<>(eventOf.values()));
            members.forEach((event, list) -> list.forEach(a -> eventOf.put(a, event)));
            ids.addAll(eventOf.keySet());
            pins.putAll(grouping.pins(ids));
            records.addAll(articles.recordIds(ids));
            return new EventStore.Snapshot(eventOf, members);
        });
        candidateIds.addAll(snapshot.eventOf().keySet());
        candidateIds.removeAll(own.keySet());
        // accounts a person took out of every event stay out until a person places them again
        Set<String> keptOut = new TreeSet<>();
        pins.forEach((id, pin) -> {
            if (pin.eventId() == null && !snapshot.eventOf().containsKey(id)) {
                keptOut.add(id);
            }
        });
        candidateIds.removeAll(keptOut);
        Map<String, AnalyzedArticle> all = new TreeMap<>(analysis.analyses(candidateIds, false, n -> { }));
        all.putAll(own);
        all.keySet().removeAll(keptOut);
        ms[0] += (System.nanoTime() - t) / 1_000_000;
        t = System.nanoTime();

        // union-find over article ids: stored events stay whole, groups with a new account join them; a
        // unit never holds accounts pinned by hand to two different events (a split stays split)
        Map<String, String> parent = new HashMap<>();
        Map<String, Long> pinnedTo = new HashMap<>(); // root -> the event its pinned accounts belong to
        // root -> the first and last event day of its accounts: a group never joins stored events its days keep apart
        Map<String, long[]> span = new HashMap<>();
        for (String id : all.keySet()) {
            parent.put(id, id);
            LocalDate day = EventDates.infer(all.get(id)).date();
            span.put(id, day == null ? NO_DAYS : new long[] {day.toEpochDay(), day.toEpochDay()});
            GroupingRepository.Pin pin = pins.get(id);
            if (pin != null && pin.eventId() != null) {
                pinnedTo.put(id, pin.eventId());
            }
        }
        for (List<String> members : snapshot.members().values()) {
            String first = null;
            for (String m : members) {
                if (parent.containsKey(m)) {
                    if (first == null) {
                        first = m;
                    }
                    union(parent, pinnedTo, span, first, m, -1); // a stored event stays whole, whatever its days
                }
            }
        }
        Set<String> unplaced = new TreeSet<>();
        for (String id : own.keySet()) {
            if (!snapshot.eventOf().containsKey(id) && !keptOut.contains(id)) {
                unplaced.add(id);
            }
        }
        Map<String, String> reasons = new TreeMap<>();
        int maxSpanDays = comparison.config().events().maxSpanDays();
        if (!unplaced.isEmpty()) {
            List<AnalyzedArticle> list = new ArrayList<>(all.values());
            EventGrouper.Grouping grouping = new EventGrouper(comparison.config().events()).grouping(list);
            // a record the grouper left alone joins the event whose accounts quote it (and an account alone
            // the event whose record it quotes), as the comparator's own grouping does
            List<int[]> groups = records.isEmpty() ? grouping.groups()
                    : new RecordAttachment(comparison.config().fidelity(), differ,
                    comparison.config().events().dateToleranceDays()).attach(list, grouping.groups(), records);
            for (int[] group : groups) {
                boolean hasNew = false;
                for (int i : group) {
                    hasNew |= unplaced.contains(list.get(i).id());
                }
                if (hasNew) {
                    // around the anchor first; accounts whose days keep them from it are one unit of their own
                    List<String> apart = new ArrayList<>();
                    String anchor = anchor(group, list, snapshot.eventOf());
                    for (int i : group) {
                        if (union(parent, pinnedTo, span, anchor, list.get(i).id(), maxSpanDays) == Joined.DAYS_APART) {
                            apart.add(list.get(i).id());
                        }
                    }
                    while (!apart.isEmpty()) {
                        List<String> still = new ArrayList<>();
                        for (String id : apart) {
                            if (union(parent, pinnedTo, span, apart.get(0), id, maxSpanDays) == Joined.DAYS_APART) {
                                still.add(id);
                            }
                        }
                        apart = still;
                    }
                }
            }
            grouping.reasons().forEach((i, reason) -> reasons.put(list.get(i).id(), reason));
        }
        ms[1] += (System.nanoTime() - t) / 1_000_000;
        Map<String, Set<String>> units = new TreeMap<>();
        for (String id : own.keySet()) {
            if (!keptOut.contains(id)) {
                units.computeIfAbsent(find(parent, id), r -> new TreeSet<>());
            }
        }
        for (String id : all.keySet()) {
            Set<String> unit = units.get(find(parent, id));
            if (unit != null) {
                unit.add(id);
            }
        }
        Set<String> touched = new TreeSet<>();
        Set<String> alone = new TreeSet<>();
        for (Set<String> unit : units.values()) {
            if (!stillOurs.getAsBoolean()) {
                throw new Abandoned();
            }
            Set<Long> stored = new TreeSet<>();
            Set<String> checked = new LinkedHashSet<>(unit);
            for (String id : unit) {
                Long event = snapshot.eventOf().get(id);
                if (event != null) {
                    stored.add(event);
                    checked.addAll(snapshot.members().get(event));
                }
            }
            if (unit.size() < 2 && stored.isEmpty()) {
                alone.addAll(unit); // an account of its own: no event yet
                continue;
            }
            List<AnalyzedArticle> accounts = unit.stream().map(all::get).filter(Objects::nonNull).toList();
            List<String> warnings = new ArrayList<>();
            t = System.nanoTime();
            Set<String> unitRecords = new TreeSet<>(unit);
            unitRecords.retainAll(records);
            Event compared = accounts.size() < 2 ? null : comparison.compareAsEvent(accounts, unitRecords, warnings);
            ms[2] += (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            int outlets = (int) accounts.stream().map(a -> a.meta() == null ? null : a.meta().outlet())
                    .filter(Objects::nonNull).distinct().count();
            String publicId = store.store(checked, stored, compared, outlets, warnings, snapshot);
            ms[3] += (System.nanoTime() - t) / 1_000_000;
            if (publicId != null) {
                touched.add(publicId);
            }
        }
        if (!alone.isEmpty()) {
            Map<String, String> why = new TreeMap<>();
            for (String id : alone) {
                why.put(id, reasons.getOrDefault(id, "its closest accounts are in events kept apart by hand"));
            }
            QuarkusTransaction.requiringNew().run(() -> this.grouping.setReasons(why, OffsetDateTime.now(ZoneOffset.UTC)));
        }
        return touched;
    }

    /**
     * What an account is about, for finding stored accounts of the same event without dates: its
     * most mentioned people and places (linked entities only), sorted.
     */
    static Set<String> keyEntities(AnalyzedArticle a) {
        Map<String, Integer> people = new HashMap<>(), places = new HashMap<>();
        for (EntityMention m : a.mentions()) {
            if (m.entityId() == null || m.entityId().startsWith("unknown:")) {
                continue;
            }
            if (m.kind() == EntityKind.PERSON) {
                people.merge(m.entityId(), 1, Integer::sum);
            } else if (m.kind() == EntityKind.PLACE) {
                places.merge(m.entityId(), 1, Integer::sum);
            }
        }
        Set<String> keys = new TreeSet<>();
        for (Map<String, Integer> counts : List.of(people, places)) {
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(KEY_ENTITIES).forEach(e -> keys.add(e.getKey()));
        }
        return keys;
    }

    /** An account's most frequent words of four letters or more (lower case), to rank stored accounts by. */
    static List<String> keyWords(AnalyzedArticle a) {
        Map<String, Integer> counts = new HashMap<>();
        String text = a.text().length() > 20_000 ? a.text().substring(0, 20_000) : a.text();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.codePointCount(0, word.length()) >= 4) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEY_WORDS).map(Map.Entry::getKey).sorted().toList();
    }

    /** Days around each account's publication day and inferred event day, merged into few ranges. */
    static List<DayRange> ranges(Collection<AnalyzedArticle> accounts, int window) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (AnalyzedArticle a : accounts) {
            if (a.meta() != null && a.meta().published() != null) {
                days.add(a.meta().published().toLocalDate());
            }
            LocalDate inferred = EventDates.infer(a).date();
            if (inferred != null) {
                days.add(inferred);
            }
        }
        List<DayRange> ranges = new ArrayList<>();
        for (LocalDate day : days) {
            LocalDate from = day.minusDays(window), to = day.plusDays(window);
            if (!ranges.isEmpty() && !from.isAfter(ranges.get(ranges.size() - 1).to().plusDays(1))) {
                DayRange last = ranges.remove(ranges.size() - 1);
                ranges.add(new DayRange(last.from(), to.isAfter(last.to()) ? to : last.to()));
            } else {
                ranges.add(new DayRange(from, to));
            }
        }
        if (ranges.size() > 64) {
            return List.of(new DayRange(ranges.get(0).from(), ranges.get(ranges.size() - 1).to()));
        }
        return ranges;
    }

    /** Joins the units of {@code a} and {@code b}, unless they hold accounts pinned by hand to different events. */
    private static final long[] NO_DAYS = {Long.MIN_VALUE, Long.MIN_VALUE};

    /**
     * The account a group of the grouper is joined around: one whose stored event holds the most of the group's accounts
     * (ties: the first in the group), else the group's first. When the group's days cannot all be one event (an undated
     * page the grouper put beside accounts of two stored visits a year apart), its new accounts join the stored event
     * most of the group belongs to, and the other stored event stays as it was.
     */
    private static String anchor(int[] group, List<AnalyzedArticle> list, Map<String, Long> eventOf) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i : group) {
            Long event = eventOf.get(list.get(i).id());
            if (event != null) {
                counts.merge(event, 1, Integer::sum);
            }
        }
        String best = list.get(group[0]).id();
        int most = 0;
        for (int i : group) {
            Long event = eventOf.get(list.get(i).id());
            if (event != null && counts.get(event) > most) {
                most = counts.get(event);
                best = list.get(i).id();
            }
        }
        return best;
    }

    /**
     * Joins the units of two accounts, unless people pinned them to different events, or (with {@code maxSpanDays} >= 0)
     * the days of the two units would stretch one event over more than that many days.
     */
    private enum Joined { YES, PINNED_APART, DAYS_APART }

    private static Joined union(Map<String, String> parent, Map<String, Long> pinnedTo, Map<String, long[]> span, String a, String b,
                                int maxSpanDays) {
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.equals(rb)) {
            return Joined.YES;
        }
        Long pa = pinnedTo.get(ra), pb = pinnedTo.get(rb);
        if (pa != null && pb != null && !pa.equals(pb)) {
            return Joined.PINNED_APART;
        }
        long[] sa = span.getOrDefault(ra, NO_DAYS), sb = span.getOrDefault(rb, NO_DAYS), joined = joined(sa, sb);
        // too long a span for one event, unless one side spans it already (an event people put together by hand)
        if (maxSpanDays >= 0 && joined[0] != Long.MIN_VALUE && joined[1] - joined[0] > maxSpanDays
                && !Arrays.equals(joined, sa) && !Arrays.equals(joined, sb)) {
            return Joined.DAYS_APART;
        }
        String root = ra.compareTo(rb) < 0 ? ra : rb, other = root.equals(ra) ? rb : ra;
        parent.put(other, root);
        span.put(root, joined);
        Long pinned = pa != null ? pa : pb;
        if (pinned != null) {
            pinnedTo.put(root, pinned);
        }
        return Joined.YES;
    }

    /** The first and last day of two units together ({@link #NO_DAYS} when neither has one). */
    private static long[] joined(long[] a, long[] b) {
        if (a[0] == Long.MIN_VALUE) {
            return b;
        }
        if (b[0] == Long.MIN_VALUE) {
            return a;
        }
        return new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!parent.get(x).equals(root)) {
            String next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }
}
