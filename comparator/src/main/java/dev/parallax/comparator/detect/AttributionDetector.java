package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The same words given to different speakers in aligned claims: Putin said X vs Lukashenko said X. */
public final class AttributionDetector implements DiscrepancyDetector {
    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Set<String> speakers = new TreeSet<>();
            List<Evidence> ev = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (ClaimRef c : g.members()) {
                String speaker = c.claim().speakerId();
                // only people: a speaker resolved to a place or a body is more likely a linking slip than a claim
                if (!person(c, speaker)) continue;
                // a speaker found through a pronoun ("he said") is the analyzer's guess, too weak to call a misattribution
                var q = c.claim().quote();
                if (q != null && q.speaker() != null && PRONOUN.matcher(q.speaker().strip()).matches()) continue;
                // words given to two people together ("A and B: ...") are not misattributed when another account names one
                if (q != null && q.speaker() != null && JOINT.matcher(q.speaker()).find()) continue;
                speakers.add(speaker);
                ev.add(new Evidence(c.article(), c.claim().start(), c.claim().end()));
                parts.add(new Evidence(c.article(), 0, 0).outlet() + ": " + speakerWords(c));
            }
            if (speakers.size() < 2) continue;
            String summary = "speaker differs — " + String.join("; ", parts);
            out.add(new Finding(DiscrepancyType.ATTRIBUTION, Severity.HIGH, summary, g, ev));
        }
        return out;
    }

    private static final java.util.regex.Pattern JOINT = java.util.regex.Pattern.compile("\\s(?:and|&)\\s");
    private static final java.util.regex.Pattern PRONOUN = java.util.regex.Pattern.compile("(?i)he|she|they|him|her");

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
