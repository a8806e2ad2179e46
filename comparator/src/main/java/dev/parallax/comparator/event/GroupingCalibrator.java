package dev.parallax.comparator.event;

import dev.parallax.comparator.ComparisonConfig.EventRules;
import dev.parallax.comparator.ComparisonConfig.PairWeights;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fits the grouping's pair model and threshold on labelled events instead of setting them by hand: a
 * class-balanced, L2-regularised logistic regression over the features of every pair a batch could link
 * (pairs their days rule out are left out, as the grouper leaves them out), then the threshold that
 * gives the best mean B-cubed F-beta ({@link #BETA}, precision weighed double) over the batches when the grouper
 * runs with the fitted weights, then a few rounds of coordinate search on the weights and the threshold for that
 * same mean (the log loss
 * counts every pair alike; the grouper is judged by the events it makes). Deterministic: plain batch
 * gradient descent from zero, then fixed steps in a fixed order.
 */
public final class GroupingCalibrator {
    private GroupingCalibrator() {}

    /** Accounts compared together, and the gold event of each (same label = same event). */
    public record Batch(String name, List<AnalyzedArticle> articles, List<String> labels) {
        public Batch {
            articles = List.copyOf(articles);
            labels = List.copyOf(labels);
            if (articles.size() != labels.size()) throw new IllegalArgumentException("one label per article");
        }
    }

    /** What calibration found: rules with the fitted weights and threshold, and the F1 per batch they reach. */
    public record Result(EventRules rules, Map<String, Double> f1ByBatch, int positivePairs, int negativePairs) {}

    static final double L2 = 0.01;
    static final int ITERATIONS = 3000;
    static final double LEARNING_RATE = 0.5;

    public static Result fit(List<Batch> batches, EventRules start) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Batch b : batches) {
            Map<Long, double[]> features = EventGrouper.allFeatures(b.articles(), start);
            for (Map.Entry<Long, double[]> e : features.entrySet()) {
                int i = (int) (e.getKey() >>> 32), j = (int) (long) e.getKey();
                xs.add(e.getValue());
                ys.add(Objects.equals(b.labels().get(i), b.labels().get(j)) ? 1 : 0);
            }
        }
        int positives = (int) ys.stream().filter(y -> y == 1).count(), negatives = ys.size() - positives;
        double[] w = logistic(xs, ys, positives, negatives);
        EventRules best = bestThreshold(batches, start.withWeights(PairWeights.of(w)));
        double bestScore = meanFBeta(batches, best);
        // the search starts from the better of the fresh fit and the rules it was given (an earlier calibration)
        double startScore = meanFBeta(batches, start);
        if (startScore > bestScore) {
            best = start;
            bestScore = startScore;
        }
        // coordinate search: each weight (and the threshold) nudged while the mean F-beta rises
        for (double step : new double[] {0.5, 0.25, 0.1}) {
            for (int round = 0; round < SEARCH_ROUNDS; round++) {
                boolean improved = false;
                for (int i = 0; i <= w.length + 1; i++) {
                    for (double sign : new double[] {1, -1}) {
                        EventRules candidate;
                        if (i == w.length) {
                            double t = Math.round((best.threshold() + sign * step / 5) * 100) / 100.0;
                            if (t <= 0.05 || t >= 0.95) continue;
                            candidate = best.withThreshold(t);
                        } else if (i == w.length + 1) {
                            double t = Math.round((best.attachThreshold() + sign * step / 5) * 100) / 100.0;
                            if (t <= 0.05 || t >= 0.95) continue;
                            candidate = best.withAttachThreshold(t);
                        } else {
                            double[] x = best.weights().asArray();
                            x[i] = Math.round((x[i] + sign * step) * 100) / 100.0;
                            // more of a likeness never makes one event less likely: its weight stays at or above 0
                            if (EVIDENCE.contains(PairWeights.NAMES.get(i)) && x[i] < 0) continue;
                            candidate = best.withWeights(PairWeights.of(x));
                        }
                        double score = meanFBeta(batches, candidate);
                        if (score > bestScore + 1e-6) {
                            best = candidate;
                            bestScore = score;
                            improved = true;
                        }
                    }
                }
                if (!improved) break;
            }
        }
        Map<String, Double> byBatch = new HashMap<>();
        for (Batch b : batches) byBatch.put(b.name(), bcubedF1(new EventGrouper(best).group(b.articles()), b.labels()));
        return new Result(best, byBatch, positives, negatives);
    }

    /** Features that are evidence of one event: their weights may not turn negative. */
    static final java.util.Set<String> EVIDENCE = java.util.Set.of("lead", "words", "people", "places", "things", "sameDay",
            "dayApart", "specifics", "dateHint");

    /** Rounds of coordinate search per step size, at most. */
    static final int SEARCH_ROUNDS = 4;

    private static EventRules bestThreshold(List<Batch> batches, EventRules rules) {
        EventRules best = rules;
        double bestScore = -1;
        for (int t = 10; t <= 90; t += 5) {
            EventRules candidate = rules.withThreshold(t / 100.0).withAttachThreshold(t / 100.0);
            double score = meanFBeta(batches, candidate);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The search weighs B-cubed precision double (F-beta with beta 0.5): two meetings taken for one put accounts side
     * by side that disagree on everything and every difference becomes a false discrepancy, while an account left
     * out only stays alone with its reason. With F1 the search bought recall with a wrong merge.
     */
    static final double BETA = 0.5;

    /** The mean B-cubed F-beta ({@link #BETA}) over the batches: what the search maximises. */
    static double meanFBeta(List<Batch> batches, EventRules rules) {
        double sum = 0;
        for (Batch b : batches) {
            double[] prf = bcubed(new EventGrouper(rules).group(b.articles()), b.labels());
            double b2 = BETA * BETA;
            sum += prf[0] + prf[1] == 0 ? 0 : (1 + b2) * prf[0] * prf[1] / (b2 * prf[0] + prf[1]);
        }
        return sum / Math.max(1, batches.size());
    }

    /** Batch gradient descent on the class-balanced log loss with L2 (the bias not penalised). */
    static double[] logistic(List<double[]> xs, List<Integer> ys, int positives, int negatives) {
        int d = PairFeatures.SIZE;
        double[] w = new double[d];
        double wp = positives == 0 ? 0 : 0.5 / positives, wn = negatives == 0 ? 0 : 0.5 / negatives;
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            for (int k = 0; k < xs.size(); k++) {
                double[] x = xs.get(k);
                double z = 0;
                for (int i = 0; i < d; i++) z += w[i] * x[i];
                double p = 1 / (1 + Math.exp(-z));
                double weight = ys.get(k) == 1 ? wp : wn;
                double err = (p - ys.get(k)) * weight;
                for (int i = 0; i < d; i++) grad[i] += err * x[i];
            }
            for (int i = 0; i < d; i++) {
                if (i > 0) grad[i] += L2 * w[i];
                w[i] -= LEARNING_RATE * grad[i];
            }
        }
        for (int i = 0; i < d; i++) w[i] = Math.round(w[i] * 100) / 100.0;
        return w;
    }

    /** B-cubed F1 of found groups against gold labels. */
    public static double bcubedF1(List<int[]> groups, List<String> labels) {
        return bcubed(groups, labels)[2];
    }

    /** B-cubed {precision, recall, F1} of {@code groups} (every article in one) against gold {@code labels}. */
    public static double[] bcubed(List<int[]> groups, List<String> labels) {
        int n = labels.size();
        int[] groupOf = new int[n];
        for (int g = 0; g < groups.size(); g++) for (int i : groups.get(g)) groupOf[i] = g;
        double p = 0, r = 0;
        for (int a = 0; a < n; a++) {
            int samePred = 0, sameGold = 0, both = 0;
            for (int b = 0; b < n; b++) {
                boolean pred = groupOf[a] == groupOf[b], gold = labels.get(a).equals(labels.get(b));
                if (pred) samePred++;
                if (gold) sameGold++;
                if (pred && gold) both++;
            }
            p += (double) both / samePred;
            r += (double) both / sameGold;
        }
        p /= Math.max(1, n);
        r /= Math.max(1, n);
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}
