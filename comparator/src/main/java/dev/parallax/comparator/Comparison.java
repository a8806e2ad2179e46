package dev.parallax.comparator;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimAligner;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.align.WireCopyDetector;
import dev.parallax.comparator.detect.Detectors;
import dev.parallax.comparator.detect.DiscrepancyDetector;
import dev.parallax.comparator.detect.DiscrepancyRanker;
import dev.parallax.comparator.detect.EventContext;
import dev.parallax.comparator.detect.Evidence;
import dev.parallax.comparator.detect.Finding;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.SideBySideAligner;
import dev.parallax.comparator.diff.WordDiffer;
import dev.parallax.comparator.event.EventGrouper;
import dev.parallax.comparator.event.EventLabel;
import dev.parallax.comparator.record.FidelityCheck;
import dev.parallax.comparator.record.RecordAttachment;
import dev.parallax.comparator.report.ArticleRef;
import dev.parallax.comparator.report.ClaimGroup;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.SideBySide;
import dev.parallax.comparator.report.Span;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.CodePoints;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The comparator's front door: groups accounts into events, aligns their claims, diffs them and lists
 * typed, ranked discrepancies with every account's exact words. Deterministic: the same articles in any
 * order give the same report. Bad input never throws; it leaves a warning in the report.
 */
public final class Comparison {
    /** How many participants an event names (in its label and for the detectors). */
    private static final int PARTICIPANTS = 6;

    private final ComparisonConfig config;
    private final List<DiscrepancyDetector> detectors;
    private final PassageDiffer differ;
    private final SideBySideAligner sideBySide;
    private final FidelityCheck againstRecord;

    public Comparison(ComparisonConfig config) {
        this(config, Detectors.standard());
    }

    public Comparison(ComparisonConfig config, List<DiscrepancyDetector> detectors) {
        this.config = Objects.requireNonNull(config);
        this.detectors = List.copyOf(detectors);
        this.differ = new PassageDiffer(new WordDiffer(config.limits().maxDiffTokens()));
        this.sideBySide = new SideBySideAligner(differ, 0.25, config.limits().maxSentencesPerSide());
        this.againstRecord = new FidelityCheck(config.fidelity(), differ);
    }

    public static Comparison withDefaults() {
        return new Comparison(ComparisonConfig.defaults());
    }

    public ComparisonConfig config() {
        return config;
    }

    public ComparisonReport compare(List<AnalyzedArticle> input) {
        return compare(input, Set.of());
    }

    /**
     * {@link #compare(List)}, with the accounts whose ids are in {@code records} read as the official record of
     * their event (a transcript, a readout, a joint statement): every quotation of the event's other accounts is
     * checked against them ({@link Event#fidelity()}), and what an account changed becomes a discrepancy ranked
     * first, with the record's words as evidence. A record is grouped and compared like any other account.
     */
    public ComparisonReport compare(List<AnalyzedArticle> input, Set<String> records) {
        List<String> warnings = new ArrayList<>();
        Map<String, AnalyzedArticle> byId = new TreeMap<>();
        for (AnalyzedArticle a : input == null ? List.<AnalyzedArticle>of() : input) {
            if (a == null || a.id() == null || a.text() == null) {
                warnings.add("skipped an article without id or text");
                continue;
            }
            if (byId.putIfAbsent(a.id(), a) != null) warnings.add("article " + a.id().substring(0, Math.min(8, a.id().length())) + " was given twice; compared once");
        }
        List<AnalyzedArticle> articles = new ArrayList<>(byId.values());
        List<ArticleRef> refs = articles.stream().map(Comparison::ref).toList();

        List<Event> events = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        Map<String, String> reasons = new TreeMap<>();
        EventGrouper.Grouping grouping = new EventGrouper(config.events()).grouping(articles);
        Set<String> marked = records == null ? Set.of() : records;
        List<int[]> groups = new RecordAttachment(config.fidelity(), differ, config.events().dateToleranceDays())
                .attach(articles, grouping.groups(), marked);
        for (int[] group : groups) {
            if (group.length < 2) {
                String id = articles.get(group[0]).id();
                unassigned.add(id);
                reasons.put(id, grouping.reasons().getOrDefault(group[0], "no other account of the same event"));
                continue;
            }
            List<AnalyzedArticle> members = new ArrayList<>();
            for (int i : group) members.add(articles.get(i));
            events.add(event(members, records, warnings));
        }
        events.sort(Comparator.comparing((Event e) -> e.date() == null ? "9999" : e.date()).thenComparing(Event::id));
        unassigned.sort(null);
        return new ComparisonReport(refs, events, unassigned, reasons, warnings);
    }

    /**
     * "These accounts are one event": every given account compared as one event, without grouping (a user
     * who knows better than the grouper). The report has that one event (when at least two accounts are
     * given) and no account in no event.
     */
    public ComparisonReport compareAsOneEvent(List<AnalyzedArticle> input) {
        return compareAsOneEvent(input, Set.of());
    }

    /** {@link #compareAsOneEvent(List)} with records ({@link #compare(List, Set)}). */
    public ComparisonReport compareAsOneEvent(List<AnalyzedArticle> input, Set<String> records) {
        List<String> warnings = new ArrayList<>();
        Map<String, AnalyzedArticle> byId = new TreeMap<>();
        for (AnalyzedArticle a : input == null ? List.<AnalyzedArticle>of() : input) {
            if (a == null || a.id() == null || a.text() == null) {
                warnings.add("skipped an article without id or text");
                continue;
            }
            if (byId.putIfAbsent(a.id(), a) != null) warnings.add("article " + a.id().substring(0, Math.min(8, a.id().length())) + " was given twice; compared once");
        }
        List<AnalyzedArticle> articles = new ArrayList<>(byId.values());
        List<ArticleRef> refs = articles.stream().map(Comparison::ref).toList();
        if (articles.size() < 2) {
            Map<String, String> reasons = new TreeMap<>();
            articles.forEach(a -> reasons.put(a.id(), "the only account given"));
            return new ComparisonReport(refs, List.of(), articles.stream().map(AnalyzedArticle::id).toList(), reasons, warnings);
        }
        Event one = event(new ArrayList<>(articles), records, warnings);
        return new ComparisonReport(refs, List.of(one), List.of(), Map.of(), warnings);
    }

    /**
     * The given accounts compared as one event, without grouping: for a stored event recomputed when an
     * account joins or leaves. The event's {@code id} is derived from the member ids like {@link #compare}'s;
     * callers that keep their own stable id replace it. Duplicate or id-less accounts are skipped with a warning.
     */
    public Event compareAsEvent(List<AnalyzedArticle> accounts, List<String> warnings) {
        return compareAsEvent(accounts, Set.of(), warnings);
    }

    /** {@link #compareAsEvent(List, List)} with records ({@link #compare(List, Set)}). */
    public Event compareAsEvent(List<AnalyzedArticle> accounts, Set<String> records, List<String> warnings) {
        Map<String, AnalyzedArticle> byId = new TreeMap<>();
        for (AnalyzedArticle a : accounts == null ? List.<AnalyzedArticle>of() : accounts) {
            if (a == null || a.id() == null || a.text() == null) {
                warnings.add("skipped an article without id or text");
                continue;
            }
            byId.putIfAbsent(a.id(), a);
        }
        return event(new ArrayList<>(byId.values()), records, warnings);
    }

    /** Two accounts sentence by sentence, with inline word changes; for the side-by-side view. */
    public SideBySide sideBySide(AnalyzedArticle left, AnalyzedArticle right) {
        return sideBySide.align(left, right);
    }

    /** One account made ready for {@link #sideBySide(SideBySideAligner.Prepared, SideBySideAligner.Prepared)}: keep it to pair it often. */
    public SideBySideAligner.Prepared sideBySideForm(AnalyzedArticle account) {
        return sideBySide.prepare(account);
    }

    /** The same from an account's id, text and sentence bounds (start, end, start, end, ... in UTF-16 chars). */
    public SideBySideAligner.Prepared sideBySideForm(String id, String text, int[] sentenceBounds) {
        return sideBySide.prepare(id, text, sentenceBounds);
    }

    /** {@link #sideBySide(AnalyzedArticle, AnalyzedArticle)} of two accounts made ready before: the same answer. */
    public SideBySide sideBySide(SideBySideAligner.Prepared left, SideBySideAligner.Prepared right) {
        return sideBySide.align(left, right);
    }

    private Event event(List<AnalyzedArticle> members, Set<String> records, List<String> warnings) {
        members.sort(Comparator.comparing(AnalyzedArticle::id));
        String eventId = "e-" + hash(String.join(",", members.stream().map(AnalyzedArticle::id).toList())).substring(0, 16);
        // accounts in outlet order (ids break ties) so summaries read alphabetically and stay deterministic
        members.sort(Comparator.comparing((AnalyzedArticle a) -> a.outlet() == null ? "" : a.outlet()).thenComparing(AnalyzedArticle::id));
        List<AnalyzedArticle> accounts = members;
        int cap = config.limits().maxAccountsPerEvent();
        if (accounts.size() > cap) {
            warnings.add("event " + eventId + " has " + accounts.size() + " accounts; claims of the first " + cap
                    + " (by id) were aligned");
            accounts = accounts.subList(0, cap);
        }
        int[] copyRoot = new WireCopyDetector(config.alignment().wireCopyThreshold(), config.limits().maxShinglesPerArticle())
                .clusters(accounts);
        List<List<ClaimRef>> claims = ClaimAligner.refs(accounts, config.limits().maxClaimsPerArticle(), warnings);
        List<AlignedGroup> groups = new ClaimAligner(config.alignment(), config.limits().maxWordsPerClaim()).align(claims);

        // who takes part, worked out once: the label and the detectors that ask read the same list
        List<String> participants = dev.parallax.comparator.event.Participants.of(accounts, PARTICIPANTS);
        EventContext ctx = new EventContext(eventId, accounts, groups, copyRoot, participants, config.detectors(), differ);
        List<Finding> findings = new ArrayList<>();
        for (DiscrepancyDetector d : detectors) {
            try {
                findings.addAll(d.detect(ctx));
            } catch (RuntimeException e) {
                warnings.add("event " + eventId + ": " + d.getClass().getSimpleName() + " failed: " + e);
            }
        }
        findings = withoutRepeatedOmissions(findings);
        FidelityCheck.Outcome checked;
        try {
            checked = againstRecord.check(accounts, records == null ? Set.of() : records, findings);
        } catch (RuntimeException e) {
            warnings.add("event " + eventId + ": the check against the record failed: " + e);
            checked = new FidelityCheck.Outcome(List.of(), findings, List.of());
        }
        findings = checked.findings();
        if (ctx.diffCache().values().stream().anyMatch(PassageDiffer.Result::truncated)) {
            warnings.add("event " + eventId + ": some aligned claims were longer than " + config.limits().maxDiffTokens()
                    + " words; their word diffs stop there");
        }

        Map<AlignedGroup, String> groupIds = new IdentityHashMap<>();
        List<ClaimGroup> claimGroups = new ArrayList<>();
        for (AlignedGroup g : groups) {
            boolean referenced = findings.stream().anyMatch(f -> f.group() == g);
            if (g.members().size() < 2 && !referenced) continue;
            String id = groupId(eventId, g);
            groupIds.put(g, id);
            claimGroups.add(claimGroup(id, g, copyRoot, ctx));
        }
        Map<String, Discrepancy> discrepancies = new LinkedHashMap<>();
        Map<Finding, String> discrepancyOf = new IdentityHashMap<>();
        for (Finding found : findings) {
            Finding f = withCopies(found);
            Discrepancy d = discrepancy(eventId, f, groupIds.get(f.group()));
            discrepancies.putIfAbsent(d.id(), d);
            discrepancyOf.put(found, d.id());
        }
        List<Fidelity> fidelity = new ArrayList<>();
        Set<String> againstRecord = new java.util.HashSet<>();
        for (FidelityCheck.Checked c : checked.checked()) {
            String id = c.finding() == null ? null : discrepancyOf.get(c.finding());
            if (id != null) againstRecord.add(id);
            fidelity.add(id == null ? c.fidelity() : c.fidelity().withDiscrepancy(id));
        }
        List<Discrepancy> ranked = new DiscrepancyRanker().rank(new ArrayList<>(discrepancies.values()), againstRecord);
        // the accounts' datings are worked out once, by the event's context, when no account was left out of it
        LocalDate date = accounts.size() == members.size() ? ctx.eventDay() : EventGrouper.eventDate(members);
        if (accounts.size() < members.size()) participants = dev.parallax.comparator.event.Participants.of(members, PARTICIPANTS);
        List<String> places = new ArrayList<>(venues(members, 4));
        members.stream().filter(a -> a.dateline() != null && a.dateline().place() != null)
                .map(a -> a.dateline().place().strip()).distinct().sorted().forEach(p -> {
                    String id = "place:" + p.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
                    if (places.stream().noneMatch(x -> x.equalsIgnoreCase(p) || x.equals(id))) places.add(p);
                });
        return new Event(eventId, EventLabel.of(members, date, participants), date == null ? null : date.toString(), places, participants,
                members.stream().map(AnalyzedArticle::id).toList(), claimGroups, ranked, checked.reference(), fidelity);
    }

    /**
     * A subject left out (an omission with no claim group) that a dropped statement already shows, with the
     * same words as evidence, is one omission: the statement's finding says more.
     */
    static List<Finding> withoutRepeatedOmissions(List<Finding> findings) {
        List<Finding> statements = findings.stream()
                .filter(f -> f.type() == dev.parallax.comparator.report.DiscrepancyType.OMISSION && f.group() != null).toList();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            boolean repeated = f.type() == dev.parallax.comparator.report.DiscrepancyType.OMISSION && f.group() == null
                    && statements.stream().anyMatch(s -> s.evidence().stream().anyMatch(e -> f.evidence().stream().anyMatch(x ->
                    x.article() == e.article() && x.start() < e.end() && e.start() < x.end())));
            if (!repeated) out.add(f);
        }
        return out;
    }

    /**
     * A finding made on one member of each wording, given the same words of every member of its claim
     * group written alike (the wire story and its nine copies all carry the changed figure).
     */
    static Finding withCopies(Finding f) {
        if (f.group() == null || f.group().members().size() < 3) return f;
        List<Evidence> out = new ArrayList<>(f.evidence());
        java.util.Set<String> present = new java.util.HashSet<>();
        for (Evidence e : f.evidence()) present.add(e.article().id() + ":" + e.start() + ":" + e.end());
        for (Evidence e : f.evidence()) {
            ClaimRef holder = null;
            for (ClaimRef c : f.group().members()) {
                if (c.article() == e.article() && c.claim().start() <= e.start() && e.end() <= c.claim().end()) holder = c;
            }
            if (holder == null) continue;
            for (ClaimRef c : f.group().members()) {
                if (c == holder || !c.text().equals(holder.text())) continue;
                int start = c.claim().start() + (e.start() - holder.claim().start()), end = start + (e.end() - e.start());
                if (present.add(c.articleId() + ":" + start + ":" + end)) out.add(new Evidence(c.article(), start, end));
            }
        }
        return out.size() == f.evidence().size() ? f : new Finding(f.type(), f.severity(), f.summary(), f.group(), out);
    }

    private ClaimGroup claimGroup(String id, AlignedGroup g, int[] copyRoot, EventContext ctx) {
        List<Span> members = g.members().stream()
                .map(c -> span(c.article(), c.claim().start(), c.claim().end())).toList();
        Map<Integer, List<String>> byRoot = new TreeMap<>();
        for (ClaimRef c : g.members()) byRoot.computeIfAbsent(copyRoot[c.account()], r -> new ArrayList<>()).add(c.articleId());
        List<List<String>> copies = byRoot.values().stream().filter(l -> l.size() > 1).toList();
        String summary = summary(g);
        return new ClaimGroup(id, summary, members, copies, byRoot.size());
    }

    /** The most common wording among members (ties: the shortest), trimmed to one line. */
    private static String summary(AlignedGroup g) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ClaimRef c : g.members()) counts.merge(c.text().replaceAll("\\s+", " ").strip(), 1, Integer::sum);
        String best = counts.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(e -> -e.getKey().length())).map(Map.Entry::getKey).orElse("");
        return best.length() > 200 ? best.substring(0, 197) + "..." : best;
    }

    private static Discrepancy discrepancy(String eventId, Finding f, String groupId) {
        List<Span> evidence = f.evidence().stream().map(e -> span(e.article(), e.start(), e.end())).toList();
        TreeSet<String> normalized = new TreeSet<>();
        for (Evidence e : f.evidence()) normalized.add(e.article().id() + ":" + Words.normalizeEvidence(e.text()));
        String fingerprint = hash(eventId + "|" + f.type() + "|" + String.join("|", normalized));
        return new Discrepancy("d-" + fingerprint.substring(0, 16), f.type(), f.severity(), f.summary(), groupId, evidence,
                fingerprint);
    }

    private static String groupId(String eventId, AlignedGroup g) {
        StringBuilder b = new StringBuilder(eventId);
        for (ClaimRef c : g.members()) b.append('|').append(c.articleId()).append(':').append(c.claim().start()).append(':').append(c.claim().end());
        return "g-" + hash(b.toString()).substring(0, 16);
    }

    static Span span(AnalyzedArticle a, int start, int end) {
        String text = a.text();
        int s = Math.max(0, Math.min(start, text.length())), e = Math.max(s, Math.min(end, text.length()));
        return new Span(a.id(), text.substring(s, e), CodePoints.offset(text, s), CodePoints.offset(text, e));
    }

    /**
     * Where the event happened, not every place it mentions: places named in the opening two
     * sentences (where a report says where it is) of at least half the accounts, most named first.
     * When no place is, the most mentioned places. A city named in passing ("the assault on Kyiv")
     * further down is left out.
     */
    static List<String> venues(List<AnalyzedArticle> members, int limit) {
        Map<String, Integer> opening = new HashMap<>();
        for (AnalyzedArticle a : members) {
            int end = a.sentences().size() > 1 ? a.sentences().get(1).end()
                    : a.sentences().isEmpty() ? a.text().length() : a.sentences().get(0).end();
            a.mentions().stream().filter(m -> m.kind() == EntityKind.PLACE && m.entityId() != null && m.start() < end)
                    .map(EntityMention::entityId).distinct().forEach(id -> opening.merge(id, 1, Integer::sum));
        }
        List<String> venues = opening.entrySet().stream()
                .filter(e -> e.getValue() * 2 >= members.size())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
        return venues.isEmpty() ? topEntities(members, EntityKind.PLACE, Math.min(2, limit)) : venues;
    }

    /** Entity ids of one kind, most mentioned across the accounts first. */
    private static List<String> topEntities(List<AnalyzedArticle> members, EntityKind kind, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        for (AnalyzedArticle a : members) {
            for (String id : a.mentions().stream().filter(m -> m.kind() == kind && m.entityId() != null)
                    .map(EntityMention::entityId).distinct().toList()) counts.merge(id, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() * 2 >= members.size() || counts.size() <= limit)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static ArticleRef ref(AnalyzedArticle a) {
        var m = a.meta();
        if (m == null) return new ArticleRef(a.id(), null, null, null, null, null, a.language());
        return new ArticleRef(a.id(), m.outlet(), m.title(), m.url(), m.published() == null ? null : m.published().toString(),
                m.source(), a.language());
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
