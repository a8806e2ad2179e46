package dev.parallax.core.time;

import java.util.regex.Pattern;

/**
 * What a day an account names is the day of. A report of a meeting names other days beside the meeting's: the day a
 * plan is to be done ("the new radars go into service from March 3"), a deadline ("to be signed by December 1"), the day
 * of the leaders' previous meeting ("their last meeting dates back to May 25"), a day an aside recalls ("on April 2,
 * a ministry said that ..."). Read from the words around the day in its sentence; stateless.
 */
public final class DayRoles {
    private DayRoles() {}

    /** Words of a meeting of leaders: a sentence with one of them may be dating the meeting itself. */
    private static final Pattern MEETING = Pattern.compile("(?iU)\\b(meet|meets|met|meeting|meetings|talks|negotiat\\w*|summit\\w*"
            + "|visit\\w*|arriv\\w*|trip|travel\\w*|flew|landed|greet\\w*|hosts?|hosted|hosting|welcom\\w*|received|receives|encounter|conversation|phoned|telephone"
            + "|встреч\\w*|встрети\\w*|встрет\\w*|переговор\\w*|визит\\w*|прибы\\w*|разговор\\w*"
            + "|treffen|traf|trafen|getroffen|gespräch\\w*|besuch\\w*|rencontr\\w*|entretien\\w*|sommet|pourparlers"
            + "|reuni\\w*|encuentro\\w*|cumbre|incontr\\w*|colloqu\\w*|vertice|visita\\w*|bertemu|pertemuan|kunjungan|berkunjung"
            + "|görüş\\w*|ziyaret\\w*)\\b|회담|방문|만나|会談|会谈|訪問|访问|会见|會見");
    /**
     * Words of what is still to come: "will", "would" (the future of reported speech), "is to", "plans to", "planned",
     * "scheduled", "is expected", "is due", "going to" (not the nouns "a plan", "due to the weather").
     */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|would|'ll|shall|going\\s+to|(?:is|are)\\s+to|plans?\\s+to"
            + "|planned|planning\\s+to|scheduled|(?:is|are)\\s+expected|expected\\s+to|(?:is|are)\\s+due|set\\s+to|intends?\\s+to)\\b");
    /**
     * A verb of the past governing the day, or its object of up to three words: "said on Friday", "announced Monday",
     * "met on July 7": the day is when that was done, whatever the sentence says of the future.
     */
    private static final Pattern PAST_JUST_BEFORE = Pattern.compile("(?i)\\b(said|saying|told|stated|declared|announced|met|held|"
            + "signed|spoke|wrote|added|paid|made|visited|hosted|received|welcomed|arrived|began|opened|reported|agreed|discussed|"
            + "approved|unveiled|launched|promised|pledged|confirmed|denied|called|urged|warned|insisted|noted|stressed|thanked)"
            + "(?: (?!(?:will|would|shall|to|could|may|might)\\b)\\p{L}+){0,3}?(?: on)?\\s*$");
    /**
     * A day something must be done by or runs until, or the day after which it happens: "by December 1", "until
     * Friday", "no later than June 30", "after March 3 or 4", "by the end of May 14".
     */
    private static final Pattern END_OR_AFTER = Pattern.compile("(?i)\\b(by|until|till|after|(?:no|not)\\s+later\\s+than)\\s+"
            + "(?:(?:on|the|early|late|mid|morning|evening|night|end|of)\\s+){0,4}$");
    /** A day something starts from: "starting from July 7", "from Monday", "beginning on June 1", "as of May 1". */
    private static final Pattern FROM = Pattern.compile("(?i)\\b(from|starting|beginning|as\\s+of)\\s+"
            + "(?:(?:from|on|with|the|early|late|mid|morning|evening|night|end|of)\\s+){0,4}$");
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|tonight)\\b");
    /** "'s" right after a day: "after Monday's talks" names the talks' day. */
    private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s\\b");
    /** The leaders' previous meeting, before its day: "the last meeting between them dates back to May 25", "last met on". */
    private static final Pattern PRIOR_MEETING = Pattern.compile("(?iU)\\b((?:previous|last|prior|preceding|earlier)\\s+"
            + "(?:meeting|talks|visit|summit|encounter|conversation)|last\\s+met|met\\s+(?:last|previously))\\b[^.;!?\\n]{0,80}$");

    /** Whether {@code sentence} speaks of what is still to come ("will", "plans to", "is expected"). */
    public static boolean speaksOfTheFuture(String sentence) {
        return sentence != null && FUTURE.matcher(sentence).find();
    }

    /** Whether {@code sentence} speaks of a meeting (met, talks, visit, arrived, встреча, Treffen ...). */
    public static boolean namesMeeting(String sentence) {
        return sentence != null && MEETING.matcher(sentence).find();
    }

    /**
     * Whether the day at {@code [start, end)} of {@code text}, in the sentence {@code [sentenceStart, sentenceEnd)},
     * is the day of something other than a meeting the sentence reports:
     * <ul>
     *   <li>a deadline or the day after which something is done ("signed by December 1", "in service after March 3");</li>
     *   <li>the day a plan starts ("the radars go into service from March 3") when the sentence names no meeting before it (a
     *       summit "starting Monday" is the meeting's own day);</li>
     *   <li>a day the sentence puts in the future ("the prime ministers will take up the programmes on September 10")
     *       when it names no meeting, no verb of the past governs the day ("said on Friday that ... will") and the day is
     *       not "today";</li>
     *   <li>the day of the leaders' previous meeting ("their last meeting was on May 25").</li>
     * </ul>
     */
    public static boolean otherThanTheMeeting(String text, int sentenceStart, int sentenceEnd, int start, int end) {
        if (start < sentenceStart || end > sentenceEnd || sentenceEnd > text.length()) return false;
        String before = text.substring(Math.max(sentenceStart, start - 100), start);
        String after = text.substring(end, Math.min(sentenceEnd, end + 3));
        String sentence = text.substring(sentenceStart, sentenceEnd);
        if (POSSESSIVE.matcher(after).find()) return false;
        if (END_OR_AFTER.matcher(before).find()) return true;
        if (PRIOR_MEETING.matcher(before).find()) return true;
        // "the radars go into service from March 3, Putin said at the meeting": the plan's start, the meeting named after it
        if (FROM.matcher(before).find() && !namesMeeting(text.substring(sentenceStart, start))) return true;
        if (namesMeeting(sentence)) return false;
        // the speaker's or the reporter's own day is no other day for being spoken of in the future tense
        if (TODAY.matcher(text.substring(start, end)).find()) return false;
        return FUTURE.matcher(sentence).find() && !PAST_JUST_BEFORE.matcher(text.substring(Math.max(sentenceStart, start - 40), start)).find();
    }
}
