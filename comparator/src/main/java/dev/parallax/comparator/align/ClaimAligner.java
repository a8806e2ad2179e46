package dev.parallax.comparator.align;

import dev.parallax.comparator.ComparisonConfig.AlignmentRules;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Meaning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Aligns the statements of N accounts of one event.
 *
 * <p>Similarity of two statements: for accounts written in one language that carry sentence embeddings,
 * the cosine of the two sentences' meanings blended with an IDF-weighted Dice overlap of their content keys
 * (names as entity ids, translation families folded); without embeddings, the overlap alone. Both get a
 * bonus for the same speaker. Statements of accounts in different languages are never aligned: a
 * translation is not diffed word by word against the original.
 *
 * <p>A pair is a candidate only when each statement is the other's best match in its account (or within
 * the margin of it) and it reaches the threshold. Candidates are taken best-first; a statement joins a group
 * only if the group has none of its account yet and it is on average similar to every member, so each
 * statement is in at most one group.
 */
public final class ClaimAligner {
    private final AlignmentRules rules;
    private final int maxWordsPerClaim;

    public ClaimAligner(AlignmentRules rules, int maxWordsPerClaim) {
        this.rules = rules;
        this.maxWordsPerClaim = maxWordsPerClaim;
    }

    /** Groups of aligned claims, singletons included, in a deterministic order. */
    public List<AlignedGroup> align(List<List<ClaimRef>> claimsByAccount) {
        List<ClaimRef> all = new ArrayList<>();
        claimsByAccount.forEach(all::addAll);
        int n = all.size();
        List<Map<String, Integer>> keys = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        dev.parallax.comparator.text.ContentKeys contentKeys = new dev.parallax.comparator.text.ContentKeys();
        for (ClaimRef c : all) {
            Map<String, Integer> k = ClaimFeatures.keys(c, maxWordsPerClaim, contentKeys);
            keys.add(k);
            for (String key : k.keySet()) df.merge(key, 1, Integer::sum);
        }
        // each statement's keys as sorted ids with IDF weights: a Dice overlap is then a merge of two arrays
        Map<String, Integer> ids = new HashMap<>();
        List<String> keyOrder = new ArrayList<>(df.keySet());
        keyOrder.sort(null);
        for (String k : keyOrder) ids.put(k, ids.size());
        int[][] keyIds = new int[n][];
        double[][] keyWeights = new double[n][];
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            int[] idsOf = keys.get(i).keySet().stream().mapToInt(ids::get).sorted().toArray();
            double[] w = new double[idsOf.length];
            double sum = 0;
            for (int k = 0; k < idsOf.length; k++) {
                w[k] = Math.log(1.0 + (double) n / df.get(keyOrder.get(idsOf[k])));
                sum += w[k];
            }
            keyIds[i] = idsOf;
            keyWeights[i] = w;
            norms[i] = sum;
        }
        byte[][] vectors = new byte[n][];
        for (int i = 0; i < n; i++) vectors[i] = vector(all.get(i));
        // statements of accounts whose language the sentence model does not read are also compared by their
        // words' character trigrams: Korean glues particles to words, Ukrainian inflects them
        int[][] grams = new int[n][];
        Map<AnalyzedArticle, Boolean> unread = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            if (unread.computeIfAbsent(all.get(i).article(), ClaimAligner::noStatementVectors)) grams[i] = ClaimFeatures.grams(all.get(i), maxWordsPerClaim);
        }
        Similarity sim = new Similarity(all, keyIds, keyWeights, norms, vectors, grams);

        // every statement's best score in each other account (same language only)
        int accounts = claimsByAccount.size();
        int[] accountOf = new int[n];
        for (int i = 0; i < n; i++) accountOf[i] = all.get(i).account();
        double[][] best = new double[n][accounts];
        for (double[] row : best) Arrays.fill(row, -1);
        boolean[] headline = new boolean[n];
        for (int i = 0; i < n; i++) headline[i] = all.get(i).headline();
        // languages as small ids: the pair loop below runs for every cross-account pair
        Map<String, Integer> languageIds = new HashMap<>();
        int[] language = new int[n];
        for (int i = 0; i < n; i++) language[i] = languageIds.computeIfAbsent(String.valueOf(all.get(i).article().language()), x -> languageIds.size());
        List<Pair> scored = new ArrayList<>();
        double floor = Math.min(rules.meaningThreshold(), rules.pairThreshold());
        PairVisitor visit = (a, b) -> {
            if (language[a] != language[b] && all.get(a).article() != all.get(b).article()) return;
            // a headline compresses the story: it lines up with other headlines, not with a body sentence
            if (headline[a] != headline[b]) return;
            double s = sim.of(a, b);
            if (s <= 0) return;
            best[a][accountOf[b]] = Math.max(best[a][accountOf[b]], s);
            best[b][accountOf[a]] = Math.max(best[b][accountOf[a]], s);
            // only pairs that can reach a threshold are kept; the best scores above are kept for all
            if (s >= floor) scored.add(new Pair(a, b, s));
        };
        if (n <= ALL_PAIRS_LIMIT) {
            everyPairThatCanScore(n, keyIds, vectors, accountOf, visit);
        } else {
            for (long packed : candidates(all, keys, accountOf)) visit.accept((int) (packed >>> 32), (int) packed);
        }
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : scored) {
            double threshold = sim.meaningful(p.a, p.b) ? rules.meaningThreshold() : rules.pairThreshold();
            if (p.score < threshold) continue;
            if (p.score < best[p.a][accountOf[p.b]] - rules.margin() || p.score < best[p.b][accountOf[p.a]] - rules.margin()) continue;
            pairs.add(p);
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score).thenComparingInt(p -> p.a).thenComparingInt(p -> p.b));

        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        List<List<Integer>> groups = new ArrayList<>();
        for (Pair p : pairs) {
            int ga = groupOf[p.a], gb = groupOf[p.b];
            if (ga < 0 && gb < 0) {
                groups.add(new ArrayList<>(List.of(p.a, p.b)));
                groupOf[p.a] = groupOf[p.b] = groups.size() - 1;
            } else if (ga >= 0 && gb >= 0) {
                if (ga == gb) continue;
                List<Integer> A = groups.get(ga), B = groups.get(gb);
                if (sharesAccount(all, A, B)) continue;
                if (averageLink(A, B, sim) < joinThreshold(A, B, sim)) continue;
                A.addAll(B);
                for (int i : B) groupOf[i] = ga;
                B.clear();
            } else {
                int g = ga >= 0 ? ga : gb, loose = ga >= 0 ? p.b : p.a;
                List<Integer> G = groups.get(g);
                if (sharesAccount(all, G, List.of(loose))) continue;
                if (averageLink(G, List.of(loose), sim) < joinThreshold(G, List.of(loose), sim)) continue;
                G.add(loose);
                groupOf[loose] = g;
            }
        }
        List<AlignedGroup> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (g.isEmpty()) continue;
            out.add(new AlignedGroup(g.stream().map(all::get).sorted(Comparator.comparingInt(ClaimRef::account)).toList()));
        }
        for (int i = 0; i < n; i++) if (groupOf[i] < 0) out.add(new AlignedGroup(List.of(all.get(i))));
        out.sort(Comparator.comparingInt((AlignedGroup g) -> g.members().get(0).account())
                .thenComparingInt(g -> g.members().get(0).claim().start()));
        return out;
    }

    interface PairVisitor {
        void accept(int a, int b);
    }

    /**
     * Every cross-account pair (a < b) whose score can be above zero: both statements carry a sentence
     * embedding, or they share a key. Pairs sharing no key and lacking an embedding score zero (bar the
     * speaker bonus, far under any threshold), so they are never visited: the keys' postings find the rest,
     * which is what keeps 25 accounts of 40 statements each (half a million pairs) fast.
     */
    private static void everyPairThatCanScore(int n, int[][] keyIds, byte[][] vectors, int[] accountOf, PairVisitor visit) {
        int keyCount = 0;
        for (int[] ids : keyIds) for (int k : ids) keyCount = Math.max(keyCount, k + 1);
        int[][] postings = new int[keyCount][];
        int[] sizes = new int[keyCount];
        for (int[] ids : keyIds) for (int k : ids) sizes[k]++;
        for (int k = 0; k < keyCount; k++) postings[k] = new int[sizes[k]];
        Arrays.fill(sizes, 0);
        for (int i = 0; i < n; i++) for (int k : keyIds[i]) postings[k][sizes[k]++] = i; // ascending statement order
        int[] vectored = java.util.stream.IntStream.range(0, n).filter(i -> vectors[i] != null).toArray();
        boolean[] seen = new boolean[n];
        int[] touched = new int[n];
        for (int a = 0; a < n; a++) {
            int count = 0;
            if (vectors[a] != null) {
                for (int b : vectored) {
                    if (b <= a || accountOf[b] == accountOf[a] || seen[b]) continue;
                    seen[b] = true;
                    touched[count++] = b;
                }
            }
            for (int k : keyIds[a]) {
                int[] p = postings[k];
                int from = Arrays.binarySearch(p, a) + 1; // a is in its own postings
                for (int x = from; x < p.length; x++) {
                    int b = p[x];
                    if (accountOf[b] == accountOf[a] || seen[b]) continue;
                    seen[b] = true;
                    touched[count++] = b;
                }
            }
            Arrays.sort(touched, 0, count);
            for (int x = 0; x < count; x++) {
                seen[touched[x]] = false;
                visit.accept(a, touched[x]);
            }
        }
    }

    /** Up to this many statements in an event every cross-account pair is compared; beyond, only pairs sharing a rare key. */
    static final int ALL_PAIRS_LIMIT = 2_500;

    /** Candidate pairs (a << 32 | b, a < b) of statements of different accounts, sorted. */
    private static long[] candidates(List<ClaimRef> all, List<Map<String, Integer>> keys, int[] accountOf) {
        int n = all.size();
        if (n <= ALL_PAIRS_LIMIT) {
            long[] out = new long[n * (n - 1) / 2];
            int k = 0;
            for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) if (accountOf[a] != accountOf[b]) out[k++] = ((long) a << 32) | b;
            return Arrays.copyOf(out, k);
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) for (String key : keys.get(i).keySet()) postings.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
        int commonLimit = Math.max(50, n / 3);
        Set<Long> seen = new HashSet<>();
        List<String> keyOrder = new ArrayList<>(postings.keySet());
        keyOrder.sort(null);
        for (String key : keyOrder) {
            List<Integer> p = postings.get(key);
            if (p.size() > commonLimit) continue;
            for (int x = 0; x < p.size(); x++) {
                for (int y = x + 1; y < p.size(); y++) {
                    int a = p.get(x), b = p.get(y);
                    if (accountOf[a] != accountOf[b]) seen.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
                }
            }
        }
        long[] out = seen.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** Whether the account carries no statement embedding at all (its lead at most): a language the model does not read. */
    static boolean noStatementVectors(AnalyzedArticle a) {
        Meaning m = a.meaning();
        return m == null || m.vectors().stream().noneMatch(v -> v.role() == Meaning.Role.CLAIM);
    }

    /** A statement's sentence embedding: the claim's span, else the sentence it lies in. */
    public static byte[] vector(ClaimRef c) {
        Meaning m = c.article().meaning();
        if (m == null || m.isEmpty()) return null;
        byte[] v = m.of(Meaning.Role.CLAIM, c.claim().start(), c.claim().end());
        if (v != null) return v;
        var sentences = c.article().sentences();
        int i = c.claim().sentenceIndex();
        if (i >= 0 && i < sentences.size()) {
            var s = sentences.get(i);
            return m.of(Meaning.Role.CLAIM, s.start(), s.end());
        }
        return null;
    }

    private double joinThreshold(List<Integer> A, List<Integer> B, Similarity sim) {
        for (int a : A) for (int b : B) if (!sim.meaningful(a, b)) return rules.joinThreshold();
        return rules.meaningThreshold() - 0.1;
    }

    /** The similarity of two statements, rounded so that thresholds never depend on the last bits. */
    final class Similarity {
        private final List<ClaimRef> all;
        private final int[][] keyIds;
        private final double[][] keyWeights;
        private final double[] norms;
        private final byte[][] vectors;
        private final int[][] grams;

        private final double[] vectorNorms;
        /** The vectors widened to ints once: the JIT runs an int dot product several components at a time, not a byte one. */
        private final int[][] wideVectors;
        private final int[] speaker;

        Similarity(List<ClaimRef> all, int[][] keyIds, double[][] keyWeights, double[] norms, byte[][] vectors, int[][] grams) {
            this.all = all;
            this.grams = grams;
            this.keyIds = keyIds;
            this.keyWeights = keyWeights;
            this.norms = norms;
            this.vectors = vectors;
            int n = all.size();
            vectorNorms = new double[n];
            wideVectors = new int[n][];
            speaker = new int[n];
            Map<String, Integer> speakerIds = new HashMap<>();
            for (int i = 0; i < n; i++) {
                byte[] v = vectors[i];
                long sq = 0;
                if (v != null) for (byte x : v) sq += x * x;
                vectorNorms[i] = Math.sqrt((double) sq);
                wideVectors[i] = Meaning.widen(v);
                String id = all.get(i).claim().speakerId();
                speaker[i] = id == null ? -1 : speakerIds.computeIfAbsent(id, x -> speakerIds.size());
            }
        }

        /** {@link Meaning#cosine} with the norms computed once per statement. */
        private double cosine(int a, int b) {
            int[] x = wideVectors[a], y = wideVectors[b];
            if (vectorNorms[a] == 0 || vectorNorms[b] == 0) return 0;
            // summed in int chunks short enough never to overflow (8192 products of at most 128 * 128): exact
            long dot = 0;
            for (int from = 0; from < x.length; from += 8192) {
                int to = Math.min(x.length, from + 8192), chunk = 0;
                for (int i = from; i < to; i++) chunk += x[i] * y[i];
                dot += chunk;
            }
            return dot / (vectorNorms[a] * vectorNorms[b]);
        }

        boolean meaningful(int a, int b) {
            return vectors[a] != null && vectors[b] != null && vectors[a].length == vectors[b].length;
        }

        double of(int a, int b) {
            double dice = dice(keyIds[a], keyWeights[a], keyIds[b], norms[a], norms[b]);
            double s = meaningful(a, b)
                    ? (1 - rules.wordShare()) * cosine(a, b) + rules.wordShare() * dice
                    : grams[a] != null && grams[b] != null ? Math.max(dice, dev.parallax.comparator.diff.SideBySideAligner.dice(grams[a], grams[b])) : dice;
            if (speaker[a] >= 0 && speaker[a] == speaker[b]) s += rules.speakerBonus() / 2;
            return Math.round(Math.min(1.0, s) * 10_000) / 10_000.0;
        }
    }

    /** IDF-weighted Dice of two sorted key id arrays (a key weighs the same in both). */
    static double dice(int[] a, double[] wa, int[] b, double na, double nb) {
        if (na + nb == 0) return 0;
        double common = 0;
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common += wa[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2 * common / (na + nb);
    }

    private static double averageLink(List<Integer> A, List<Integer> B, Similarity sim) {
        double sum = 0;
        int count = 0;
        for (int a : A) for (int b : B) {
            sum += sim.of(a, b);
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    private static boolean sharesAccount(List<ClaimRef> all, List<Integer> A, List<Integer> B) {
        for (int a : A) {
            int account = all.get(a).account();
            for (int b : B) if (all.get(b).account() == account) return true;
        }
        return false;
    }

    private record Pair(int a, int b, double score) {}

    /** Convenience for callers that start from articles. */
    public static List<List<ClaimRef>> refs(List<AnalyzedArticle> accounts, int maxClaims, List<String> warnings) {
        List<List<ClaimRef>> out = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            List<ClaimRef> refs = new ArrayList<>();
            for (Claim c : ClaimSource.claimsOf(accounts.get(i), maxClaims, warnings)) refs.add(new ClaimRef(i, accounts.get(i), c));
            out.add(refs);
        }
        return out;
    }
}
