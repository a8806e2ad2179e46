package dev.parallax.comparator.event;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who took part in an event, as its accounts tell it: what labels name and what detectors check names against. */
public final class Participants {
    private Participants() {}

    /** Verbs whose subject takes part in the event: "Putin met", "Lukashenko and Putin held talks", "he told reporters". */
    private static final java.util.regex.Pattern ACTS = java.util.regex.Pattern.compile(
            "(?i)^[^.;:!?\"“”]{0,60}?\\b(met|meet|meets|meeting with|visited|visits|arrived|arrives|flew|held|holds|hosted|hosts|"
            + "received|welcomed|signed|signs|said|says|told|tells|stated|added|called|phoned|telephoned|congratulated|"
            + "thanked|invited|promised|pledged|announced|talked|spoke|laid|toured)\\b");

    /**
     * People who take part: those who act in the accounts (speakers of quotes and claims, subjects of meet,
     * visit, hold talks, say...) in at least a third of them, or who are named in the opening of most of them.
     * People merely mentioned (a minister named in passing, a leader of the past an aside refers to, however
     * many accounts carry the aside) are not participants.
     */
    public static List<String> of(List<AnalyzedArticle> members, int limit) {
        Map<String, Integer> acting = new HashMap<>(), named = new HashMap<>(), openingNamed = new HashMap<>();
        for (AnalyzedArticle a : members) {
            java.util.Set<String> actors = new java.util.HashSet<>(), names = new java.util.HashSet<>(), opening = new java.util.HashSet<>();
            for (var q : a.quotes()) if (q.speakerId() != null && q.speakerId().startsWith("person:")) actors.add(q.speakerId());
            for (var c : a.claims()) if (c.speakerId() != null && c.speakerId().startsWith("person:")) actors.add(c.speakerId());
            int openingEnd = a.sentences().size() > 2 ? a.sentences().get(2).end() : a.text().length();
            for (EntityMention m : a.mentions()) {
                if (m.kind() != EntityKind.PERSON || m.entityId() == null) continue;
                names.add(m.entityId());
                if (m.start() < openingEnd) opening.add(m.entityId());
                int end = Math.min(a.text().length(), m.end() + 80);
                if (m.end() <= end && ACTS.matcher(a.text().substring(m.end(), end)).find()) actors.add(m.entityId());
            }
            actors.retainAll(names);
            actors.forEach(id -> acting.merge(id, 1, Integer::sum));
            names.forEach(id -> named.merge(id, 1, Integer::sum));
            opening.forEach(id -> openingNamed.merge(id, 1, Integer::sum));
        }
        int n = members.size();
        return named.keySet().stream()
                .filter(id -> acting.getOrDefault(id, 0) * 3 >= n || named.get(id) * 2 > n && openingNamed.getOrDefault(id, 0) * 4 >= n)
                .sorted(Comparator.comparingInt((String id) -> -named.get(id)).thenComparing(Comparator.naturalOrder()))
                .limit(limit).toList();
    }

}
