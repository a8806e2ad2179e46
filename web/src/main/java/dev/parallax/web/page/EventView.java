package dev.parallax.web.page;

import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer;
import dev.parallax.comparator.report.ClaimGroup;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Span;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One event ready to show: the alignment table (claim groups by accounts, each cell's words that
 * differ from the group's most common wording marked), the ranked discrepancies with their evidence,
 * the coverage matrix with wire-copy clusters, and how each account names each entity.
 */
public record EventView(Event event, String date, List<String> places, List<String> participants,
                        List<Account> accounts, List<AlignmentRow> alignment, List<DiscrepancyItem> discrepancies,
                        List<CoverageRow> coverage, List<List<String>> copyClusters, List<NamingRow> naming,
                        List<SpellingGroup> spelling, RecordView record) {

    /**
     * One account of the event: a column of the tables, named by outlet and publication day (and
     * time, or a number, when one outlet has several accounts that day), never by a hash.
     */
    public record Account(String id, String outlet, String title, String column, java.time.OffsetDateTime published) {}

    /** One way of writing a name, and the accounts (by column name) that write it so. */
    public record Variant(String text, List<String> accounts) {}

    /**
     * The SPELLING findings about one name, grouped: each variant once with the accounts that use it.
     * {@code fingerprint} is the first finding's, for its review.
     */
    public record SpellingGroup(List<Variant> variants, String fingerprint, int findings, String status,
                                List<String> fingerprints) {}

    /** {@code pieces} empty and {@code omitted} true where the account does not carry the claim. */
    public record Cell(List<DiffView.Piece> pieces, boolean omitted, boolean reference) {}

    public record AlignmentRow(int number, String groupId, String summary, List<Cell> cells, List<String> types,
                               int independent) {
        public String anchor() {
            return "claim-" + number;
        }
    }

    public record EvidenceItem(String articleId, String outlet, String text) {}

    /** {@code status}: the review status of the discrepancy ("open" when nobody reviewed it yet). */
    public record DiscrepancyItem(int rank, String id, String type, String severity, String summary, int claimNumber,
                                  List<EvidenceItem> evidence, String fingerprint, String status) {}

    /** {@code cells}: "yes", "copy" (carried, as a copy of another account's wire story) or "" per claim. */
    public record CoverageRow(Account account, List<String> cells, int carried) {}

    /** How each account writes one entity; {@code varies} when they do not all agree. */
    public record NamingRow(String entityId, String name, List<String> perAccount, boolean varies) {}

    private static final PassageDiffer DIFFER = new PassageDiffer(new WordDiffer(400));

    /** {@code statuses}: review status by discrepancy fingerprint; a fingerprint not in it is open. */
    public static EventView of(Event event, List<AnalyzedArticle> accounts, Map<String, String> statuses) {
        Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
        accounts.forEach(a -> byId.put(a.id(), a));
        List<Account> columns = columns(event, byId);
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i).id(), i);
        }
        Map<String, String> names = names(accounts);

        Map<String, Integer> groupNumber = new HashMap<>();
        for (int i = 0; i < event.claimGroups().size(); i++) {
            groupNumber.put(event.claimGroups().get(i).id(), i + 1);
        }
        Map<String, Set<String>> typesByGroup = new HashMap<>();
        for (Discrepancy d : event.discrepancies()) {
            if (d.claimGroup() != null) {
                typesByGroup.computeIfAbsent(d.claimGroup(), g -> new LinkedHashSet<>()).add(d.type().name());
            }
        }

        List<AlignmentRow> alignment = new ArrayList<>();
        for (ClaimGroup g : event.claimGroups()) {
            alignment.add(new AlignmentRow(groupNumber.get(g.id()), g.id(), g.summary(), cells(g, columns, byId),
                    List.copyOf(typesByGroup.getOrDefault(g.id(), Set.of())), g.independent()));
        }

        List<DiscrepancyItem> discrepancies = new ArrayList<>();
        List<SpellingGroup> spelling = spelling(event, columns, columnOf, statuses);
        int rank = 0;
        for (Discrepancy d : event.discrepancies()) {
            if (d.type() == dev.parallax.comparator.report.DiscrepancyType.SPELLING) {
                continue; // shown grouped: variant -> accounts
            }
            List<EvidenceItem> evidence = d.evidence().stream().map(s -> new EvidenceItem(s.article(),
                    columnName(columns, columnOf, s.article()), s.text())).toList();
            discrepancies.add(new DiscrepancyItem(++rank, d.id(), d.type().name(), d.severity().name(), d.summary(),
                    d.claimGroup() == null ? 0 : groupNumber.getOrDefault(d.claimGroup(), 0), evidence,
                    d.fingerprint(), statuses.getOrDefault(d.fingerprint(), "open")));
        }

        List<List<String>> clusters = copyClusters(event, columns, columnOf);
        List<CoverageRow> coverage = new ArrayList<>();
        for (Account account : columns) {
            List<String> cells = new ArrayList<>();
            int carried = 0;
            for (ClaimGroup g : event.claimGroups()) {
                boolean carries = g.members().stream().anyMatch(m -> m.article().equals(account.id()));
                boolean copy = carries && g.copies().stream().anyMatch(c -> c.contains(account.id()));
                cells.add(!carries ? "" : copy ? "copy" : "yes");
                carried += carries ? 1 : 0;
            }
            coverage.add(new CoverageRow(account, cells, carried));
        }

        return new EventView(event, event.date() == null ? "" : event.date(),
                event.places().stream().map(p -> names.getOrDefault(p, p)).toList(),
                event.participants().stream().map(p -> names.getOrDefault(p, p)).toList(),
                columns, alignment, discrepancies, coverage, clusters, naming(columns, byId, names), spelling,
                RecordView.of(event, id -> columnName(columns, columnOf, id), names::get));
    }

    /**
     * SPELLING findings grouped by the name they are about: findings sharing a variant are one group,
     * and each variant is listed once with every account that writes it so.
     */
    private static List<SpellingGroup> spelling(Event event, List<Account> columns, Map<String, Integer> columnOf,
                                                Map<String, String> statuses) {
        List<Discrepancy> found = event.discrepancies().stream()
                .filter(d -> d.type() == dev.parallax.comparator.report.DiscrepancyType.SPELLING).toList();
        int[] parent = new int[found.size()];
        Map<String, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            parent[i] = i;
            for (Span s : found.get(i).evidence()) {
                String key = dev.parallax.comparator.text.Words.normalizeEvidence(s.text());
                Integer other = firstWith.putIfAbsent(key, i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, List<Discrepancy>> groups = new TreeMap<>();
        for (int i = 0; i < found.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(found.get(i));
        }
        List<SpellingGroup> result = new ArrayList<>();
        for (List<Discrepancy> group : groups.values()) {
            Map<String, String> shown = new LinkedHashMap<>();
            Map<String, Set<String>> accounts = new LinkedHashMap<>();
            for (Discrepancy d : group) {
                for (Span s : d.evidence()) {
                    String key = dev.parallax.comparator.text.Words.normalizeEvidence(s.text());
                    shown.putIfAbsent(key, s.text().strip());
                    accounts.computeIfAbsent(key, k -> new java.util.TreeSet<>())
                            .add(columnName(columns, columnOf, s.article()));
                }
            }
            List<Variant> variants = new ArrayList<>();
            shown.forEach((key, text) -> variants.add(new Variant(text, List.copyOf(accounts.get(key)))));
            variants.sort(Comparator.comparing((Variant v) -> -v.accounts().size()).thenComparing(Variant::text));
            String fingerprint = group.get(0).fingerprint();
            result.add(new SpellingGroup(variants, fingerprint, group.size(), statuses.getOrDefault(fingerprint, "open"),
                    group.stream().map(Discrepancy::fingerprint).toList()));
        }
        return result;
    }

    /** The same view with the discrepancies' review statuses replaced (by fingerprint; missing ones are open). */
    public EventView withStatuses(Map<String, String> statuses) {
        List<DiscrepancyItem> items = discrepancies.stream().map(d -> new DiscrepancyItem(d.rank(), d.id(), d.type(),
                d.severity(), d.summary(), d.claimNumber(), d.evidence(), d.fingerprint(),
                statuses.getOrDefault(d.fingerprint(), "open"))).toList();
        List<SpellingGroup> groups = spelling.stream().map(g -> new SpellingGroup(g.variants(), g.fingerprint(),
                g.findings(), statuses.getOrDefault(g.fingerprint(), "open"), g.fingerprints())).toList();
        return new EventView(event, date, places, participants, accounts, alignment, items, coverage, copyClusters, naming,
                groups, record);
    }

    /** Most common surface of each entity id (ties: the longer one), for people-friendly names. */
    public static Map<String, String> names(List<AnalyzedArticle> accounts) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (AnalyzedArticle a : accounts) {
            for (EntityMention m : a.mentions()) {
                if (m.entityId() != null) {
                    counts.computeIfAbsent(m.entityId(), k -> new TreeMap<>()).merge(m.surface().strip(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        counts.forEach((id, surfaces) -> names.put(id, surfaces.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(id)));
        return names;
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ENGLISH);

    /** Columns by outlet and publication day; several accounts of one outlet that day get their time, or a number. */
    private static List<Account> columns(Event event, Map<String, AnalyzedArticle> byId) {
        Map<String, Integer> sameDay = new HashMap<>();
        Map<String, String> base = new LinkedHashMap<>();
        for (String id : event.articles()) {
            AnalyzedArticle a = byId.get(id);
            java.time.OffsetDateTime published = published(a);
            String name = outlet(a) + (published == null ? "" : " · " + published.format(DAY));
            base.put(id, name);
            sameDay.merge(name, 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Set<String>> times = new HashMap<>();
        for (String id : event.articles()) {
            java.time.OffsetDateTime published = published(byId.get(id));
            times.computeIfAbsent(base.get(id), k -> new java.util.HashSet<>())
                    .add(published == null ? "" : published.format(TIME));
        }
        List<Account> columns = new ArrayList<>();
        for (String id : event.articles()) {
            AnalyzedArticle a = byId.get(id);
            java.time.OffsetDateTime published = published(a);
            String name = base.get(id);
            if (sameDay.get(name) > 1) {
                int n = seen.merge(name, 1, Integer::sum);
                boolean timesDiffer = times.get(name).size() == sameDay.get(name) && published != null
                        && !(published.getHour() == 0 && published.getMinute() == 0);
                name = timesDiffer ? name + " " + published.format(TIME) : name + " (" + n + ")";
            }
            String title = a == null || a.meta() == null ? null : a.meta().title();
            columns.add(new Account(id, outlet(a), title, name, published));
        }
        return columns;
    }

    private static java.time.OffsetDateTime published(AnalyzedArticle a) {
        return a == null || a.meta() == null || a.meta().published() == null ? null
                : a.meta().published().withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }

    private static String outlet(AnalyzedArticle a) {
        return a == null || a.meta() == null || a.outlet() == null ? "?" : a.outlet();
    }

    private static String columnName(List<Account> columns, Map<String, Integer> columnOf, String articleId) {
        Integer i = columnOf.get(articleId);
        return i == null ? articleId.substring(0, Math.min(8, articleId.length())) : columns.get(i).column();
    }

    /** Each account's words for the claim, the words that differ from the group's most common wording marked. */
    private static List<Cell> cells(ClaimGroup g, List<Account> columns, Map<String, AnalyzedArticle> byId) {
        Span reference = g.members().stream()
                .filter(m -> m.text().replaceAll("\\s+", " ").strip().equals(g.summary()))
                .findFirst().orElse(g.members().isEmpty() ? null : g.members().get(0));
        List<Cell> cells = new ArrayList<>();
        for (Account account : columns) {
            List<Span> members = g.members().stream().filter(m -> m.article().equals(account.id())).toList();
            if (members.isEmpty()) {
                cells.add(new Cell(List.of(), true, false));
                continue;
            }
            List<DiffView.Piece> pieces = new ArrayList<>();
            for (Span member : members) {
                if (!pieces.isEmpty()) {
                    pieces.add(new DiffView.Piece(" … ", ""));
                }
                pieces.addAll(member == reference ? List.of(new DiffView.Piece(member.text(), ""))
                        : marked(reference, member, byId));
            }
            cells.add(new Cell(pieces, false, members.contains(reference)));
        }
        return cells;
    }

    private static List<DiffView.Piece> marked(Span reference, Span member, Map<String, AnalyzedArticle> byId) {
        AnalyzedArticle left = reference == null ? null : byId.get(reference.article());
        AnalyzedArticle right = byId.get(member.article());
        if (left == null || right == null) {
            return List.of(new DiffView.Piece(member.text(), ""));
        }
        int ls = chars(left.text(), reference.start()), le = chars(left.text(), reference.end());
        int rs = chars(right.text(), member.start()), re = chars(right.text(), member.end());
        List<DiffView.Piece> pieces = new ArrayList<>();
        int cursor = rs;
        for (WordChange c : DIFFER.diff(left.text(), ls, le, right.text(), rs, re).changes()) {
            if (c.rightStart() < 0 || c.rightStart() < cursor || c.rightEnd() > re) {
                continue;
            }
            if (c.rightStart() > cursor) {
                pieces.add(new DiffView.Piece(right.text().substring(cursor, c.rightStart()), ""));
            }
            String css = switch (c.kind()) {
                case EQUAL, DELETE -> "";
                case INSERT -> "ins";
                case CHANGE -> c.spellingOnly() ? "spelling" : "ins";
            };
            pieces.add(new DiffView.Piece(right.text().substring(c.rightStart(), c.rightEnd()), css));
            cursor = c.rightEnd();
        }
        if (cursor < re) {
            pieces.add(new DiffView.Piece(right.text().substring(cursor, re), ""));
        }
        return pieces;
    }

    private static int chars(String text, int codePoints) {
        int total = text.codePointCount(0, text.length());
        return codePoints <= 0 ? 0 : codePoints >= total ? text.length() : text.offsetByCodePoints(0, codePoints);
    }

    /** Accounts that copy one wire story, by column name: joined over the claim groups' copy clusters. */
    private static List<List<String>> copyClusters(Event event, List<Account> columns, Map<String, Integer> columnOf) {
        int[] parent = new int[columns.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (ClaimGroup g : event.claimGroups()) {
            for (List<String> copies : g.copies()) {
                Integer first = columnOf.get(copies.get(0));
                for (String id : copies) {
                    Integer other = columnOf.get(id);
                    if (first != null && other != null) {
                        parent[root(parent, other)] = root(parent, first);
                    }
                }
            }
        }
        Map<Integer, List<String>> clusters = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            clusters.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(columns.get(i).column());
        }
        return clusters.values().stream().filter(c -> c.size() > 1).toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** People, places and named things at least two accounts mention, and how each account writes them. */
    private static List<NamingRow> naming(List<Account> columns, Map<String, AnalyzedArticle> byId,
                                          Map<String, String> names) {
        Map<String, Map<String, Set<String>>> surfaces = new TreeMap<>();
        for (Account account : columns) {
            AnalyzedArticle a = byId.get(account.id());
            if (a == null) {
                continue;
            }
            for (EntityMention m : a.mentions()) {
                if (m.entityId() == null || m.entityId().startsWith("unknown:") || m.kind() == EntityKind.OTHER) {
                    continue;
                }
                surfaces.computeIfAbsent(m.entityId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(account.id(), k -> new LinkedHashSet<>()).add(m.surface().strip());
            }
        }
        List<NamingRow> rows = new ArrayList<>();
        surfaces.forEach((entity, byAccount) -> {
            if (byAccount.size() < 2) {
                return;
            }
            List<String> cells = columns.stream().map(c -> String.join(", ", byAccount.getOrDefault(c.id(), Set.of())))
                    .toList();
            Set<String> lastWords = new java.util.TreeSet<>();
            byAccount.values().forEach(set -> set.forEach(s -> lastWords.add(s.replaceAll(".*\\s", ""))));
            rows.add(new NamingRow(entity, names.getOrDefault(entity, entity), cells, lastWords.size() > 1));
        });
        rows.sort(Comparator.comparing((NamingRow r) -> !r.varies()).thenComparing(NamingRow::entityId));
        return rows;
    }
}
