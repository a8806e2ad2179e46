package dev.parallax.core.quote;

import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.segment.WordAlternation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who said something from the words around it: a named speaker or role phrase next to
 * a speech verb ("Putin said", "said the Belarusian president", "the head of state emphasized"),
 * a pronoun next to one ("he said", resolved to the last person named before), and who relayed it
 * ("according to the Interfax news agency", "TASS reported"). Stateless.
 */
public final class SpeakerResolver {
    static final String SPEECH_VERBS = "said|says|say|told|tells|added|adds|stressed|stresses|noted|notes|explained"
            + "|explains|declared|declares|emphasi[sz]ed|emphasi[sz]es|assured|assures|insisted|insists|stated|states"
            + "|warned|warns|announced|announces|replied|replies|recalled|recalls|remarked|underlined|underscored"
            + "|pointed\\s+out|commented|wrote|writes|claimed|claims|argued|argues|confirmed|confirms|denied|denies"
            + "|acknowledged|admitted|accused|accuses|asserted|affirmed|continued|concluded|echoed|reiterated"
            + "|promised|vowed|suggested|revealed|observed|answered|recounted|specified|highlighted|urged|spoke"
            + "|saying|adding|noting|stressing|warning|insisting|telling|stating";
    private static final WordAlternation VERB = WordAlternation.of(SPEECH_VERBS, "\\b");
    /** What joins two names said to speak together: "A and B", "A & B". */
    private static final Pattern JOINED = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|He|She)\\b");
    /** How far into its paragraph a person may be named and still be read as the paragraph's subject. */
    private static final int SUBJECT_REACH = 40;
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording\\s+to\\s+(?:the\\s+)?");
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)^\\s*(?:has\\s+|have\\s+)?(?:reported|reports|said|says|has\\s+learned|learned|writes|wrote|quoted|cited|announced)\\b");

    /** Who was named as the speaker, with the words that name them. */
    public record Speaker(String entityId, String words, int start, int end) {}

    /**
     * The speaker in the words right after a quotation ({@code [from, to)} of {@code text}):
     * ", he said", "said the Belarusian president", ", the head of state emphasized".
     */
    public Speaker after(String text, int from, int to, List<EntityMention> mentions) {
        String window = text.substring(from, to);
        java.util.regex.MatchResult v = VERB.first(window);
        if (v == null || wordsBefore(window, v.start()) > 6) {
            return null;
        }
        int verbStart = from + v.start();
        int verbEnd = from + v.end();
        if (introducesWhatFollows(text.substring(verbEnd, to))) {
            return null; // "..., to which Lukashenko replied that ...": that verb belongs to the next words
        }
        // speaker before the verb ("Putin said"), else right after it ("said Putin")
        EntityMention before = lastSpeakerIn(mentions, from, verbStart);
        if (before != null) {
            return jointly(text, mentions, before, from);
        }
        Speaker pronoun = pronoun(text, from, verbStart, mentions);
        if (pronoun != null) {
            return pronoun;
        }
        EntityMention afterVerb = firstSpeakerIn(mentions, verbEnd, Math.min(to, verbEnd + 60));
        if (afterVerb != null && wordsBefore(text.substring(verbEnd, afterVerb.start()), afterVerb.start() - verbEnd) <= 2) {
            return of(afterVerb);
        }
        return pronoun(text, verbEnd, Math.min(to, verbEnd + 5), mentions);
    }

    /**
     * The speaker in the words right before a quotation: "Lukashenko said: “", "Putin: “",
     * "the Belarusian leader stressed that “".
     */
    public Speaker before(String text, int from, int to, List<EntityMention> mentions) {
        return before(text, from, to, mentions, 12);
    }

    /** As {@link #before(String, int, int, List)}, allowing {@code maxWordsAfterVerb} words between verb and quote. */
    public Speaker before(String text, int from, int to, List<EntityMention> mentions, int maxWordsAfterVerb) {
        String window = text.substring(from, to);
        String trimmed = window.stripTrailing();
        List<java.util.regex.MatchResult> verbs = VERB.findAll(window);
        int lastVerb = verbs.isEmpty() ? -1 : verbs.get(verbs.size() - 1).start();
        int lastVerbEnd = verbs.isEmpty() ? -1 : verbs.get(verbs.size() - 1).end();
        boolean colonAfterName = trimmed.endsWith(":");
        if (lastVerb < 0 && !colonAfterName) {
            return null;
        }
        int limit = lastVerb >= 0 ? from + lastVerb : from + trimmed.length();
        if (lastVerb >= 0 && wordsBefore(window.substring(lastVerbEnd), window.length() - lastVerbEnd) > maxWordsAfterVerb) {
            return null; // the verb introduces something else, not this quotation
        }
        if (lastVerb >= 0) {
            Speaker subject = subjectBeforeAside(text, from, from + lastVerb, mentions);
            if (subject != null) {
                return subject; // "Putin, standing next to Lukashenko, said: “...”"
            }
        }
        // ", saying ...": a participle after a comma belongs to the clause's subject, named first, not to the
        // person named last ("Trump defended his deal with Kim, saying ..." is Trump's)
        boolean participle = lastVerb > 0 && window.substring(lastVerb, lastVerbEnd).endsWith("ing")
                && window.substring(0, lastVerb).stripTrailing().endsWith(",");
        EntityMention m = participle ? firstSpeakerIn(mentions, from, limit) : lastSpeakerIn(mentions, from, limit);
        if (m != null) {
            return jointly(text, mentions, m, from);
        }
        Speaker pronoun = pronoun(text, from, limit, mentions);
        if (pronoun != null || lastVerb < 0) {
            return pronoun;
        }
        // "”, said Putin, explaining that ...: “": the speaker right after the verb
        int verbEnd = from + lastVerbEnd;
        EntityMention afterVerb = firstSpeakerIn(mentions, verbEnd, Math.min(to, verbEnd + 60));
        if (afterVerb != null && wordsBefore(text.substring(verbEnd, afterVerb.start()), afterVerb.start() - verbEnd) <= 2) {
            return of(afterVerb);
        }
        return null;
    }

    /** How many words may open a sentence before its subject is named ("Russian President", "On Monday"). */
    private static final int SUBJECT_LEAD_WORDS = 6;

    /**
     * "Putin, standing next to Lukashenko in the hall, said that ...": the speech verb right
     * after a comma closes an aside set off by commas, and the speaker is the sentence's subject named before
     * the aside opens, not the person the aside names last. The subject is the first speaker named in the
     * sentence (after at most a short lead, "Russian President", "On Monday,"), followed at once by a comma.
     * Null, so the caller's reading stands, when the verb does not follow a comma, when a speech verb or
     * "according to" comes before the subject ("Putin said, ..." / "According to Peskov, ..."), or when the
     * aside names no speaker (then the subject is the caller's answer anyway).
     */
    public Speaker subjectBeforeAside(String text, int sentenceStart, int verbStart, List<EntityMention> mentions) {
        String lead = text.substring(sentenceStart, verbStart).stripTrailing();
        if (COORDINATED.matcher(lead).find()) {
            return subjectOfCoordinatedVerb(text, sentenceStart, sentenceStart + lead.length() - 3, mentions);
        }
        if (!lead.endsWith(",")) {
            return null;
        }
        int closing = sentenceStart + lead.length() - 1;
        EntityMention subject = firstSpeakerIn(mentions, sentenceStart, closing);
        if (subject == null || subject.kind() != EntityKind.PERSON) {
            return null;
        }
        int subjectStart = subject.start();
        // "Russian President" + "Vladimir Putin": a role and the name it goes with are one subject
        for (EntityMention m : mentions) {
            if (m.start() >= subject.end() && m.end() <= closing && java.util.Objects.equals(m.entityId(), subject.entityId())
                    && text.substring(subject.end(), m.start()).isBlank()) {
                subject = m;
            }
        }
        int opening = subject.end();
        while (opening < closing && text.charAt(opening) == ' ') {
            opening++;
        }
        if (opening >= closing || text.charAt(opening) != ',') {
            return null; // the subject is not followed by an aside
        }
        int leadStart = Math.max(sentenceStart, text.lastIndexOf(',', subjectStart) + 1);
        String before = text.substring(leadStart, subjectStart);
        if (wordsBefore(before, before.length()) > SUBJECT_LEAD_WORDS || VERB.find(text.substring(sentenceStart, subjectStart))
                || ACCORDING_TO.matcher(text.substring(sentenceStart, subjectStart)).find()) {
            return null;
        }
        EntityMention inAside = lastSpeakerIn(mentions, opening, closing);
        if (inAside == null || java.util.Objects.equals(inAside.entityId(), subject.entityId())) {
            return null;
        }
        return of(subject);
    }

    /** A speech verb right after "and": the second verb of a predicate the sentence's subject governs. */
    private static final Pattern COORDINATED = Pattern.compile("(?:^|[\\s,])and$");
    /** A leading phrase set off by a comma before the subject: "On Monday,", "After the talks with Lukashenko,". */
    private static final Pattern LEADING_PHRASE = Pattern.compile("^(?:On|In|At|After|Before|During|Following|Earlier|Later"
            + "|Speaking|Meanwhile|Separately|Afterwards|Then|Also)\\b[^,]{0,80},\\s*");

    /**
     * "Putin praised Lukashenko for the harvest and said the bridge would open in spring": a speech
     * verb coordinated with the sentence's first verb by "and" has the sentence's subject as its speaker, not the
     * person the first verb's object names. The subject is the first person named in the main clause (after a leading
     * phrase such as "On Monday," or "After the talks with X,"), within a short lead; null, so the caller's reading
     * stands, when a speech verb comes between the subject and "and", when two people are the subject together
     * ("Putin and Lukashenko met and said"), or when nobody else is named before the verb.
     */
    private Speaker subjectOfCoordinatedVerb(String text, int sentenceStart, int andStart, List<EntityMention> mentions) {
        java.util.regex.Matcher leading = LEADING_PHRASE.matcher(text.substring(sentenceStart, andStart));
        int clauseStart = leading.find() ? sentenceStart + leading.end() : sentenceStart;
        EntityMention subject = firstSpeakerIn(mentions, clauseStart, andStart);
        if (subject == null || subject.kind() != EntityKind.PERSON) {
            return null;
        }
        String before = text.substring(clauseStart, subject.start());
        if (wordsBefore(before, before.length()) > SUBJECT_LEAD_WORDS || before.contains(",")) {
            return null;
        }
        int subjectEnd = subject.end();
        for (EntityMention m : mentions) {
            if (m.start() >= subjectEnd && m.end() <= andStart && java.util.Objects.equals(m.entityId(), subject.entityId())
                    && text.substring(subjectEnd, m.start()).isBlank()) {
                subjectEnd = m.end();
            }
        }
        String predicate = text.substring(subjectEnd, andStart);
        if (JOINED_AFTER.matcher(predicate).lookingAt() || VERB.find(predicate)) {
            return null;
        }
        EntityMention last = lastSpeakerIn(mentions, subjectEnd, andStart);
        if (last == null || java.util.Objects.equals(last.entityId(), subject.entityId())) {
            return null;
        }
        return of(subject);
    }

    /** "and Lukashenko", "& Lukashenko" right after the subject: two people are the subject together. */
    private static final Pattern JOINED_AFTER = Pattern.compile("\\s*(?:and|&)\\s+\\p{Lu}");

    /**
     * The speaker the words {@code [from, to)} name by themselves, without a speech verb ("with
     * Lukashenko noting that", "with the Belarusian leader adding that"): the last person (or body) named
     * there, else a pronoun there; null when they name nobody.
     */
    public Speaker named(String text, int from, int to, List<EntityMention> mentions) {
        EntityMention m = lastSpeakerIn(mentions, from, to);
        if (m != null) {
            return jointly(text, mentions, m, from);
        }
        return pronoun(text, from, to, mentions);
    }

    /**
     * Whether the words after a speech verb show that it introduces what comes next ("replied that",
     * "replied:", "replied Lukashenko:") rather than closing the quotation before it.
     */
    static boolean introducesWhatFollows(String afterVerb) {
        String rest = afterVerb.strip();
        if (rest.startsWith(":") || rest.regionMatches(true, 0, "that ", 0, 5) || rest.equalsIgnoreCase("that")) {
            return true;
        }
        return rest.endsWith(":") && wordsBefore(rest, rest.length()) <= 4 && !VERB.find(rest);
    }

    /** Who relayed the words of a sentence: "according to the Interfax news agency", "TASS reported". */
    public String sourcing(String text, int from, int to, List<EntityMention> mentions) {
        String s = text.substring(from, to);
        Matcher a = ACCORDING_TO.matcher(s);
        if (s.contains("ccording") && a.find()) {
            int at = from + a.end();
            for (EntityMention m : mentions) {
                if (m.start() >= at && m.start() <= at + 2 && m.end() <= to) {
                    return withArticle(text, m);
                }
            }
            int end = at;
            while (end < to && ",.;:!?\n”\"»".indexOf(text.charAt(end)) < 0 && end - at < 60) {
                end++;
            }
            String words = text.substring(at, end).strip();
            return words.isEmpty() ? null : words;
        }
        for (EntityMention m : mentions) {
            if (m.start() < from || m.end() > to) {
                continue;
            }
            boolean relayer = m.kind() == EntityKind.ORGANIZATION || m.entityId().equals("place:kremlin");
            if (relayer && REPORTED.matcher(text.substring(m.end(), Math.min(to, m.end() + 30))).find()) {
                return withArticle(text, m);
            }
        }
        return null;
    }

    private static String withArticle(String text, EntityMention m) {
        boolean the = m.start() >= 4 && text.regionMatches(true, m.start() - 4, "the ", 0, 4);
        return the && m.match() != MatchKind.ROLE ? text.substring(m.start() - 4, m.end()) : m.surface();
    }

    /** The last person named before {@code offset}. */
    public EntityMention lastPersonBefore(List<EntityMention> mentions, int offset) {
        EntityMention last = null;
        for (EntityMention m : mentions) {
            if (m.end() > offset) {
                break;
            }
            if (m.kind() == EntityKind.PERSON) {
                last = m;
            }
        }
        return last;
    }

    /**
     * What "he" or "she" at {@code offset} refers to: the subject of the last paragraph that names a person,
     * that is its first person when named near the paragraph's start ("Zelenskyy noted that Biden's visit was
     * ... . “...,” he said": Zelenskyy), else the last person named before.
     */
    public EntityMention personForPronoun(String text, List<EntityMention> mentions, int offset) {
        EntityMention last = lastPersonBefore(mentions, offset);
        if (last == null) {
            return null;
        }
        int paragraph = text.lastIndexOf('\n', last.start()) + 1;
        for (EntityMention m : mentions) {
            if (m.start() >= paragraph && m.kind() == EntityKind.PERSON) {
                return m.start() - paragraph <= SUBJECT_REACH ? m : last;
            }
        }
        return last;
    }

    private Speaker pronoun(String text, int from, int to, List<EntityMention> mentions) {
        if (to <= from) {
            return null;
        }
        Matcher p = PRONOUN.matcher(text.substring(from, to));
        if (!p.find()) {
            return null;
        }
        int start = from + p.start();
        EntityMention person = personForPronoun(text, mentions, start);
        return new Speaker(person == null ? null : person.entityId(), p.group(), start, from + p.end());
    }

    private static boolean isSpeaker(EntityMention m) {
        return m.kind() == EntityKind.PERSON || m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.BODY
                || m.match() == MatchKind.UNKNOWN || m.entityId().equals("place:kremlin");
    }

    /** The last person named in the window, else the last organization or unknown name: people speak more often. */
    private static EntityMention lastSpeakerIn(List<EntityMention> mentions, int from, int to) {
        EntityMention person = null;
        EntityMention other = null;
        for (EntityMention m : mentions) {
            if (m.start() >= from && m.end() <= to && isSpeaker(m)) {
                if (m.kind() == EntityKind.PERSON) {
                    person = m;
                } else {
                    other = m;
                }
            }
        }
        return person != null ? person : other;
    }

    private static EntityMention firstSpeakerIn(List<EntityMention> mentions, int from, int to) {
        for (EntityMention m : mentions) {
            if (m.start() >= from && m.end() <= to && isSpeaker(m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Lukashenko and Putin: “...”", "Putin and Lukashenko said": words given to two people named
     * together. A quote has one speaker, so it is the first one named, and the speaker's words span
     * both names so the joint attribution stays visible.
     */
    private static Speaker jointly(String text, List<EntityMention> mentions, EntityMention last, int from) {
        if (last.kind() != EntityKind.PERSON) {
            return of(last);
        }
        EntityMention first = null;
        for (EntityMention m : mentions) {
            if (m.end() > last.start()) {
                break;
            }
            first = m;
        }
        if (first == null || first.start() < from || first.kind() != EntityKind.PERSON
                || java.util.Objects.equals(first.entityId(), last.entityId())
                || !JOINED.matcher(text.substring(first.end(), last.start())).matches()) {
            return of(last);
        }
        return new Speaker(first.entityId(), text.substring(first.start(), last.end()), first.start(), last.end());
    }

    private static Speaker of(EntityMention m) {
        return new Speaker(m.entityId(), m.surface(), m.start(), m.end());
    }

    private static int wordsBefore(String s, int end) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < Math.min(end, s.length()); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }
}
