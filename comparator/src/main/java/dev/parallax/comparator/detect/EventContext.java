package dev.parallax.comparator.detect;

import dev.parallax.comparator.ComparisonConfig.DetectorRules;
import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.core.model.AnalyzedArticle;
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
 * @param copyRoot     for each account index, the first account of its copy cluster
 * @param participants the people who take part ({@link dev.parallax.comparator.event.Participants#of}), most named first
 */
public record EventContext(String eventId, List<AnalyzedArticle> accounts, List<AlignedGroup> groups, int[] copyRoot,
                           List<String> participants, DetectorRules rules, PassageDiffer differ,
                           Map<Pair, PassageDiffer.Result> diffCache, Map<Span, byte[]> vectorCache,
                           Map<Span, PassageDiffer.Passage> passageCache) {

    public EventContext(String eventId, List<AnalyzedArticle> accounts, List<AlignedGroup> groups, int[] copyRoot,
                        List<String> participants, DetectorRules rules, PassageDiffer differ) {
        this(eventId, accounts, groups, copyRoot, List.copyOf(participants), rules, differ, new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    /** Word changes from claim {@code a} to claim {@code b}, diffed once. */
    public PassageDiffer.Result diff(ClaimRef a, ClaimRef b) {
        Span ka = Span.of(a), kb = Span.of(b);
        return diffCache.computeIfAbsent(new Pair(ka, kb), k -> differ.diff(a.article().text(), passage(ka, a), b.article().text(), passage(kb, b)));
    }

    /** A statement by its account's index in the event and its offsets: a cheap key. */
    public record Span(int account, int start, int end) {
        static Span of(ClaimRef c) {
            return new Span(c.account(), c.claim().start(), c.claim().end());
        }
    }

    /** Two statements diffed one against the other. */
    public record Pair(Span left, Span right) {}

    /** A statement split into words once per event, however many statements it is diffed against. */
    private PassageDiffer.Passage passage(Span key, ClaimRef c) {
        return passageCache.computeIfAbsent(key, k -> PassageDiffer.Passage.of(c.article().text(), c.claim().start(), c.claim().end()));
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
        java.time.LocalDate event = dev.parallax.comparator.event.EventGrouper.eventDate(accounts);
        var dating = dev.parallax.comparator.event.EventDates.dating(accounts.get(account));
        java.time.LocalDate published = dating.published() != null ? dating.published()
                : dating.source() == dev.parallax.comparator.event.EventDates.Source.DATELINE ? dating.event() : null;
        // an undated account whose opening tells the meeting in the future ("may take place in Sochi on
        // Friday", "will hold talks") was written before it
        if (published == null) return previewOpening(accounts.get(account));
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
