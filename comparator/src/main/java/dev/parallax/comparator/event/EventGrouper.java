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
import java.util.TreeMap;

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
            for (int side = 0; side < 2; side++) {
                int x = side == 0 ? a : b, y = side == 0 ? b : a;
                if (p > nearest[x] || (p == nearest[x] && y < nearestOf[x])) {
                    nearest[x] = p;
                    nearestOf[x] = y;
                }
            }
            clusters.link(a, b, p);
        }
        clusters.agglomerate(rules.threshold(), rules.maxSpanDays());
        clusters.joinByDatedAccounts(rules.threshold(), rules.maxSpanDays());
        clusters.attachUndatedGroups(rules.attachThreshold(), ATTACH_MARGIN);
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

    /** How much closer an account left alone must be to one event than to any other to join it. */
    static final double ATTACH_MARGIN = 0.1;

    /** Candidate pairs as packed longs (a << 32 | b, a < b), sorted and distinct. */
    private long[] candidates(AccountProfile[] profiles) {
        int n = profiles.length;
        Map<String, int[]> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : profiles[i].blockKeys()) {
                // a block's accounts: element 0 counts them, the rest are their indexes
                int[] members = blocks.get(key);
                if (members == null) members = new int[4];
                else if (members[0] + 1 == members.length) members = Arrays.copyOf(members, members.length * 2);
                members[++members[0]] = i;
                blocks.put(key, members);
            }
        }
        // accounts in order of event day (none first), then index: each one's rank among the days, then its index
        long[] days = new long[n];
        for (int i = 0; i < n; i++) days[i] = profiles[i].day();
        long[] distinctDays = Arrays.stream(days).sorted().distinct().toArray();
        long[] order = new long[16];
        long[] candidates = new long[1024];
        int count = 0;
        int tolerance = rules.dateToleranceDays();
        int perBlock = rules.maxCandidatesPerBlock();
        // blocks in any order: the pairs are sorted and made distinct at the end
        for (int[] block : blocks.values()) {
            int size = block[0];
            if (size < 2) continue;
            if (order.length < size) order = new long[Math.max(size, 2 * order.length)];
            for (int k = 0; k < size; k++) {
                int i = block[k + 1];
                order[k] = ((long) Arrays.binarySearch(distinctDays, days[i]) << 32) | i;
            }
            Arrays.sort(order, 0, size);
            for (int x = 0; x < size; x++) {
                int a = (int) order[x];
                int compared = 0;
                // an account without a day is compared with every account of the block, up to a bound
                int limit = profiles[a].dated() ? perBlock : perBlock * 4;
                for (int y = x + 1; y < size && compared < limit; y++) {
                    int b = (int) order[y];
                    if (profiles[a].dated() && days[b] - days[a] > tolerance) break;
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
        String who = o.name()
                + (o.meta() != null && o.meta().title() != null ? ", \"" + shorten(o.meta().title()) + "\"" : "");
        Clusters.Offer offer = clusters.offer(i);
        // an undated account is weighed by its closest account in each event, a dated one by the mean over the event
        String measure = clusters.undated(i) ? "by the closest account of each" : "on average";
        if (offer.event() >= 0 && offer.best() >= rules.attachThreshold()) {
            // close enough to an event, yet left alone: say what about the events kept it out
            if (offer.best() - offer.second() < ATTACH_MARGIN) {
                return String.format(Locale.ROOT, "%s; as close to two events (%.2f and %.2f %s; the closest account %s): "
                        + "left for a person to place", dated, offer.best(), offer.second(), measure, who);
            }
            return String.format(Locale.ROOT, "%s; alike to the event of %s (%.2f %s), but joining it would stretch that "
                    + "event over more than %d days", dated, who, offer.best(), measure, rules.maxSpanDays());
        }
        if (offer.event() >= 0 && nearest >= rules.threshold()) {
            return String.format(Locale.ROOT, "%s; alike to one account (%s, probability %.2f) but not to its event as a whole: "
                    + "%.2f on average over its %d accounts, joining needs %.2f", dated, who, nearest, offer.best(), offer.size(),
                    rules.attachThreshold());
        }
        if (offer.event() < 0 && clusters.sizeOf(nearestOf) >= 2) {
            // the closest account's event holds another account whose days or places rule this one out
            return String.format(Locale.ROOT, "%s; alike to one account (%s, probability %.2f), but another account of its "
                    + "event puts the meeting on days or in places that rule this one out", dated, who, nearest);
        }
        if (offer.event() >= 0) {
            return String.format(Locale.ROOT, "%s; too little in common with the event of the closest account (%s): %.2f %s, "
                    + "joining needs %.2f", dated, who, offer.best(), measure.replace(" of each", ""), rules.attachThreshold());
        }
        return String.format(Locale.ROOT, "%s; too little in common with the closest account (%s): probability %.2f, "
                + "joining needs %.2f", dated, who, nearest, rules.threshold());
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    /**
     * Pair probabilities, computed on demand: candidate pairs once, other pairs when two groups are weighed. Each
     * pair is scored at most once by a grouping run (a pair weighed joins two groups that stay linked), so nothing
     * is cached; a pair is scored in the order asked ({@link PairFeatures#hint} reads the first account's days first).
     */
    private final class Scorer {
        private final AccountProfile[] profiles;
        private final double[] scratch = new double[PairFeatures.SIZE];

        Scorer(AccountProfile[] profiles) {
            this.profiles = profiles;
        }

        boolean dated(int a) {
            return profiles[a].dated();
        }

        /** The probability that a and b report one event, or -1 when their days rule it out. */
        double probability(int a, int b) {
            // accounts further apart than the tolerance are never linked directly, but within an event's span they
            // still count with their likeness when two groups are weighed: a visit's first and last day are one visit
            AccountProfile x = profiles[a], y = profiles[b];
            if (x.dated() && y.dated() && Math.abs(x.day() - y.day()) > rules.maxSpanDays()) return -1;
            return PairFeatures.probability(x, y, rules.maxSpanDays(), weights, scratch);
        }
    }

    /**
     * Average-link agglomeration over sparse links. Each group (named by its root, its smallest account) keeps the
     * groups it is linked to with the sum of pair probabilities between them ({@link Links}); its accounts are kept
     * in the order they joined, since sums of probabilities are added up in that order.
     */
    private static final class Clusters {
        private final Scorer scorer;
        private final int[] parent;
        private final int[][] members;
        private final int[] size;
        private final long[] minDay, maxDay;
        private final int[] version;
        /** For each root: the roots it is linked to and the sum of pair probabilities between the two; null for none. */
        private final Links[] links;

        Clusters(AccountProfile[] profiles, Scorer scorer) {
            this.scorer = scorer;
            int n = profiles.length;
            parent = new int[n];
            members = new int[n][];
            size = new int[n];
            minDay = new long[n];
            maxDay = new long[n];
            version = new int[n];
            links = new Links[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                members[i] = new int[] {i};
                size[i] = 1;
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
            links(a).put(b, p);
            links(b).put(a, p);
        }

        private Links links(int root) {
            if (links[root] == null) links[root] = new Links(4);
            return links[root];
        }

        void agglomerate(double threshold, int maxSpanDays) {
            Queue queue = new Queue();
            for (int a = 0; a < links.length; a++) {
                Links l = links[a];
                if (l == null) continue;
                for (int k = 0; k < l.keys.length; k++) {
                    int b = l.keys[k];
                    if (b > a) offer(queue, a, b, l.values[k], threshold);
                }
            }
            while (!queue.isEmpty()) {
                int a = queue.a(), b = queue.b(), versionA = queue.versionA(), versionB = queue.versionB();
                queue.poll();
                if (parent[a] != a || parent[b] != b || version[a] != versionA || version[b] != versionB) continue;
                long lo = min(minDay[a], minDay[b]), hi = Math.max(maxDay[a], maxDay[b]);
                if (lo != Long.MIN_VALUE && hi != Long.MIN_VALUE && hi - lo > maxSpanDays) continue;
                merge(a, b, lo, hi);
                int root = Math.min(a, b);
                Links l = links[root];
                if (l == null) continue;
                for (int k = 0; k < l.keys.length; k++) if (l.keys[k] >= 0) offer(queue, root, l.keys[k], l.values[k], threshold);
            }
        }

        /**
         * Two groups whose dated accounts read as one event join, however far apart their undated accounts are: pages
         * with no day got into a group by their likeness to some of its accounts, and their pairs with the other group
         * (each with the penalty of a pair without a day) pull the mean over every pair under the threshold, so that one
         * meeting's coverage stays in two groups of the same day and place. Here only the pairs of a dated account of
         * one group and a dated account of the other count: when their mean reaches {@code threshold} and the days of
         * both stay within {@code maxSpanDays}, the groups join. Only groups that hold an undated account are weighed so
         * (without one, the mean over every pair has already decided); pairs are taken closest first, ties by root, until
         * none is left.
         */
        void joinByDatedAccounts(double threshold, int maxSpanDays) {
            while (true) {
                double best = -1;
                int bestA = -1, bestB = -1;
                for (int a = 0; a < parent.length; a++) {
                    if (parent[a] != a || links[a] == null || undated(a)) continue;
                    for (int b : links[a].sortedKeys()) {
                        if (b <= a || undated(b) || (!holdsUndated(a) && !holdsUndated(b))) continue;
                        long lo = min(minDay[a], minDay[b]), hi = Math.max(maxDay[a], maxDay[b]);
                        if (hi - lo > maxSpanDays) continue;
                        double mean = datedMean(a, b);
                        if (mean >= threshold && mean > best) {
                            best = mean;
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
                if (bestA < 0) return;
                merge(bestA, bestB, min(minDay[bestA], minDay[bestB]), Math.max(maxDay[bestA], maxDay[bestB]));
            }
        }

        /** Whether a group holds an account without a day. */
        private boolean holdsUndated(int root) {
            for (int k = 0; k < size[root]; k++) if (!scorer.dated(members[root][k])) return true;
            return false;
        }

        /** The mean probability over pairs of a dated account of each group (pairs their days rule out count 0). */
        private double datedMean(int a, int b) {
            double sum = 0;
            int pairs = 0;
            for (int i = 0; i < size[a]; i++) {
                int x = members[a][i];
                if (!scorer.dated(x)) continue;
                for (int j = 0; j < size[b]; j++) {
                    int y = members[b][j];
                    if (!scorer.dated(y)) continue;
                    sum += Math.max(0, scorer.probability(x, y));
                    pairs++;
                }
            }
            return pairs == 0 ? 0 : PairFeatures.round(sum / pairs);
        }

        /**
         * The event (a group of two or more) a lone account is closest to, and the runner-up's score; event -1 when
         * no event is linked to it. A dated account is scored by its mean probability over the event's accounts; an
         * undated one by its closest account there ({@link #closestPair}): with no day, it is usually a speech, an
         * editorial or a listing that covers one occasion of a visit, and the mean over the event's other occasions
         * (a dinner, a joint statement, a press conference) understates how close it is, while its days can rule
         * out no event.
         */
        record Offer(int event, double best, double second, int size) {}

        Offer offer(int i) {
            Links l = links[i];
            if (undated(i)) return nearest(i, c -> size[c] >= 2, c -> closestPair(i, c));
            return nearest(i, c -> size[c] >= 2, c -> PairFeatures.round(l.get(c) / size[c]));
        }

        /** How many accounts the group of account {@code i} holds. */
        int sizeOf(int i) {
            return size[find(i)];
        }

        /** A group none of whose accounts has a day. */
        boolean undated(int root) {
            return minDay[root] == Long.MIN_VALUE && maxDay[root] == Long.MIN_VALUE;
        }

        /** The group linked to group {@code i} that scores highest among those {@code eligible}, and the runner-up's score. */
        private Offer nearest(int i, java.util.function.IntPredicate eligible, java.util.function.IntToDoubleFunction score) {
            double best = -1, second = -1;
            int target = -1;
            Links l = links[i];
            int[] around = l == null ? new int[0] : l.sortedKeys();
            for (int c : around) {
                if (!eligible.test(c)) continue;
                double x = score.applyAsDouble(c);
                if (x > best) {
                    second = best;
                    best = x;
                    target = c;
                } else if (x > second) {
                    second = x;
                }
            }
            return new Offer(target, best, Math.max(0, second), target < 0 ? 0 : size[target]);
        }

        /**
         * An account still alone joins the event it is closest to ({@link #offer}: the mean probability over that
         * event's accounts, or for an undated account its closest account there) when that score reaches
         * {@code threshold}, no other event comes within {@code margin} of it,
         * and the event's days allow it: an account with nothing to date it, close to one event only, belongs
         * there rather than nowhere. Accounts are taken in index order; an event an account joined is not
         * offered to the next account again in this pass, so the outcome does not depend on chains.
         */
        void attachLoners(double threshold, double margin, int maxSpanDays) {
            int n = parent.length;
            List<int[]> joins = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (parent[i] != i || size[i] != 1) continue;
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

        /**
         * A group of accounts none of which has a day (two pages of one outlet's media listing, say) joins the group
         * its closest pair of accounts links it to, when that pair's probability reaches {@code threshold} and no
         * other group's closest pair comes within {@code margin}. Such pages each cover several occasions of a visit,
         * so the mean over every pair understates how close they are; with no day to rule a group out, only a clear
         * nearest neighbour counts. Groups are taken in index order and judged before any of them joins.
         */
        void attachUndatedGroups(double threshold, double margin) {
            int n = parent.length;
            List<int[]> joins = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                if (parent[r] != r || size[r] < 2 || !undated(r)) continue;
                final int group = r;
                Offer offer = nearest(r, c -> true, c -> closestPair(group, c));
                if (offer.event() >= 0 && offer.best() >= threshold && offer.best() - offer.second() >= margin) joins.add(new int[] {r, offer.event()});
            }
            for (int[] j : joins) {
                int a = find(j[0]), b = find(j[1]);
                if (a == b) continue;
                merge(a, b, min(minDay[a], minDay[b]), Math.max(maxDay[a], maxDay[b]));
            }
        }

        /**
         * The highest probability of a pair with one account in each group, or -1 when the days or places of any pair
         * rule it out: an undated account that names the 22nd of February is no account of a meeting another of the
         * group's accounts puts on the 14th of September, however close it is to a third that names no day.
         */
        private double closestPair(int a, int b) {
            double best = 0;
            int[] x = members[a], y = members[b];
            for (int i = 0, m = size[a]; i < m; i++) {
                for (int j = 0, k = size[b]; j < k; j++) {
                    double p = scorer.probability(x[i], y[j]);
                    if (p < 0) return -1;
                    best = Math.max(best, p);
                }
            }
            return PairFeatures.round(best);
        }

        private void offer(Queue queue, int a, int b, double sum, double threshold) {
            double average = PairFeatures.round(sum / ((double) size[a] * size[b]));
            if (average >= threshold) {
                int x = Math.min(a, b), y = Math.max(a, b);
                queue.add(average, x, y, version[x], version[y]);
            }
        }

        /**
         * Joins two groups: the sum to every group linked to either is the sum to the one plus the sum to the other,
         * pairs never scored (the group was linked to one side only) scored now.
         */
        private void merge(int a, int b, long lo, long hi) {
            int root = Math.min(a, b), other = Math.max(a, b);
            Links mine = links[root], theirs = links[other];
            Links merged = new Links((mine == null ? 0 : mine.size) + (theirs == null ? 0 : theirs.size));
            if (mine != null) {
                for (int k = 0; k < mine.keys.length; k++) {
                    int c = mine.keys[k];
                    if (c < 0 || c == other) continue;
                    int at = theirs == null ? -1 : theirs.find(c);
                    merged.put(c, mine.values[k] + (at >= 0 ? theirs.values[at] : pairs(other, c)));
                }
            }
            if (theirs != null) {
                for (int k = 0; k < theirs.keys.length; k++) {
                    int c = theirs.keys[k];
                    if (c < 0 || c == root || (mine != null && mine.find(c) >= 0)) continue;
                    merged.put(c, pairs(root, c) + theirs.values[k]);
                }
            }
            for (int k = 0; k < merged.keys.length; k++) {
                int c = merged.keys[k];
                if (c < 0) continue;
                Links around = links[c];
                around.remove(other);
                around.put(root, merged.values[k]);
            }
            links[other] = null;
            links[root] = merged.size == 0 ? null : merged;
            parent[other] = root;
            int[] joined = members[root];
            if (joined.length < size[root] + size[other]) joined = Arrays.copyOf(joined, Math.max(2 * joined.length, size[root] + size[other]));
            System.arraycopy(members[other], 0, joined, size[root], size[other]);
            members[root] = joined;
            size[root] += size[other];
            members[other] = null;
            size[other] = 0;
            minDay[root] = lo;
            maxDay[root] = hi;
            version[root]++;
            version[other]++;
        }

        /** Every pair between two groups scored and summed in the groups' order (pairs their days rule out count 0). */
        private double pairs(int a, int b) {
            double s = 0;
            int[] x = members[a], y = members[b];
            for (int i = 0, m = size[a]; i < m; i++) for (int j = 0, k = size[b]; j < k; j++) s += Math.max(0, scorer.probability(x[i], y[j]));
            return s;
        }

        private static long min(long a, long b) {
            if (a == Long.MIN_VALUE) return b;
            if (b == Long.MIN_VALUE) return a;
            return Math.min(a, b);
        }
    }

    /** Open-addressing map from a group (a non-negative int) to a sum; -1 marks a free slot. */
    private static final class Links {
        int[] keys;
        double[] values;
        int size;

        Links(int expected) {
            int capacity = 4;
            while (capacity < expected * 2) capacity <<= 1;
            keys = new int[capacity];
            values = new double[capacity];
            Arrays.fill(keys, -1);
        }

        private int slot(int key) {
            int h = key * 0x9E3779B9;
            return (h ^ (h >>> 16)) & (keys.length - 1);
        }

        int find(int key) {
            for (int k = slot(key); ; k = (k + 1) & (keys.length - 1)) {
                if (keys[k] == key) return k;
                if (keys[k] < 0) return -1;
            }
        }

        double get(int key) {
            return values[find(key)];
        }

        void put(int key, double value) {
            if ((size + 1) * 2 > keys.length) grow();
            int k = slot(key);
            while (keys[k] >= 0 && keys[k] != key) k = (k + 1) & (keys.length - 1);
            if (keys[k] < 0) size++;
            keys[k] = key;
            values[k] = value;
        }

        /** Removes a key, shifting back the entries after it so lookups need no tombstones. */
        void remove(int key) {
            int k = find(key);
            if (k < 0) return;
            int mask = keys.length - 1;
            size--;
            int free = k;
            for (int j = (k + 1) & mask; keys[j] >= 0; j = (j + 1) & mask) {
                int home = slot(keys[j]);
                // move j back to free unless its home lies cyclically in (free, j]
                boolean stays = free <= j ? free < home && home <= j : free < home || home <= j;
                if (!stays) {
                    keys[free] = keys[j];
                    values[free] = values[j];
                    free = j;
                }
            }
            keys[free] = -1;
        }

        int[] sortedKeys() {
            int[] out = new int[size];
            int n = 0;
            for (int key : keys) if (key >= 0) out[n++] = key;
            Arrays.sort(out);
            return out;
        }

        private void grow() {
            int[] oldKeys = keys;
            double[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new double[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int k = 0; k < oldKeys.length; k++) if (oldKeys[k] >= 0) put(oldKeys[k], oldValues[k]);
        }
    }

    /**
     * Merges waiting, best first: highest average, then the smaller first group, then the smaller second (a total
     * order, so any heap polls them alike), as a binary heap over primitive arrays.
     */
    private static final class Queue {
        private double[] average = new double[1024];
        private int[] a = new int[1024], b = new int[1024], versionA = new int[1024], versionB = new int[1024];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        int a() {
            return a[0];
        }

        int b() {
            return b[0];
        }

        int versionA() {
            return versionA[0];
        }

        int versionB() {
            return versionB[0];
        }

        void add(double avg, int x, int y, int vx, int vy) {
            if (size == average.length) {
                int capacity = size * 2;
                average = Arrays.copyOf(average, capacity);
                a = Arrays.copyOf(a, capacity);
                b = Arrays.copyOf(b, capacity);
                versionA = Arrays.copyOf(versionA, capacity);
                versionB = Arrays.copyOf(versionB, capacity);
            }
            int k = size++;
            while (k > 0) {
                int up = (k - 1) >>> 1;
                if (!precedes(avg, x, y, average[up], a[up], b[up])) break;
                move(up, k);
                k = up;
            }
            set(k, avg, x, y, vx, vy);
        }

        void poll() {
            int last = --size;
            if (last == 0) return;
            double avg = average[last];
            int x = a[last], y = b[last], vx = versionA[last], vy = versionB[last];
            int k = 0;
            while (true) {
                int child = 2 * k + 1;
                if (child >= last) break;
                if (child + 1 < last && precedes(average[child + 1], a[child + 1], b[child + 1], average[child], a[child], b[child])) child++;
                if (!precedes(average[child], a[child], b[child], avg, x, y)) break;
                move(child, k);
                k = child;
            }
            set(k, avg, x, y, vx, vy);
        }

        /** The order of {@code Comparator.comparingDouble(-average).thenComparingInt(a).thenComparingInt(b)}. */
        private static boolean precedes(double avg, int x, int y, double otherAvg, int otherX, int otherY) {
            int c = Double.compare(-avg, -otherAvg);
            if (c != 0) return c < 0;
            if (x != otherX) return x < otherX;
            return y < otherY;
        }

        private void move(int from, int to) {
            average[to] = average[from];
            a[to] = a[from];
            b[to] = b[from];
            versionA[to] = versionA[from];
            versionB[to] = versionB[from];
        }

        private void set(int k, double avg, int x, int y, int vx, int vy) {
            average[k] = avg;
            a[k] = x;
            b[k] = y;
            versionA[k] = vx;
            versionB[k] = vy;
        }
    }

    /** For labels: the date most members agree on (a day from the text counts double). */
    public static LocalDate eventDate(List<AnalyzedArticle> members) {
        return eventDateOf(members.stream().map(EventDates::dating).toList());
    }

    /** {@link #eventDate} from the members' datings, worked out before. */
    public static LocalDate eventDateOf(List<EventDates.Dating> datings) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (EventDates.Dating d : datings) {
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
