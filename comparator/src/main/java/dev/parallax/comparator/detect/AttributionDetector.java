package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The same words given to different speakers in aligned statements: Putin said X vs Lukashenko said X.
 * Both speakers must be people named in the text (a speaker found only through "he said" is the analyzer's
 * guess; words given to two people together are not misattributed when another account names one), and
 * the two statements must say the same thing closely: a remark and the reply to it are two statements.
 */
public final class AttributionDetector implements DiscrepancyDetector {
    /** How close in meaning two statements must be for a different speaker to be the same words misattributed. */
    static final double SAME_WORDS = 0.72;

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<ClaimRef, String> speaking = new LinkedHashMap<>();
            for (ClaimRef c : g.members()) {
                String s = Speech.speaker(c);
                if (s != null && Speech.namedSpeaker(c)) speaking.put(c, s);
            }
            Set<String> speakers = new TreeSet<>();
            Map<ClaimRef, String> involved = new LinkedHashMap<>();
            List<ClaimRef> list = new ArrayList<>(speaking.keySet());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    ClaimRef a = list.get(i), b = list.get(j);
                    if (speaking.get(a).equals(speaking.get(b)) || ctx.sameOutlet(a.account(), b.account())) continue;
                    double meaning = ctx.meaning(a, b);
                    // without embeddings the aligner's word overlap already asked for near-identical wording
                    if (!Double.isNaN(meaning) && meaning < SAME_WORDS) continue;
                    involved.put(a, speaking.get(a));
                    involved.put(b, speaking.get(b));
                    speakers.add(speaking.get(a));
                    speakers.add(speaking.get(b));
                }
            }
            if (speakers.size() < 2) continue;
            List<Evidence> ev = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (ClaimRef c : involved.keySet()) {
                ev.add(new Evidence(c.article(), c.claim().start(), c.claim().end()));
                parts.add(new Evidence(c.article(), 0, 0).outlet() + ": " + speakerWords(c));
            }
            out.add(new Finding(DiscrepancyType.ATTRIBUTION, Severity.HIGH, "speaker differs — " + String.join("; ", parts), g, ev));
        }
        return out;
    }

    /** A known person, or a name the linker does not know written as one (two capitalized words, "Valentina Matviyenko"). */
    static boolean person(ClaimRef c, String speaker) {
        if (speaker == null) return false;
        if (speaker.startsWith("person:")) return true;
        if (!speaker.startsWith("unknown:")) return false;
        for (var m : c.article().mentions()) {
            if (!speaker.equals(m.entityId())) continue;
            if (m.kind() == dev.parallax.core.model.EntityKind.PERSON) return true;
            String[] words = m.surface().strip().split("\\s+");
            if (words.length == 2 && java.util.Arrays.stream(words).allMatch(w -> w.matches("\\p{Lu}\\p{Ll}+"))) return true;
        }
        return false;
    }

    private static String speakerWords(ClaimRef c) {
        var q = c.claim().quote();
        if (q != null && q.speaker() != null && !q.speaker().isBlank()) return "'" + q.speaker() + "'";
        return c.claim().speakerId();
    }
}
