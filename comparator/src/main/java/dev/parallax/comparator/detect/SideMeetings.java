package dev.parallax.comparator.detect;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Sentence;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meetings an account tells between one of the event's participants and someone else: a visiting leader's
 * talks with the host's prime minister, a president receiving a governor. Such a meeting is a part of the visit a
 * full account is expected to tell, unlike a person named in passing. A meeting is told when a word of meeting
 * ("met", "meeting with", "talks with", "held talks", "received", "exchanges with") stands next to the person's name,
 * with only names and titles between ("talks with President Putin and Prime Minister Mishustin"), in a sentence
 * that names a participant; or when the person is the subject of such a verb whose object is a participant
 * ("Mishustin received Xi"). Stays silent for a spokesman or an aide named with a title no list of the met takes
 * ("Kremlin spokesman", "joined by"), for a person who says something about the meeting ("..., Peskov said"), and
 * for a meeting still to come ("will meet", "is expected to hold talks with", "ahead of his meeting with").
 */
final class SideMeetings {
    private SideMeetings() {}

    /** A meeting told with someone who is no participant: who, and the sentence that tells it. */
    record Meeting(String person, Sentence sentence) {}

    /** Words that tell two people met; "met" and "received" take their object directly. */
    private static final Pattern MEETING = Pattern.compile("(?i)\\b(met(?:\\s+with)?|meets(?:\\s+with)?|meetings?\\s+(?:with|between)"
            + "|(?:held|had|holds|has|hold)\\s+(?:\\p{L}+\\s+){0,2}?talks\\s+(?:with|between)|talks\\s+(?:with|between)|talked\\s+with"
            + "|exchanges\\s+with|sat\\s+down\\s+with|conferred\\s+with|received|receives)\\b");

    /** Between a word of meeting and the one met, this many characters of names and titles at most. */
    static final int MAX_LIST = 80;
    /** Between a person and the meeting verb he is the subject of, this many characters at most ("Mishustin also met"). */
    static final int MAX_SUBJECT_GAP = 20;

    /** Between a person and the verb he is the subject of: adverbs only ("Mishustin also met"; "Peskov said the talks" is no meeting). */
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?i)[\\s,]*(?:(?:also|then|later|first|briefly|separately|personally"
            + "|subsequently|afterwards|earlier)[\\s,]+)*");
    /** Words of meeting that are verbs, taking the one who meets as their subject. */
    private static final Pattern VERB = Pattern.compile("(?i)(met|meets|held|had|holds|has|talked|conferred|sat|received|receives)\\b");

    /** Lower-case words a list of the met may hold besides names: titles and the words that join them. */
    private static final Set<String> LIST_WORDS = Set.of("and", "the", "of", "his", "her", "their", "its", "prime", "minister",
            "president", "premier", "vice", "deputy", "governor", "chancellor", "secretary", "speaker", "foreign", "defence",
            "defense", "mayor", "chairman", "chair", "chief", "crown", "prince", "king", "queen", "state", "counterpart",
            "first", "general", "&");

    /**
     * A meeting told as still to come: a word of the future or of a plan a few words before the word of meeting, or an
     * infinitive ("is to meet"; "flew to Moscow and met" is told); or another occasion ("at every meeting with", "their
     * last meeting with"). Lower case only: "May 12" is a day, not a modal.
     */
    private static final Pattern AHEAD = Pattern.compile("\\b(will|would|shall|may|might|could|expected|expects|plans?|planned"
            + "|scheduled|due|ahead|upcoming|next|awaits?|every|each|previous|last|past|former)\\b|\\bto\\s*$");
    /** Words before the word of meeting that may tell it is still to come. */
    private static final int AHEAD_WORDS = 3;

    /** Verbs that make a person named after a list the speaker, not one of the met ("met Xi, Peskov said"). */
    private static final Pattern SAYS = Pattern.compile("(?i)^\\s*,?\\s*(?:\\p{L}+\\s+)?(said|says|told|tells|added|noted|stressed"
            + "|explained|according|confirmed|announced)\\b");

    /**
     * For each person whom the account tells met one of the {@code participants} (the people who act in the event's
     * accounts), the first sentence telling the meeting, by person id. The participants' meetings with one another are
     * among them: which meeting is the event itself is for the caller to tell.
     */
    static Map<String, Meeting> in(AnalyzedArticle a, Set<String> participants) {
        Map<String, Meeting> out = new TreeMap<>();
        String text = a.text();
        // a participant may be named by his office alone ("the Chinese leader met Mishustin"); the one met by his name
        var persons = a.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON && m.entityId() != null).toList();
        for (Sentence s : a.sentences()) {
            var people = persons.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
            if (people.size() < 2) continue;
            Matcher w = MEETING.matcher(text).region(s.start(), s.end());
            while (w.find()) {
                if (ahead(text, s.start(), w.start())) continue;
                for (EntityMention m : people) {
                    if (m.match() == MatchKind.ROLE || out.containsKey(m.entityId())) continue;
                    // someone else who takes part, named in the sentence: the other side of the meeting
                    Set<String> others = new java.util.TreeSet<>(participants);
                    others.remove(m.entityId());
                    if (people.stream().noneMatch(p -> others.contains(p.entityId()))) continue;
                    if (met(text, w, m, people, others)) out.put(m.entityId(), new Meeting(m.entityId(), s));
                }
            }
        }
        return out;
    }

    /** Whether the word of meeting {@code w} tells a meeting of the person named at {@code m} with a participant. */
    private static boolean met(String text, Matcher w, EntityMention m, java.util.List<EntityMention> people, Set<String> participants) {
        // the one met: the person's name follows the word of meeting with only names and titles between
        if (m.start() >= w.end() && list(text.substring(w.end(), m.start())) && !SAYS.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) {
            return true;
        }
        // the one who meets: "Mishustin received Xi", the object a participant
        if (m.end() <= w.start() && w.start() - m.end() <= MAX_SUBJECT_GAP && SUBJECT_GAP.matcher(text.substring(m.end(), w.start())).matches()
                && VERB.matcher(w.group()).lookingAt()) {
            for (EntityMention p : people) {
                if (participants.contains(p.entityId()) && p.start() >= w.end() && list(text.substring(w.end(), p.start()))) return true;
            }
        }
        return false;
    }

    /** Whether the words between a word of meeting and a name are only names, titles and the words joining them. */
    static boolean list(String gap) {
        if (gap.length() > MAX_LIST || gap.matches("(?s).*[.;:!?()\"“”«»].*")) return false;
        for (String word : gap.split("[\\s,]+")) {
            if (word.isEmpty()) continue;
            if (Character.isUpperCase(word.codePointAt(0))) continue;
            if (!LIST_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""))) return false;
        }
        return true;
    }

    /** Whether one of the few words before the word of meeting tells it as still to come. */
    private static boolean ahead(String text, int sentenceStart, int at) {
        String before = text.substring(sentenceStart, at).strip();
        String[] words = before.isEmpty() ? new String[0] : before.split("\\s+");
        StringBuilder last = new StringBuilder();
        for (int k = Math.max(0, words.length - AHEAD_WORDS); k < words.length; k++) last.append(words[k]).append(' ');
        return AHEAD.matcher(last).find();
    }
}
