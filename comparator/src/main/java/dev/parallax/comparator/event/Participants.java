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
     * A spokesperson's title just before a name ("Kremlin spokesman Dmitry Peskov", "the White House press
     * secretary, Karine Jean-Pierre") or just after it ("Peskov, the Kremlin's spokesman").
     */
    private static final java.util.regex.Pattern VOICE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(spokes(?:man|woman|person)|press secretary|press officer)\\b[,:]?\\s*$");
    private static final java.util.regex.Pattern VOICE_AFTER = java.util.regex.Pattern.compile(
            "(?i)^\\s*,\\s*(?:the\\s+|a\\s+)?(?:[\\p{L}.’'-]+\\s+){0,3}?(spokes(?:man|woman|person)|press secretary|press officer)\\b");

    /** People the gazetteer knows as spokespersons ("kremlin spokesman"), however an account introduces them. */
    private static final java.util.Set<String> GAZETTEER_VOICES = dev.parallax.core.entity.Gazetteer.defaults().roles().stream()
            .filter(r -> VOICE_BEFORE.matcher(r.phrase()).find())
            .map(r -> r.entityId()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * People who take part: those who act in the accounts (speakers of quotes and claims, subjects of meet,
     * visit, hold talks, say...) in at least a third of them, or who are named in the opening of most of them.
     * People merely mentioned (a minister named in passing, a leader of the past an aside refers to, however
     * many accounts carry the aside) are not participants, nor is a spokesperson (introduced as one in any
     * account, or known as one to the gazetteer): he speaks of the meeting for a participant, however often he
     * is quoted.
     */
    public static List<String> of(List<AnalyzedArticle> members, int limit) {
        Map<String, Integer> acting = new HashMap<>(), named = new HashMap<>(), openingNamed = new HashMap<>();
        java.util.Set<String> voices = new java.util.HashSet<>();
        for (AnalyzedArticle a : members) {
            java.util.Set<String> actors = new java.util.HashSet<>(), names = new java.util.HashSet<>(), opening = new java.util.HashSet<>();
            for (var q : a.quotes()) if (q.speakerId() != null && q.speakerId().startsWith("person:")) actors.add(q.speakerId());
            for (var c : a.claims()) if (c.speakerId() != null && c.speakerId().startsWith("person:")) actors.add(c.speakerId());
            int openingEnd = a.sentences().size() > 2 ? a.sentences().get(2).end() : a.text().length();
            for (EntityMention m : a.mentions()) {
                if (m.kind() != EntityKind.PERSON || m.entityId() == null) continue;
                if (voice(a.text(), m)) voices.add(m.entityId());
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
        voices.addAll(GAZETTEER_VOICES);
        return named.keySet().stream()
                .filter(id -> !voices.contains(id))
                .filter(id -> acting.getOrDefault(id, 0) * 3 >= n || named.get(id) * 2 > n && openingNamed.getOrDefault(id, 0) * 4 >= n)
                .sorted(Comparator.comparingInt((String id) -> -named.get(id)).thenComparing(Comparator.naturalOrder()))
                .limit(limit).toList();
    }

    /** Whether the account introduces the person named here as a spokesperson. */
    private static boolean voice(String text, EntityMention m) {
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
        return VOICE_BEFORE.matcher(before).find() || VOICE_AFTER.matcher(after).find();
    }
}
