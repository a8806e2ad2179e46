package dev.parallax.core.model;

import java.util.List;

/**
 * A check-worthy statement of an article.
 *
 * @param id               stable within the article: "c" + ordinal, e.g. "c7"
 * @param sentenceIndex    the sentence it comes from
 * @param text             the claim's words as written (usually the sentence)
 * @param speakerId        who is said to have said it (entity id), or null for the outlet's own voice
 * @param sourcing         who relayed it ("according to Interfax"), or null
 * @param quote            the quote it carries, or null
 * @param checkWorthiness  0..1; navigation, bylines and questions never become claims at all
 */
public record Claim(String id, int sentenceIndex, int start, int end, String text,
                    String speakerId, String sourcing,
                    List<EntityMention> entities, List<TimeExpression> times, List<Quantity> quantities,
                    Quote quote, Modality modality, double checkWorthiness) {
    public Claim {
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
    }
}
