package dev.parallax.comparator.event;

import dev.parallax.comparator.ComparisonConfig.EventRules;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups accounts of the same event. Accounts are compared only within blocks (pairs of participants,
 * or a participant, or rare terms) and, inside a block, only with neighbours by event date, so the work
 * grows with the number of accounts, not its square. Links are accepted best-first as long as an event's
 * dates stay within {@link EventRules#maxSpanDays()}, which keeps two meetings of the same people apart.
 */
public final class EventGrouper {
    private final EventRules rules;

    public EventGrouper(EventRules rules) {
        this.rules = rules;
    }

    /**
     * Groups and, for every account left on its own, one line saying why.
     *
     * @param groups  groups of article indexes into the input; every article is in exactly one, singletons included
     * @param reasons for each index of a singleton group, why no event took it
     */
    public record Grouping(List<int[]> groups, Map<Integer, String> reasons) {
        public Grouping {
            groups = List.copyOf(groups);
            reasons = Map.copyOf(reasons);
        }
    }

    /** Groups of article indexes into {@code articles}; every article is in exactly one group, singletons included. */
    public List<int[]> group(List<AnalyzedArticle> articles) {
        return grouping(articles).groups();
    }

    /** {@link #group} with the reason each account left alone has. */
    public Grouping grouping(List<AnalyzedArticle> articles) {
        int n = articles.size();
        if (n >= (1 << 26)) throw new IllegalArgumentException("at most 67 million articles per batch");
        Profile[] profiles = new Profile[n];
        Map<String, Integer> vocabulary = new HashMap<>();
        List<int[]> termCounts = new ArrayList<>(n);
        int[] df = new int[16];
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> tf = new TreeMap<>();
            String text = articles.get(i).text();
            int words = 0;
            for (Word w : Words.split(text.length() > 60_000 ? text.substring(0, 60_000) : text)) {
                String key = Words.contentKey(w.text());
                if (key == null || key.length() < 3) continue;
                int id = vocabulary.computeIfAbsent(key, k -> vocabulary.size());
                tf.merge(id, 1, Integer::sum);
                if (++words > 5_000) break;
            }
            int[] packed = new int[tf.size() * 2];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                if (e.getKey() >= df.length) df = Arrays.copyOf(df, Math.max(df.length * 2, e.getKey() + 1));
                df[e.getKey()]++;
                packed[k++] = e.getKey();
                packed[k++] = e.getValue();
            }
            termCounts.add(packed);
        }
        for (int i = 0; i < n; i++) {
            profiles[i] = profile(articles.get(i), termCounts.get(i), df, n);
            termCounts.set(i, null);
        }

        // candidate pairs from blocks, each block sorted by date so only date neighbours are compared
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : profiles[i].blockKeys) blocks.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
        }
        // candidate pairs as packed longs (a << 32 | b, a < b), de-duplicated by sorting: no boxing, no per-pair objects
        List<String> blockNames = new ArrayList<>(blocks.keySet());
        blockNames.sort(null);
        long[] candidates = new long[1024];
        int count = 0;
        for (String name : blockNames) {
            List<Integer> members = blocks.get(name);
            members.sort(Comparator.comparingLong((Integer i) -> profiles[i].day).thenComparingInt(i -> i));
            for (int x = 0; x < members.size(); x++) {
                int a = members.get(x);
                int compared = 0;
                for (int y = x + 1; y < members.size() && compared < rules.maxCandidatesPerBlock(); y++) {
                    int b = members.get(y);
                    if (profiles[a].day != Long.MIN_VALUE && profiles[b].day - profiles[a].day > rules.dateToleranceDays() + 1) break;
                    compared++;
                    if (count == candidates.length) candidates = Arrays.copyOf(candidates, candidates.length * 2);
                    candidates[count++] = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
                }
            }
        }
        Arrays.sort(candidates, 0, count);
        // edges as packed longs: score bucket (best first), then a, then b — sorting them is the best-first order
        long[] edges = new long[Math.max(16, count / 4)];
        int edgeCount = 0;
        double[] nearest = new double[n];
        int[] nearestOf = new int[n];
        Arrays.fill(nearest, -1);
        Arrays.fill(nearestOf, -1);
        for (int k = 0; k < count; k++) {
            if (k > 0 && candidates[k] == candidates[k - 1]) continue;
            int a = (int) (candidates[k] >>> 32), b = (int) candidates[k];
            double raw = rawScore(profiles[a], profiles[b]);
            for (int[] side : new int[][] {{a, b}, {b, a}}) {
                if (raw > nearest[side[0]]) {
                    nearest[side[0]] = raw;
                    nearestOf[side[0]] = side[1];
                }
            }
            double sc = score(profiles[a], profiles[b]);
            if (sc < 0) continue;
            if (edgeCount == edges.length) edges = Arrays.copyOf(edges, edges.length * 2);
            long bucket = Math.max(0, Math.min(4095, (long) ((1.0 - Math.min(sc, 1.0)) * 4095)));
            edges[edgeCount++] = bucket << 52 | ((long) a << 26) | b;
        }
        Arrays.sort(edges, 0, edgeCount);

        int[] parent = new int[n];
        long[] minDay = new long[n], maxDay = new long[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            minDay[i] = profiles[i].day;
            maxDay[i] = profiles[i].day;
        }
        for (int k = 0; k < edgeCount; k++) {
            int ea = (int) ((edges[k] >>> 26) & 0x3FFFFFF), eb = (int) (edges[k] & 0x3FFFFFF);
            int ra = find(parent, ea), rb = find(parent, eb);
            if (ra == rb) continue;
            long lo = min(minDay[ra], minDay[rb]), hi = max(maxDay[ra], maxDay[rb]);
            if (lo != Long.MIN_VALUE && hi - lo > rules.maxSpanDays()) continue;
            int root = Math.min(ra, rb), other = Math.max(ra, rb);
            parent[other] = root;
            minDay[root] = lo;
            maxDay[root] = hi;
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        List<int[]> out = new ArrayList<>();
        Map<Integer, String> reasons = new TreeMap<>();
        for (List<Integer> g : groups.values()) {
            out.add(g.stream().mapToInt(Integer::intValue).toArray());
            if (g.size() == 1) reasons.put(g.get(0), reason(profiles, g.get(0), nearest[g.get(0)], nearestOf[g.get(0)]));
        }
        return new Grouping(out, reasons);
    }

    private String reason(Profile[] profiles, int i, double nearest, int nearestOf) {
        Profile p = profiles[i];
        String dated = p.day == Long.MIN_VALUE ? "no date" : p.dateFromText ? "dated in its text" : "dated by publication only";
        if (nearestOf < 0) {
            return dated + "; no other account shares its participants or rare words";
        }
        Profile o = profiles[nearestOf];
        if (p.day != Long.MIN_VALUE && o.day != Long.MIN_VALUE && Math.abs(p.day - o.day) > rules.dateToleranceDays() + 1) {
            return dated + "; the closest account in content is " + Math.abs(p.day - o.day) + " days away";
        }
        double threshold = rules.threshold() + (p.day == Long.MIN_VALUE || o.day == Long.MIN_VALUE ? rules.undatedPenalty() : 0);
        return String.format(java.util.Locale.ROOT, "%s; too little in common with the nearest account (score %.2f, needs %.2f)",
                dated, nearest, threshold);
    }

    /** The pair's weighted score without the threshold or the date cut-off, for reasons. */
    private double rawScore(Profile a, Profile b) {
        double dateAgreement = 0;
        if (a.day != Long.MIN_VALUE && b.day != Long.MIN_VALUE) {
            long gap = Math.abs(a.day - b.day);
            dateAgreement = gap == 0 ? 1 : gap == 1 ? 0.6 : gap == 2 ? 0.2 : 0;
            if (!a.dateFromText || !b.dateFromText) dateAgreement *= 0.5;
        }
        double place = a.places.length > 0 && b.places.length > 0 ? (intersects(a.places, b.places) ? 1 : 0) : 0.5;
        return rules.textWeight() * cosine(a, b) + rules.entityWeight() * jaccard(a.entities, b.entities)
                + rules.placeWeight() * place + rules.peopleWeight() * jaccard(a.people, b.people)
                + rules.dateWeight() * dateAgreement;
    }

    /** The pair's score, or -1 when dates rule it out or it is below threshold. */
    private double score(Profile a, Profile b) {
        double threshold = rules.threshold();
        double dateAgreement = 0;
        if (a.day != Long.MIN_VALUE && b.day != Long.MIN_VALUE) {
            long gap = Math.abs(a.day - b.day);
            int tolerance = rules.dateToleranceDays() + (a.dateFromText && b.dateFromText ? 0 : 1);
            if (gap > tolerance) return -1;
            // the same day agrees fully, a day apart (arrival and press conference) partly
            dateAgreement = gap == 0 ? 1 : gap == 1 ? 0.6 : 0.2;
            if (!a.dateFromText || !b.dateFromText) dateAgreement *= 0.5;
        } else {
            threshold += rules.undatedPenalty();
        }
        double cos = cosine(a, b);
        double ent = jaccard(a.entities, b.entities);
        double people = jaccard(a.people, b.people);
        double place = a.places.length > 0 && b.places.length > 0 ? (intersects(a.places, b.places) ? 1 : 0) : 0.5;
        double s = rules.textWeight() * cos + rules.entityWeight() * ent + rules.placeWeight() * place
                + rules.peopleWeight() * people + rules.dateWeight() * dateAgreement;
        return s >= threshold ? s : -1;
    }

    private static double cosine(Profile a, Profile b) {
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.terms.length && j < b.terms.length) {
            if (a.terms[i] == b.terms[j]) dot += a.weights[i++] * b.weights[j++];
            else if (a.terms[i] < b.terms[j]) i++;
            else j++;
        }
        return dot;
    }

    private static double jaccard(String[] a, String[] b) {
        if (a.length == 0 && b.length == 0) return 0;
        int common = 0;
        for (String s : a) if (Arrays.binarySearch(b, s) >= 0) common++;
        return (double) common / (a.length + b.length - common);
    }

    private static boolean intersects(String[] a, String[] b) {
        for (String s : a) if (Arrays.binarySearch(b, s) >= 0) return true;
        return false;
    }

    private Profile profile(AnalyzedArticle a, int[] packed, int[] df, int n) {
        int terms = packed.length / 2;
        double[] w = new double[terms];
        Integer[] order = new Integer[terms];
        for (int t = 0; t < terms; t++) {
            int id = packed[2 * t];
            w[t] = (1 + Math.log(packed[2 * t + 1])) * Math.log(1.0 + (double) n / df[id]);
            order[t] = t;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer t) -> -w[t]).thenComparingInt(t -> packed[2 * t]));
        int keep = Math.min(terms, rules.termsPerArticle());
        int[] ids = new int[keep];
        double[] weights = new double[keep];
        Integer[] kept = Arrays.copyOf(order, keep);
        Arrays.sort(kept, Comparator.comparingInt(t -> packed[2 * t]));
        double norm = 0;
        for (int k = 0; k < keep; k++) {
            ids[k] = packed[2 * kept[k]];
            weights[k] = w[kept[k]];
            norm += weights[k] * weights[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < keep; k++) weights[k] /= norm == 0 ? 1 : norm;

        Map<String, Integer> people = new TreeMap<>();
        Set<String> entities = new TreeSet<>();
        Set<String> places = new TreeSet<>();
        for (EntityMention m : a.mentions()) {
            if (m.entityId() == null) continue;
            entities.add(m.entityId());
            if (m.kind() == EntityKind.PERSON) people.merge(m.entityId(), 1, Integer::sum);
            if (m.kind() == EntityKind.PLACE) places.add(m.entityId());
        }
        if (a.dateline() != null && a.dateline().place() != null) places.add("dateline:" + Words.fold(a.dateline().place()));
        List<String> top = people.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).map(Map.Entry::getKey).sorted().toList();
        Set<String> keys = new LinkedHashSet<>();
        if (top.size() >= 2) {
            for (int x = 0; x < top.size(); x++)
                for (int y = x + 1; y < top.size(); y++) keys.add("p:" + top.get(x) + "|" + top.get(y));
        } else if (top.size() == 1) {
            keys.add("p:" + top.get(0));
        }
        // rare terms catch accounts whose participants were not linked (or that name only one of them)
        for (int k = 0; k < Math.min(2, keep); k++) keys.add("t:" + packed[2 * order[k]]);
        EventDates.Inferred date = EventDates.infer(a);
        long day = date.date() == null ? Long.MIN_VALUE : date.date().toEpochDay();
        return new Profile(ids, weights, entities.toArray(String[]::new), places.toArray(String[]::new),
                top.toArray(String[]::new), keys.toArray(String[]::new), day, date.fromText());
    }

    private static long min(long a, long b) {
        if (a == Long.MIN_VALUE) return b;
        if (b == Long.MIN_VALUE) return a;
        return Math.min(a, b);
    }

    private static long max(long a, long b) {
        return Math.max(a, b);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private record Profile(int[] terms, double[] weights, String[] entities, String[] places, String[] people,
                           String[] blockKeys, long day, boolean dateFromText) {}

    /** For labels: the date most members agree on. */
    public static LocalDate eventDate(List<AnalyzedArticle> members) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (AnalyzedArticle a : members) {
            EventDates.Inferred d = EventDates.infer(a);
            if (d.date() != null) counts.merge(d.date(), d.fromText() ? 2 : 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<LocalDate, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }
}
