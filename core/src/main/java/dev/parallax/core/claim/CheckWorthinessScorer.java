package dev.parallax.core.claim;

import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import java.util.List;

/**
 * How worth checking a statement is, 0..1: what a fact-checker can verify raises it (named
 * entities, numbers, dates, quotations and who said them); short fragments lower it. The weights
 * are passed in so they can be tuned against reviewed data.
 */
public final class CheckWorthinessScorer {

    /** Weights of each feature; the score is their sum, capped at 1. */
    public record Weights(double base, double knownEntity, double secondEntity, double number, double time,
                          double quote, double attributed, int minWords, double shortPenalty) {
        public static Weights defaults() {
            return new Weights(0.1, 0.25, 0.1, 0.2, 0.15, 0.2, 0.1, 6, 0.5);
        }
    }

    private final Weights weights;

    public CheckWorthinessScorer(Weights weights) {
        this.weights = weights;
    }

    public CheckWorthinessScorer() {
        this(Weights.defaults());
    }

    public double score(Sentence sentence, List<EntityMention> entities, List<TimeExpression> times,
                        List<Quantity> quantities, Quote quote, boolean attributed) {
        if (sentence.text().strip().endsWith("?")) {
            return 0;
        }
        double score = weights.base();
        long known = entities.stream().filter(m -> m.match() != MatchKind.UNKNOWN).map(EntityMention::entityId)
                .distinct().count();
        if (known > 0) {
            score += weights.knownEntity();
        }
        if (known > 1 || entities.stream().map(EntityMention::entityId).distinct().count() > 1) {
            score += weights.secondEntity();
        }
        // "half a year ago" is a time and, for comparison, a duration: it counts once, as a time
        if (quantities.stream().anyMatch(q -> times.stream().noneMatch(t -> t.start() == q.start() && t.end() == q.end()
                && t.relative()))) {
            score += weights.number();
        }
        if (!times.isEmpty()) {
            score += weights.time();
        }
        if (quote != null) {
            score += weights.quote();
        }
        if (attributed) {
            score += weights.attributed();
        }
        long words = dev.parallax.core.segment.WordCount.of(sentence.tokens(), false);
        if (words < weights.minWords()) {
            score *= weights.shortPenalty();
        }
        return Math.min(1.0, Math.round(score * 1000) / 1000.0);
    }
}
