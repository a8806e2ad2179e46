package dev.parallax.comparator.event;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an account's opening says the meeting took place: a place put after "in" or "at" by a word of
 * meeting shortly before it in the same sentence ("held talks in Minsk", "arrived at the Kremlin"), or
 * after "to" a few words from a word of going ("a visit to Moscow", "flew to Minsk"). A war "in the
 * Middle East" or a region named in passing is not a venue.
 */
public final class MeetingVenue {
    private MeetingVenue() {}

    /** A venue mention, and whether it was written with "the" before it ("at the Kremlin"). */
    public record Venue(EntityMention mention, boolean withThe) {}

    private static final Pattern LOCATING = Pattern.compile("(?i)\\b(in|at|to)\\s+(the\\s+)?$");
    /** Words after which "to" names where the meeting is: "a visit to Moscow", "flew to Minsk". */
    private static final Pattern GOING = Pattern.compile("(?i)\\b(visit|visits|visited|visiting|trip|travelled|traveled|flew|"
            + "came|comes|arrived|headed|went)\\b(?:\\s+\\S+){0,8}\\s+$");
    /** Words that put a meeting in the place after them; "talks", "visit" and the like. */
    private static final Pattern MEETING = Pattern.compile("(?i)\\b(met|meet|meets|meeting|talks|summit|"
            + "visit|visits|visited|visiting|hosted|hosts|hosting|welcomed|welcomes|arrived|arrives|arrival|received|receives|"
            + "conference|ceremony|gathered|convened|landed|trip|dinner)\\b");
    /** How far before the place the word of meeting may stand. */
    private static final int REACH = 120;

    /** The venues named in the first {@code sentences} sentences, in text order. */
    public static List<Venue> of(AnalyzedArticle a, int sentences) {
        int end = a.sentences().size() > sentences ? a.sentences().get(sentences - 1).end() : a.text().length();
        List<Venue> out = new ArrayList<>();
        for (EntityMention m : a.mentions()) {
            if (m.kind() != EntityKind.PLACE || m.entityId() == null || m.entityId().startsWith("unknown:") || m.start() >= end) continue;
            Matcher located = LOCATING.matcher(a.text().substring(Math.max(0, m.start() - 8), m.start()));
            if (!located.find()) continue;
            int from = Math.max(sentenceStart(a, m.start()), m.start() - REACH);
            String before = a.text().substring(from, m.start());
            if (!MEETING.matcher(before).find()) continue;
            // "to" names a venue only after a word of going there, a few words back ("the visit of the head of state to Moscow")
            if (located.group(1).equalsIgnoreCase("to") && !GOING.matcher(before).find()) continue;
            out.add(new Venue(m, located.group(2) != null));
        }
        return out;
    }

    private static int sentenceStart(AnalyzedArticle a, int offset) {
        for (Sentence s : a.sentences()) if (s.start() <= offset && offset < s.end()) return s.start();
        return 0;
    }
}
