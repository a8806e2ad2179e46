package dev.parallax.comparator.event;

import dev.parallax.comparator.ComparisonConfig.EventRules;
import dev.parallax.core.model.AnalyzedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups accounts of the same event.
 *
 * <ol>
 *   <li>Candidates: accounts are compared only within blocks (pairs of main people, a main person, a
 *       rare word, another name) and, inside a block sorted by event day, only with neighbours within
 *       the date tolerance, so the work grows with the number of accounts, not its square.</li>
 *   <li>Each candidate pair gets a probability of reporting one event from a logistic model over
 *       {@link PairFeatures} (meaning of the leads, words, people, places, names, days, language),
 *       with weights fitted on labelled events.</li>
 *   <li>Groups join by average link, best first, while the mean probability over every pair of their
 *       accounts stays at or above the threshold and their days stay within {@link EventRules#maxSpanDays()}.
 *       Average (not single) link keeps five meetings of the same two leaders apart; the span keeps two
 *       visits to one city apart.</li>
 * </ol>
 * Every account left alone gets a reason. Deterministic: the same accounts in any order give the same groups.
 */
public final class EventGrouper {
    private final EventRules rules;
    private final double[] weights;

    public EventGrouper(EventRules rules) {
        this.rules = rules;
        this.weights = rules.weights().asArray();
    }

    /**
     * Groups and, for every account left on its own, one line saying why.
     *
     * @param groups  groups of article indexes into the input; every article is in exactly one, singletons included
     * @param reasons for each index of a singleton group, why no event took it
     * @param nearest for each index of a singleton group with any candidate, the index of the account closest to it
     */
    public record Grouping(List<int[]> groups, Map<Integer, String> reasons, Map<Integer, Integer> nearest) {
        public Grouping {
            groups = List.copyOf(groups);
            reasons = Map.copyOf(reasons);
            nearest = Map.copyOf(nearest);
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
        // a canonical order (by id) so that shuffled input gives the same groups
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) byId[i] = i;
        Arrays.sort(byId, Comparator.comparing((Integer i) -> articles.get(i).id()).thenComparingInt(i -> i));
        List<AnalyzedArticle> sorted = new ArrayList<>(n);
        for (int i : byId) sorted.add(articles.get(i));
        AccountProfile[] profiles = AccountProfile.of(sorted, rules.termsPerArticle());

        long[] candidates = candidates(profiles);
        Scorer scorer = new Scorer(profiles);
        Clusters clusters = new Clusters(profiles, scorer);
        double[] nearest = new double[n];
        int[] nearestOf = new int[n];
        byte[] vetoed = new byte[n];
        Arrays.fill(nearest, -1);
        Arrays.fill(nearestOf, -1);
        for (long c : candidates) {
            int a = (int) (c >>> 32), b = (int) c;
            double p = profiles[a].dated() && profiles[b].dated() && Math.abs(profiles[a].day() - profiles[b].day()) > rules.dateToleranceDays()
                    ? -1 : scorer.probability(a, b);
            if (p < 0) {
                // remember why: other days, or (both undated) a meeting put somewhere else
                boolean elsewhere = !profiles[a].dated() && !profiles[b].dated() && PairFeatures.elsewhere(profiles[a], profiles[b]);
                vetoed[a] |= elsewhere ? ELSEWHERE : OTHER_DAYS;
                vetoed[b] |= elsewhere ? ELSEWHERE : OTHER_DAYS;
                continue;
            }
            for (int[] side : new int[][] {{a, b}, {b, a}}) {
                if (p > nearest[side[0]] || (p == nearest[side[0]] && side[1] < nearestOf[side[0]])) {
                    nearest[side[0]] = p;
                    nearestOf[side[0]] = side[1];
                }
            }
            clusters.link(a, b, p);
        }
        clusters.agglomerate(rules.threshold(), rules.maxSpanDays());
        clusters.attachLoners(rules.attachThreshold(), ATTACH_MARGIN, rules.maxSpanDays());

        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(clusters.find(i), r -> new ArrayList<>()).add(i);
        List<int[]> out = new ArrayList<>();
        Map<Integer, String> reasons = new TreeMap<>();
        Map<Integer, Integer> nearestAccount = new TreeMap<>();
        for (List<Integer> g : groups.values()) {
            int[] original = g.stream().mapToInt(i -> byId[i]).sorted().toArray();
            out.add(original);
            if (g.size() == 1) {
                int i = g.get(0);
                reasons.put(byId[i], reason(profiles, sorted, clusters, i, nearest[i], nearestOf[i], vetoed[i]));
                if (nearestOf[i] >= 0) nearestAccount.put(byId[i], byId[nearestOf[i]]);
            }
        }
        out.sort(Comparator.comparingInt(g -> g[0]));
        return new Grouping(out, reasons, nearestAccount);
    }

    /** Why an account was kept from others that share its people or names. */
    private static final byte OTHER_DAYS = 1, ELSEWHERE = 2;

    /**
     * A map key for the pair {a, b}: the packed pair times an odd constant, a bijection on longs, so that
     * {@code Long.hashCode} (high word xor low word) spreads the keys. The packed pair itself hashes to
     * {@code a ^ b}, and a large batch puts thousands of pairs in one bucket.
     */
    static long pairKey(int a, int b) {
        long packed = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        return packed * 0x9E3779B97F4A7C15L;
    }

    /** How much closer an account left alone must be to one event than to any other to join it. */
    static final double ATTACH_MARGIN = 0.1;

    /** Candidate pairs as packed longs (a << 32 | b, a < b), sorted and distinct. */
    private long[] candidates(AccountProfile[] profiles) {
        int n = profiles.length;
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : profiles[i].blockKeys()) blocks.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
        }
        List<String> blockNames = new ArrayList<>(blocks.keySet());
        blockNames.sort(null);
        long[] candidates = new long[1024];
        int count = 0;
        int tolerance = rules.dateToleranceDays();
        int perBlock = rules.maxCandidatesPerBlock();
        for (String name : blockNames) {
            List<Integer> members = blocks.get(name);
            if (members.size() < 2) continue;
            members.sort(Comparator.comparingLong((Integer i) -> profiles[i].day()).thenComparingInt(i -> i));
            for (int x = 0; x < members.size(); x++) {
                int a = members.get(x);
                int compared = 0;
                // an account without a day is compared with every account of the block, up to a bound
                int limit = profiles[a].dated() ? perBlock : perBlock * 4;
                for (int y = x + 1; y < members.size() && compared < limit; y++) {
                    int b = members.get(y);
                    if (profiles[a].dated() && profiles[b].day() - profiles[a].day() > tolerance) break;
                    compared++;
                    if (count == candidates.length) candidates = Arrays.copyOf(candidates, candidates.length * 2);
                    candidates[count++] = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
                }
            }
        }
        Arrays.sort(candidates, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) if (k == 0 || candidates[k] != candidates[k - 1]) candidates[distinct++] = candidates[k];
        return Arrays.copyOf(candidates, distinct);
    }

    private String reason(AccountProfile[] profiles, List<AnalyzedArticle> articles, Clusters clusters, int i, double nearest,
                          int nearestOf, byte vetoed) {
        AccountProfile p = profiles[i];
        String dated = switch (p.dating().source()) {
            case DATELINE -> "dated by its dateline " + p.dating().event();
            case TEXT -> "dated " + p.dating().event() + " by its text";
            case PUBLICATION -> "dated " + p.dating().event() + " by publication only";
            case ADDRESS -> "dated " + p.dating().event() + " by its web address only";
            case NONE -> "no date";
        };
        if (nearestOf < 0) {
            if ((vetoed & OTHER_DAYS) != 0) {
                return dated + "; the accounts that share its people or names are more than " + rules.dateToleranceDays() + " days away";
            }
            return dated + (vetoed != 0 ? "; the accounts that share its people or names put the meeting somewhere else"
                    : "; no other account shares its main people, places, names or rare words");
        }
        AnalyzedArticle o = articles.get(nearestOf);
        String who = (o.outlet() == null ? o.id().substring(0, 8) : o.outlet())
                + (o.meta() != null && o.meta().title() != null ? ", \"" + shorten(o.meta().title()) + "\"" : "");
        if (nearest >= rules.threshold()) {
            // alike to one account, yet left alone: say what about its event kept it out
            Clusters.Offer offer = clusters.offer(i);
            if (offer.event() >= 0 && offer.best() < rules.attachThreshold()) {
                return String.format(Locale.ROOT, "%s; alike to one account (%s, probability %.2f) but not to its event as a whole: "
                        + "%.2f on average over its %d accounts, joining needs %.2f", dated, who, nearest, offer.best(), offer.size(),
                        rules.attachThreshold());
            }
            if (offer.event() >= 0 && offer.best() - offer.second() < ATTACH_MARGIN) {
                return String.format(Locale.ROOT, "%s; as close to two events (%.2f and %.2f on average; the closest account %s): "
                        + "left for a person to place", dated, offer.best(), offer.second(), who);
            }
            if (offer.event() >= 0) {
                return String.format(Locale.ROOT, "%s; alike to the event of %s (%.2f on average), but joining it would stretch that "
                        + "event over more than %d days", dated, who, offer.best(), rules.maxSpanDays());
            }
        }
        return String.format(Locale.ROOT, "%s; too little in common with the closest account (%s): probability %.2f, "
                + "joining needs %.2f", dated, who, nearest, rules.threshold());
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    /** Pair probabilities, computed on demand (candidate pairs once; other pairs when two groups are weighed). */
    private final class Scorer {
        private final AccountProfile[] profiles;
        private final Map<Long, Double> cache = new HashMap<>();

        Scorer(AccountProfile[] profiles) {
            this.profiles = profiles;
        }

        /** The probability that a and b report one event, or -1 when their days rule it out. */
        double probability(int a, int b) {
            long key = pairKey(a, b);
            Double known = cache.get(key);
            if (known != null) return known;
            // accounts further apart than the tolerance are never linked directly, but within an event's span they
            // still count with their likeness when two groups are weighed: a visit's first and last day are one visit
            double[] f = PairFeatures.of(profiles[a], profiles[b], rules.maxSpanDays());
            double p = f == null ? -1 : PairFeatures.probability(f, weights);
            if (cache.size() < 4_000_000) cache.put(key, p);
            return p;
        }
    }

    /** Average-link agglomeration over sparse links. */
    private static final class Clusters {
        private final AccountProfile[] profiles;
        private final Scorer scorer;
        private final int[] parent;
        private final List<List<Integer>> members = new ArrayList<>();
        private final long[] minDay, maxDay;
        private final int[] version;
        /** Sum of pair probabilities between two linked clusters (keyed by their roots). */
        private final Map<Long, Double> sums = new HashMap<>();
        private final Map<Integer, TreeSet<Integer>> neighbours = new HashMap<>();

        Clusters(AccountProfile[] profiles, Scorer scorer) {
            this.profiles = profiles;
            this.scorer = scorer;
            int n = profiles.length;
            parent = new int[n];
            minDay = new long[n];
            maxDay = new long[n];
            version = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                members.add(new ArrayList<>(List.of(i)));
                minDay[i] = profiles[i].day();
                maxDay[i] = profiles[i].day();
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void link(int a, int b, double p) {
            sums.put(key(a, b), p);
            neighbours.computeIfAbsent(a, x -> new TreeSet<>()).add(b);
            neighbours.computeIfAbsent(b, x -> new TreeSet<>()).add(a);
        }

        private record Candidate(double average, int a, int b, int versionA, int versionB) {}

        void agglomerate(double threshold, int maxSpanDays) {
            PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble((Candidate c) -> -c.average)
                    .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
            for (Map.Entry<Integer, TreeSet<Integer>> e : new TreeMap<>(neighbours).entrySet()) {
                for (int b : e.getValue()) {
                    int a = e.getKey();
                    if (a < b) offer(queue, a, b, threshold);
                }
            }
            while (!queue.isEmpty()) {
                Candidate c = queue.poll();
                if (parent[c.a] != c.a || parent[c.b] != c.b || version[c.a] != c.versionA || version[c.b] != c.versionB) continue;
                long lo = min(minDay[c.a], minDay[c.b]), hi = Math.max(maxDay[c.a], maxDay[c.b]);
                if (lo != Long.MIN_VALUE && hi != Long.MIN_VALUE && hi - lo > maxSpanDays) continue;
                merge(c.a, c.b, lo, hi);
                int root = Math.min(c.a, c.b);
                for (int other : neighbours.getOrDefault(root, new TreeSet<>())) offer(queue, root, other, threshold);
            }
        }

        /**
         * An account still alone joins the event it is closest to (by the mean probability over that event's
         * accounts) when that mean reaches {@code threshold}, no other event comes within {@code margin} of it,
         * and the event's days allow it: an account with nothing to date it, close to one event only, belongs
         * there rather than nowhere. Accounts are taken in index order; an event an account joined is not
         * offered to the next account again in this pass, so the outcome does not depend on chains.
         */
        /**
         * The event (a group of two or more) a lone account is closest to by its mean probability over the event's
         * accounts, and the mean of the runner-up; event -1 when no event is linked to it.
         */
        record Offer(int event, double best, double second, int size) {}

        Offer offer(int i) {
            double best = -1, second = -1;
            int target = -1;
            for (int c : neighbours.getOrDefault(i, new TreeSet<>())) {
                if (members.get(c).size() < 2) continue;
                double average = PairFeatures.round(sum(i, c) / members.get(c).size());
                if (average > best) {
                    second = best;
                    best = average;
                    target = c;
                } else if (average > second) {
                    second = average;
                }
            }
            return new Offer(target, best, Math.max(0, second), target < 0 ? 0 : members.get(target).size());
        }

        void attachLoners(double threshold, double margin, int maxSpanDays) {
            int n = parent.length;
            List<int[]> joins = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (parent[i] != i || members.get(i).size() != 1) continue;
                Offer offer = offer(i);
                int target = offer.event();
                if (target < 0 || offer.best() < threshold || offer.best() - offer.second() < margin) continue;
                long lo = min(minDay[i], minDay[target]), hi = Math.max(maxDay[i], maxDay[target]);
                if (lo != Long.MIN_VALUE && hi != Long.MIN_VALUE && hi - lo > maxSpanDays) continue;
                joins.add(new int[] {i, target});
            }
            for (int[] j : joins) {
                int root = find(j[1]);
                long lo = min(minDay[j[0]], minDay[root]), hi = Math.max(maxDay[j[0]], maxDay[root]);
                merge(j[0], root, lo, hi);
            }
        }

        private void offer(PriorityQueue<Candidate> queue, int a, int b, double threshold) {
            double average = PairFeatures.round(sums.get(key(a, b)) / ((double) members.get(a).size() * members.get(b).size()));
            if (average >= threshold) {
                int x = Math.min(a, b), y = Math.max(a, b);
                queue.add(new Candidate(average, x, y, version[x], version[y]));
            }
        }

        private void merge(int a, int b, long lo, long hi) {
            int root = Math.min(a, b), other = Math.max(a, b);
            TreeSet<Integer> around = new TreeSet<>();
            around.addAll(neighbours.getOrDefault(root, new TreeSet<>()));
            around.addAll(neighbours.getOrDefault(other, new TreeSet<>()));
            around.remove(root);
            around.remove(other);
            Map<Integer, Double> merged = new TreeMap<>();
            for (int c : around) merged.put(c, sum(root, c) + sum(other, c));
            for (int c : around) {
                neighbours.get(c).remove(root);
                neighbours.get(c).remove(other);
                sums.remove(key(root, c));
                sums.remove(key(other, c));
            }
            sums.remove(key(root, other));
            neighbours.remove(other);
            parent[other] = root;
            members.get(root).addAll(members.get(other));
            members.get(other).clear();
            minDay[root] = lo;
            maxDay[root] = hi;
            version[root]++;
            version[other]++;
            TreeSet<Integer> mine = new TreeSet<>();
            for (Map.Entry<Integer, Double> e : merged.entrySet()) {
                sums.put(key(root, e.getKey()), e.getValue());
                mine.add(e.getKey());
                neighbours.get(e.getKey()).add(root);
            }
            neighbours.put(root, mine);
        }

        /** The known sum between two clusters, or every pair scored now (pairs their days rule out count 0). */
        private double sum(int a, int b) {
            Double known = sums.get(key(a, b));
            if (known != null) return known;
            double s = 0;
            for (int x : members.get(a)) for (int y : members.get(b)) s += Math.max(0, scorer.probability(x, y));
            return s;
        }

        private static long key(int a, int b) {
            return pairKey(a, b);
        }

        private static long min(long a, long b) {
            if (a == Long.MIN_VALUE) return b;
            if (b == Long.MIN_VALUE) return a;
            return Math.min(a, b);
        }
    }

    /** For labels: the date most members agree on (a day from the text counts double). */
    public static LocalDate eventDate(List<AnalyzedArticle> members) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (AnalyzedArticle a : members) {
            EventDates.Dating d = EventDates.dating(a);
            if (d.event() != null) counts.merge(d.event(), d.fromText() ? 2 : 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<LocalDate, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    /** The features of one pair of accounts (in the order of {@code PairWeights.NAMES}), or null when their days rule it out: for calibration. */
    public static double[] features(AnalyzedArticle a, AnalyzedArticle b, EventRules rules) {
        AccountProfile[] p = AccountProfile.of(List.of(a, b), rules.termsPerArticle());
        return PairFeatures.of(p[0], p[1], rules.dateToleranceDays());
    }

    /** Features of every pair of a batch (TF-IDF over the batch), keyed "i:j" with i < j; pairs their days rule out are absent. */
    public static Map<Long, double[]> allFeatures(List<AnalyzedArticle> articles, EventRules rules) {
        AccountProfile[] p = AccountProfile.of(articles, rules.termsPerArticle());
        Map<Long, double[]> out = new TreeMap<>();
        for (int i = 0; i < p.length; i++) {
            for (int j = i + 1; j < p.length; j++) {
                double[] f = PairFeatures.of(p[i], p[j], rules.dateToleranceDays());
                if (f != null) out.put(((long) i << 32) | j, f);
            }
        }
        return out;
    }
}
