package dev.parallax.comparator.detect;

import dev.parallax.comparator.ComparisonConfig.DetectorRules;
import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.event.EventDates;
import dev.parallax.comparator.event.EventGrouper;
import dev.parallax.comparator.text.ContentKeys;
import dev.parallax.core.model.AnalyzedArticle;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What detectors see of one event: its accounts, aligned claim groups (singletons included), which
 * accounts are copies of one source, and word diffs of aligned claims computed once and shared.
 *
 * <p>One context serves one comparison on one thread (detectors run one after another): its caches are plain
 * maps, filled on first asking and dropped with the context, so what they hold is bounded by the event.
 *
 * @param copyRoot     for each account index, the first account of its copy cluster
 * @param participants the people who take part ({@link dev.parallax.comparator.event.Participants#of}), most named first
 * @param days         the event's day, each account's dating and whether its opening reads as a preview, worked out once
 * @param contentKeys  the content key of each word of the event's accounts ({@link dev.parallax.comparator.text.Words#contentKey}), worked out once
 * @param statements   each account's statements and the accounts aligned with each, worked out on first asking
 */
public record EventContext(String eventId, List<AnalyzedArticle> accounts, List<AlignedGroup> groups, int[] copyRoot,
                           List<String> participants, DetectorRules rules, PassageDiffer differ,
                           Map<Pair, PassageDiffer.Result> diffCache, Map<Span, byte[]> vectorCache,
                           Map<Span, PassageDiffer.Passage> passageCache, Days days, ContentKeys contentKeys,
                           Statements statements) {

    public EventContext(String eventId, List<AnalyzedArticle> accounts, List<AlignedGroup> groups, int[] copyRoot,
                        List<String> participants, DetectorRules rules, PassageDiffer differ) {
        this(eventId, accounts, groups, copyRoot, List.copyOf(participants), rules, differ, new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new Days(accounts), new ContentKeys(), new Statements(accounts, groups));
    }

    /** The account's statements ({@link dev.parallax.comparator.align.ClaimSource#statements}) in text order: read once per event. */
    public List<ClaimRef> statements(int account) {
        return statements.of(account);
    }

    /**
     * The accounts whose statements are aligned with this one (its claim group's accounts, its own included), or none
     * when no group holds it: which accounts tell the part of the event a statement belongs to.
     */
    public Set<Integer> alignedWith(ClaimRef statement) {
        return statements.alignedWith(statement);
    }

    /** Each account's statements and, for each statement of a claim group, the accounts of that group, on first asking. */
    public static final class Statements {
        private final List<AnalyzedArticle> accounts;
        private final List<AlignedGroup> groups;
        private final List<List<ClaimRef>> byAccount;
        private Map<Long, Set<Integer>> aligned;

        Statements(List<AnalyzedArticle> accounts, List<AlignedGroup> groups) {
            this.accounts = accounts;
            this.groups = groups;
            this.byAccount = new java.util.ArrayList<>(java.util.Collections.nCopies(accounts.size(), null));
        }

        List<ClaimRef> of(int account) {
            List<ClaimRef> l = byAccount.get(account);
            if (l == null) {
                AnalyzedArticle a = accounts.get(account);
                l = dev.parallax.comparator.align.ClaimSource.statements(a).stream().map(c -> new ClaimRef(account, a, c)).toList();
                byAccount.set(account, l);
            }
            return l;
        }

        Set<Integer> alignedWith(ClaimRef c) {
            if (aligned == null) {
                aligned = new HashMap<>();
                for (AlignedGroup g : groups) {
                    Set<Integer> members = new java.util.TreeSet<>();
                    for (ClaimRef m : g.members()) members.add(m.account());
                    for (ClaimRef m : g.members()) aligned.put(key(m), members);
                }
            }
            return aligned.getOrDefault(key(c), Set.of());
        }

        private static long key(ClaimRef c) {
            return ((long) c.account() << 32) | (c.claim().start() & 0xffffffffL);
        }
    }

    /** The event's day ({@link EventGrouper#eventDate} of its accounts), or null: worked out once per event. */
    public LocalDate eventDay() {
        return days.eventDay();
    }

    /** When the account's event took place and when it appeared ({@link EventDates#dating}): worked out once per account. */
    public EventDates.Dating dating(int account) {
        return days.dating(account);
    }

    /**
     * The event's day, its accounts' datings and whether their openings read as previews, on first asking: several
     * detectors ask them for every account, and the event's day weighs the dating of every account.
     */
    public static final class Days {
        private final List<AnalyzedArticle> accounts;
        private final EventDates.Dating[] datings;
        /** Per account: 0 not read yet, else 1 + whether its opening tells the meeting as still to come. */
        private final byte[] previews;
        private LocalDate eventDay;
        private boolean eventDayKnown;

        Days(List<AnalyzedArticle> accounts) {
            this.accounts = accounts;
            this.datings = new EventDates.Dating[accounts.size()];
            this.previews = new byte[accounts.size()];
        }

        boolean previewOpening(int account) {
            if (previews[account] == 0) previews[account] = (byte) (EventContext.previewOpening(accounts.get(account)) ? 2 : 1);
            return previews[account] == 2;
        }

        LocalDate eventDay() {
            if (!eventDayKnown) {
                List<EventDates.Dating> all = new java.util.ArrayList<>(accounts.size());
                for (int i = 0; i < accounts.size(); i++) all.add(dating(i));
                eventDay = EventGrouper.eventDateOf(all);
                eventDayKnown = true;
            }
            return eventDay;
        }

        EventDates.Dating dating(int account) {
            EventDates.Dating d = datings[account];
            if (d == null) datings[account] = d = EventDates.dating(accounts.get(account));
            return d;
        }
    }

    /** Word changes from claim {@code a} to claim {@code b}, diffed once. */
    public PassageDiffer.Result diff(ClaimRef a, ClaimRef b) {
        Span ka = Span.of(a), kb = Span.of(b);
        return diffCache.computeIfAbsent(new Pair(ka, kb), k -> differ.diff(a.article().text(), passage(ka, a.article().text()),
                b.article().text(), passage(kb, b.article().text())));
    }

    /**
     * Word changes from words {@code [aStart, aEnd)} of {@code a}'s account to words {@code [bStart, bEnd)} of
     * {@code b}'s (the quoted words of two statements, say): each passage split once per event, however many it is
     * diffed against. The result is not kept (nor reported as truncated): callers diff each pair once.
     */
    public PassageDiffer.Result diff(ClaimRef a, int aStart, int aEnd, ClaimRef b, int bStart, int bEnd) {
        String ta = a.article().text(), tb = b.article().text();
        return differ.diff(ta, passage(new Span(a.account(), aStart, aEnd), ta), tb, passage(new Span(b.account(), bStart, bEnd), tb));
    }

    /** A statement by its account's index in the event and its offsets: a cheap key. */
    public record Span(int account, int start, int end) {
        static Span of(ClaimRef c) {
            return new Span(c.account(), c.claim().start(), c.claim().end());
        }
    }

    /** Two statements diffed one against the other. */
    public record Pair(Span left, Span right) {}

    /** A statement (or a part of one) split into words once per event, however many passages it is diffed against. */
    private PassageDiffer.Passage passage(Span key, String text) {
        return passageCache.computeIfAbsent(key, k -> PassageDiffer.Passage.of(text, k.start(), k.end()));
    }

    /**
     * How close two statements are in meaning: the cosine of their sentence embeddings, or NaN when the
     * two accounts carry none (or are written in different languages).
     */
    public double meaning(ClaimRef a, ClaimRef b) {
        if (!java.util.Objects.equals(a.article().language(), b.article().language())) return Double.NaN;
        byte[] x = vector(a), y = vector(b);
        if (x == null || y == null) return Double.NaN;
        return Math.round(dev.parallax.core.model.Meaning.cosine(x, y) * 10_000) / 10_000.0;
    }

    /**
     * Whether the account appeared before the event took place (a preview): its publication day is
     * before the event's day. Unknown days count as after.
     */
    public boolean beforeTheEvent(int account) {
        LocalDate event = eventDay();
        EventDates.Dating dating = dating(account);
        LocalDate published = dating.published() != null ? dating.published()
                : dating.source() == EventDates.Source.DATELINE ? dating.event() : null;
        // an undated account whose opening tells the meeting in the future ("may take place in Sochi on
        // Friday", "will hold talks") was written before it
        if (published == null) return days.previewOpening(account);
        return event != null && published.isBefore(event);
    }

    private static final java.util.regex.Pattern AHEAD = java.util.regex.Pattern.compile("(?i)\\b(will|may|might|could|is expected to"
            + "|are expected to|is due to|are due to|is set to|are set to|plans? to|is scheduled to|are scheduled to)\\s+(?:\\p{L}+\\s+){0,2}?"
            + "(meet|hold|take place|visit|arrive|begin|start|open|discuss|sign|travel)\\b");

    /** Whether the account's title or first two sentences tell the meeting as still to come. */
    static boolean previewOpening(AnalyzedArticle a) {
        var sentences = a.sentences();
        int end = sentences.size() > 2 ? sentences.get(2).end() : a.text().length();
        String opening = a.text().substring(0, Math.min(end, a.text().length()));
        return AHEAD.matcher(opening).find();
    }

    private static final byte[] NONE = new byte[0];

    /** A statement's sentence embedding, looked up once per event. */
    private byte[] vector(ClaimRef c) {
        Span key = Span.of(c);
        byte[] v = vectorCache.get(key);
        if (v == null) {
            v = dev.parallax.comparator.align.ClaimAligner.vector(c);
            vectorCache.put(key, v == null ? NONE : v);
        }
        return v == null || v.length == 0 ? null : v;
    }

    /** Independent sources among the given accounts: a copy cluster counts once, and so do several articles of one outlet. */
    public int independent(Collection<Integer> accounts) {
        Set<String> roots = new HashSet<>();
        for (int a : accounts) roots.add(source(a));
        return roots.size();
    }

    public int independentAccounts() {
        Set<String> roots = new HashSet<>();
        for (int a = 0; a < accounts.size(); a++) roots.add(source(a));
        return roots.size();
    }

    /** The source an account stands for: the first account of its copy cluster, or its outlet when it has one. */
    public String source(int account) {
        String outlet = accounts.get(copyRoot[account]).outlet();
        return outlet == null || outlet.isBlank() ? "#" + copyRoot[account] : "outlet:" + outlet;
    }

    /** Whether two accounts come from one outlet (arrival and talks pieces, say): not two sources disagreeing. */
    public boolean sameOutlet(int a, int b) {
        String x = accounts.get(a).outlet(), y = accounts.get(b).outlet();
        return x != null && !x.isBlank() && x.equals(y);
    }

    /** Groups with at least two members. */
    public List<AlignedGroup> aligned() {
        return groups.stream().filter(g -> g.members().size() >= 2).toList();
    }
}
