package dev.parallax.comparator.align;

import dev.parallax.comparator.ComparisonConfig.AlignmentRules;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Aligns the claims of N accounts of one event. Similarity is an IDF-weighted Dice overlap of content
 * keys (names as entity ids, translation families folded), plus a bonus for the same speaker. Pairs are
 * taken best-first; a claim joins a group only if the group has no claim of its account yet and the claim
 * is on average similar to every member, so each claim is in at most one group.
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
        for (ClaimRef c : all) {
            Map<String, Integer> k = ClaimFeatures.keys(c, maxWordsPerClaim);
            keys.add(k);
            for (String key : k.keySet()) df.merge(key, 1, Integer::sum);
        }
        List<Map<String, Double>> weighted = new ArrayList<>(n);
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, Double> w = new HashMap<>();
            double sum = 0;
            for (String key : keys.get(i).keySet()) {
                double v = Math.log(1.0 + (double) n / df.get(key));
                w.put(key, v);
                sum += v;
            }
            weighted.add(w);
            norms[i] = sum;
        }
        boolean[] headline = new boolean[n];
        for (int i = 0; i < n; i++) headline[i] = all.get(i).headline();
        // candidates: claims of different accounts sharing a key that is not everywhere
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) for (String key : keys.get(i).keySet()) postings.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
        int commonLimit = Math.max(50, n / 3);
        List<Pair> pairs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<String> keyOrder = new ArrayList<>(postings.keySet());
        keyOrder.sort(null);
        for (String key : keyOrder) {
            List<Integer> p = postings.get(key);
            if (p.size() > commonLimit) continue;
            for (int x = 0; x < p.size(); x++) {
                for (int y = x + 1; y < p.size(); y++) {
                    int a = p.get(x), b = p.get(y);
                    if (all.get(a).account() == all.get(b).account()) continue;
                    // a headline compresses the story: it lines up with other headlines, not with a body sentence
                    if (headline[a] != headline[b]) continue;
                    if (!seen.add(((long) a << 32) | b)) continue;
                    double s = similarity(all.get(a), all.get(b), weighted.get(a), weighted.get(b), norms[a], norms[b]);
                    if (s >= rules.pairThreshold()) pairs.add(new Pair(a, b, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score).thenComparingInt(p -> p.a).thenComparingInt(p -> p.b));

        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
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
                if (averageLink(A, B, all, weighted, norms) < rules.joinThreshold()) continue;
                A.addAll(B);
                for (int i : B) groupOf[i] = ga;
                B.clear();
            } else {
                int g = ga >= 0 ? ga : gb, loose = ga >= 0 ? p.b : p.a;
                List<Integer> G = groups.get(g);
                if (sharesAccount(all, G, List.of(loose))) continue;
                if (averageLink(G, List.of(loose), all, weighted, norms) < rules.joinThreshold()) continue;
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

    double similarity(ClaimRef a, ClaimRef b, Map<String, Double> wa, Map<String, Double> wb, double na, double nb) {
        if (na + nb == 0) return 0;
        double common = 0;
        Map<String, Double> small = wa.size() <= wb.size() ? wa : wb, large = small == wa ? wb : wa;
        for (Map.Entry<String, Double> e : small.entrySet()) if (large.containsKey(e.getKey())) common += e.getValue();
        double dice = 2 * common / (na + nb);
        String sa = a.claim().speakerId(), sb = b.claim().speakerId();
        if (sa != null && Objects.equals(sa, sb)) dice += rules.speakerBonus();
        return Math.min(1.0, dice);
    }

    private double averageLink(List<Integer> A, List<Integer> B, List<ClaimRef> all, List<Map<String, Double>> w, double[] norms) {
        double sum = 0;
        int count = 0;
        for (int a : A) for (int b : B) {
            sum += similarity(all.get(a), all.get(b), w.get(a), w.get(b), norms[a], norms[b]);
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    private static boolean sharesAccount(List<ClaimRef> all, List<Integer> A, List<Integer> B) {
        Set<Integer> accounts = new HashSet<>();
        for (int a : A) accounts.add(all.get(a).account());
        for (int b : B) if (accounts.contains(all.get(b).account())) return true;
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
