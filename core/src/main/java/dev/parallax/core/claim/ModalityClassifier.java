package dev.parallax.core.claim;

import dev.parallax.core.model.Modality;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How firmly a statement is made, read from its wording. The first family that matches wins, in
 * this order: CONDITIONAL ("if", "unless"), DENIED ("denied", "did not", "never"), HEDGED ("may",
 * "reportedly", "is said to", "according to unconfirmed"), EXPECTED ("is expected to", "expects to",
 * "will", reported "would", "plans to", "is scheduled"), else ASSERTED.
 *
 * <p>Reported speech is read in two parts. The reporting frame decides first when it carries the
 * modality itself: "Peskov denied that ...", "Minsk did not confirm that ..." are DENIED, and so is
 * dismissing what others say ("Putin dismissed claims that ...", "Peskov brushed aside reports of ..."):
 * such a claim reports the speaker's denial of what follows, exactly as "Putin denied that ..." does,
 * so accounts worded either way carry the same stance and the comparator sees no hedge between them. "Putin
 * reportedly said ..." is HEDGED, "Lukashenko expects that ..." is EXPECTED. Otherwise the reported
 * clause decides, so "Lukashenko, who did not attend, said that Minsk may consider ..." is HEDGED
 * (what is claimed is hedged) and not DENIED by the aside. Likewise a prediction only inside a
 * relative clause ("held talks in Moscow, where he plans to attend ...") leaves the statement
 * ASSERTED, and a negation only in a leading concession ("While Minsk has not joined, it has ...") does
 * not make it DENIED. "May" the month and "will" the noun
 * ("the will of the people") are not modal. Stateless.
 */
public final class ModalityClassifier {
    private static final Pattern CONDITIONAL = Pattern.compile("\\b(if|unless|provided\\s+that|on\\s+condition\\s+that|in\\s+case\\s+of)\\b");
    private static final Pattern DENIED = Pattern.compile("\\b(denied|denies|deny|denying|did\\s+not|didn[’']t|does\\s+not"
            + "|doesn[’']t|has\\s+not|hasn[’']t|have\\s+not|never|rejected|refuted|dismissed|rebuffed|repudiated"
            + "|brushed\\s+(?:aside|off)|waved\\s+(?:away|off)|scoffed\\s+at|not\\s+true|no\\s+plans?)\\b");
    private static final Pattern HEDGED = Pattern.compile("\\b(may|might|could|reportedly|allegedly|(?:is|are|was|were)\\s+said\\s+to"
            + "|according\\s+to\\s+unconfirmed|unconfirmed|apparently|possibly|probably|likely|purportedly|rumou?red"
            + "|appears?\\s+to|seems?\\s+to|it\\s+is\\s+believed)\\b");
    private static final Pattern EXPECTED = Pattern.compile("\\b(expected\\s+to|expects?\\s+to|expecting\\s+to|it\\s+is\\s+expected"
            + "|(?<!\\b(?:the|political|good|free|his|her|their|its|own|popular)\\s)will|would|[’']ll|shall"
            + "|plans?\\s+to|planning\\s+to|(?:is|are)\\s+scheduled|scheduled\\s+to|(?:is|are)\\s+due\\s+to|(?:is|are)\\s+set\\s+to"
            + "|intends?\\s+to|(?:is|are)\\s+going\\s+to|upcoming)\\b");
    /** ", where/who/which/whose ..." up to the next comma, semicolon or the end: an aside about something named. */
    private static final Pattern ASIDE = Pattern.compile(",\\s*(?:where|who|whom|which|whose)\\b[^,;]*");
    /** A leading "While Minsk has not joined the war, ..." concedes something; the main clause follows the comma. */
    private static final Pattern CONCESSION = Pattern.compile("^\\W*(?:while|although|though|even\\s+though|whereas)\\b[^,;]*,");
    /** Words after which "may" is the month ("in May", "mid-May"); a day number ("19 May") counts too. */
    private static final java.util.Set<String> BEFORE_MONTH_MAY = java.util.Set.of("in", "of", "since", "until", "till",
            "by", "from", "early", "late", "mid", "last", "next", "this", "through", "before", "after");

    /** Verbs that report what someone said or thinks; what follows them is the reported clause. */
    private static final java.util.Set<String> REPORTING = java.util.Set.of(("said says told tells stated states announced"
            + " announces noted notes added adds stressed stresses emphasized emphasised emphasizes emphasises explained"
            + " explains assured assures claimed claims insisted insists confirmed confirms warned warns argued argues"
            + " believes believed thinks hopes hoped suggested suggests acknowledged admitted declared declares"
            + " reiterated reported reports wrote writes expects expected denied denies deny rejected rejects dismissed"
            + " dismisses refuted refutes rebuffed rebuffs repudiated repudiates brushed waved scoffed").split(" "));
    private static final Pattern DENIAL_VERB = Pattern.compile("den(?:ied|ies|y)|reject(?:ed|s)|dismiss(?:ed|es)|refut(?:ed|es)"
            + "|rebuff(?:ed|s)|repudiat(?:ed|es)|brushed|waved|scoffed");
    /** Verbs that deny only with their particle: "brushed aside", "waved away", "scoffed at". */
    private static final java.util.Map<String, java.util.Set<String>> PARTICLES = java.util.Map.of(
            "brushed", java.util.Set.of(" aside", " off"), "waved", java.util.Set.of(" away", " off"),
            "scoffed", java.util.Set.of(" at"));
    private static final Pattern THAT = Pattern.compile("\\bthat\\b");
    /** The reported clause must have this many words for the frame to count ("..., Putin said." has none). */
    private static final int MIN_CLAUSE_WORDS = 3;
    /** How many words before a reporting verb belong to it ("did not", "is said to have", "reportedly"). */
    private static final int FRAME_WORDS = 4;
    /** How far after the verb a "that" may open the clause ("told reporters in the Kremlin on Friday that"). */
    private static final int THAT_WINDOW_WORDS = 10;

    /** Words one of which must occur for the family's pattern to have a chance: most sentences skip most patterns. */
    private static final String[] CONDITIONAL_HINTS = {"if", "unless", "provided", "condition", "case"};
    // "deni", not "den": every "president" would try the pattern; "reportedly", not "reported" (", TASS reported")
    private static final String[] DENIED_HINTS = {"deni", "deny", "not", "n't", "n’t", "never", "reject", "refut", "dismiss",
            "no plan", "rebuff", "repudiat", "brushed", "waved", "scoffed"};
    private static final String[] HEDGED_HINTS = {"may", "might", "could", "reportedly", "allegedly", "said to",
            "unconfirmed", "apparently", "possibly", "probably", "likely", "purportedly", "rumo", "appear", "seem",
            "believed"};
    private static final String[] EXPECTED_HINTS = {"expect", "will", "would", "'ll", "’ll", "shall", "plan", "schedul", "due",
            "set to", "intend", "going to", "upcoming"};

    public Modality classify(String text) {
        // lower-cased once, so the patterns need no case-insensitive matching (measurably faster)
        String statement = text.toLowerCase(Locale.ROOT);
        if (statement.contains("may")) {
            statement = withoutMonthMay(statement);
        }
        int n = statement.length();
        int i = 0;
        while (i < n) {
            // one pass over the words: a set look-up per word is much cheaper than a verb alternation tried everywhere
            if (!Character.isLetter(statement.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(statement.charAt(i))) {
                i++;
            }
            if (i - start < 3 || i - start > 12 || (start > 0 && Character.isLetterOrDigit(statement.charAt(start - 1)))) {
                continue;
            }
            String verb = statement.substring(start, i);
            if (!REPORTING.contains(verb)) {
                continue;
            }
            java.util.Set<String> particles = PARTICLES.get(verb);
            if (particles != null) {
                String particle = nextWord(statement, i);
                if (!particles.contains(particle)) {
                    continue; // "waved flags", "brushed his hair": not a denial
                }
                i += particle.length();
            }
            int clauseStart = clauseStart(statement, i);
            if (words(statement, clauseStart, n) < MIN_CLAUSE_WORDS) {
                continue;
            }
            if (DENIAL_VERB.matcher(verb).matches()) {
                return Modality.DENIED;
            }
            if (clauseStart == i && quotedBefore(statement, start)) {
                break; // "“We will win,” Putin said at the summit": what was said comes before the verb
            }
            Modality frame = wording(frameBefore(statement, start) + verb + nextWord(statement, i), false);
            if (frame != Modality.ASSERTED) {
                return frame;
            }
            if (verb.startsWith("expect")) {
                return Modality.EXPECTED;
            }
            return wording(statement.substring(clauseStart), true);
        }
        return wording(statement, true);
    }

    /**
     * The lower-cased statement with "may" the month spelled "mon": after a day number or a
     * preposition of time and a space or hyphen ("in may", "19 may", "mid-may"), or before a day
     * number ("may 9", "may, 2024"). A scan from each "may" rather than a look-behind tried at
     * every position.
     */
    static String withoutMonthMay(String lower) {
        char[] out = null;
        int n = lower.length();
        for (int at = lower.indexOf("may"); at >= 0; at = lower.indexOf("may", at + 3)) {
            int end = at + 3;
            boolean wordStart = at == 0 || !isWordChar(lower.charAt(at - 1));
            if (!wordStart) {
                continue;
            }
            boolean wordEnd = end == n || !isWordChar(lower.charAt(end));
            if (wordEnd && dayNumberFollows(lower, end) || wordEnd && at >= 2 && monthWordBefore(lower, at)) {
                if (out == null) {
                    out = lower.toCharArray();
                }
                out[at + 1] = 'o';
                out[at + 2] = 'n';
            }
        }
        return out == null ? lower : new String(out);
    }

    /** ",? space+ digit" at {@code from}. */
    private static boolean dayNumberFollows(String lower, int from) {
        int i = from;
        if (i < lower.length() && lower.charAt(i) == ',') {
            i++;
        }
        int spaces = i;
        while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
            i++;
        }
        return i > spaces && i < lower.length() && lower.charAt(i) >= '0' && lower.charAt(i) <= '9';
    }

    /** A space or hyphen before {@code at}, and before it a whole word of {@link #BEFORE_MONTH_MAY} or one or two digits. */
    private static boolean monthWordBefore(String lower, int at) {
        char sep = lower.charAt(at - 1);
        if (sep != ' ' && sep != '-') {
            return false;
        }
        int wordEnd = at - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && isWordChar(lower.charAt(wordStart - 1))) {
            wordStart--;
        }
        int length = wordEnd - wordStart;
        if (length == 0 || length > 7) {
            return false;
        }
        boolean digits = true;
        for (int i = wordStart; i < wordEnd; i++) {
            char c = lower.charAt(i);
            digits &= c >= '0' && c <= '9';
        }
        return digits ? length <= 2 : BEFORE_MONTH_MAY.contains(lower.substring(wordStart, wordEnd));
    }

    /** What a regular expression's {@code \b} counts as part of a word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The families tried on lower-cased words; {@code conditional} false for a reporting frame. */
    private static Modality wording(String statement, boolean conditional) {
        if (conditional && mayMatch(statement, CONDITIONAL_HINTS) && CONDITIONAL.matcher(statement).find()) {
            return Modality.CONDITIONAL;
        }
        if (mayMatch(statement, DENIED_HINTS) && DENIED.matcher(statement).find()
                && DENIED.matcher(withoutAsides(statement)).find()) {
            return Modality.DENIED;
        }
        if (mayMatch(statement, HEDGED_HINTS) && HEDGED.matcher(statement).find()) {
            return Modality.HEDGED;
        }
        if (mayMatch(statement, EXPECTED_HINTS) && EXPECTED.matcher(statement).find()
                && EXPECTED.matcher(withoutAsides(statement)).find()) {
            return Modality.EXPECTED;
        }
        return Modality.ASSERTED;
    }

    /**
     * The statement without its non-restrictive relative clauses (", where he plans to attend ...,") and
     * a leading concession ("while ... ,"): what an aside expects or denies is not what the statement does. The main clause must
     * keep some words, else the statement is left as it is.
     */
    static String withoutAsides(String statement) {
        if (statement.indexOf(',') < 0) {
            return statement;
        }
        String main = CONCESSION.matcher(ASIDE.matcher(statement).replaceAll("")).replaceFirst("");
        return words(main, 0, main.length()) >= MIN_CLAUSE_WORDS ? main : statement;
    }

    /** Where the reported clause starts: after a "that" close behind the verb, else right after the verb. */
    private static int clauseStart(String statement, int verbEnd) {
        Matcher that = THAT.matcher(statement);
        if (that.find(verbEnd) && words(statement, verbEnd, that.start()) <= THAT_WINDOW_WORDS
                && statement.substring(verbEnd, that.start()).indexOf(',') < 0) {
            return that.end();
        }
        return verbEnd;
    }

    private static boolean quotedBefore(String statement, int verbStart) {
        for (int i = verbStart - 1; i >= 0 && i >= verbStart - 40; i--) {
            char c = statement.charAt(i);
            if (c == '”' || c == '"' || c == '»') {
                return true;
            }
        }
        return false;
    }

    /** " to" of "said to", so that "are said to" reads as a hedge. */
    private static String nextWord(String statement, int from) {
        int i = from;
        while (i < statement.length() && statement.charAt(i) == ' ') {
            i++;
        }
        int end = i;
        while (end < statement.length() && Character.isLetter(statement.charAt(end))) {
            end++;
        }
        return statement.substring(from, end);
    }

    /** The few words right before a reporting verb, within its clause. */
    private static String frameBefore(String statement, int verbStart) {
        int start = verbStart;
        int words = 0;
        boolean inWord = false;
        while (start > 0) {
            char c = statement.charAt(start - 1);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '“' || c == '”' || c == '"') {
                break;
            }
            boolean letter = !Character.isWhitespace(c);
            if (letter && !inWord && ++words > FRAME_WORDS) {
                break;
            }
            inWord = letter;
            start--;
        }
        return statement.substring(start, verbStart);
    }

    private static int words(String s, int from, int to) {
        int words = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    private static boolean mayMatch(String statement, String[] hints) {
        for (String h : hints) {
            if (statement.contains(h)) {
                return true;
            }
        }
        return false;
    }
}
