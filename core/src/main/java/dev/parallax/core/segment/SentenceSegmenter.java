package dev.parallax.core.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds sentences with ICU's rule-based sentence breaks, then repairs the breaks news text gets
 * wrong: a title or month abbreviation ("Mr.", "Gen.", "Dec. 19") or an initial ("V. Putin") does
 * not end a sentence, and an acronym ending a sentence ("NATO. Both ...") does. Paragraphs are separated by blank lines; a line break always ends a sentence
 * (headlines and list items carry no full stop).
 *
 * <p>Sentences longer than {@code maxSentenceChars} are cut at the last space before the limit, so
 * that later stages (which are at worst linear per sentence) never see pathological input.
 * Thread-safe: the break iterator is cloned per call.
 */
public final class SentenceSegmenter {
    /** Titles and abbreviations after which a sentence never ends. */
    static final Set<String> ALWAYS_CONTINUE = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt",
            "Maj", "Adm", "Gov", "Sen", "Rep", "Prof", "Jr", "Sr", "No", "Nos", "vs", "Vol", "Art", "Fig", "approx",
            "Corp", "Inc", "Ltd", "Co", "Messrs", "Rev", "Pres", "Amb");
    /** Month abbreviations: no sentence end when a day or year follows. */
    static final Set<String> MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec");

    /** Titles that may be written in capitals ("MR. PESKOV"): never an acronym ending a sentence. */
    static final Set<String> CAPITAL_TITLES = Set.of("MR", "MRS", "MS", "DR", "ST", "GEN", "LT", "COL", "SGT", "CAPT",
            "MAJ", "ADM", "GOV", "SEN", "REP", "PROF", "JR", "SR", "NO", "NOS", "VS", "VOL", "ART", "FIG", "CORP", "INC",
            "LTD", "CO", "REV", "PRES", "AMB", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT",
            "NOV", "DEC");

    /** "U.S.", "U.K.", "a.m.", "p.m.": single letters each followed by a full stop. */
    private static final java.util.regex.Pattern DOTTED_ABBREVIATION = java.util.regex.Pattern.compile("(?:\\p{L}\\.){2,4}");
    /** Words that open a new sentence after "... the U.S." rather than continue "the U.S. President ...". */
    static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "But",
            "And", "Or", "So", "Yet", "This", "That", "These", "Those", "Their", "His", "Her", "Its", "Our", "In", "On", "At",
            "As", "After", "Before", "While", "When", "Where", "There", "Some", "Many", "Most", "Both", "Meanwhile", "However",
            "Still", "Also", "Then", "Now", "Today", "Yesterday", "If", "Although", "Though", "Because", "Since", "For",
            "With", "Without", "Under", "Over", "During", "Asked", "According", "Earlier", "Later", "Last", "Next", "No",
            "Not", "One", "Two", "Such", "What", "Who", "Why", "How", "Thank", "Thanks", "Let", "Mr", "Mrs", "Ms", "Q");
    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    private final Tokenizer tokenizer;
    private final int maxSentenceChars;

    public SentenceSegmenter(Tokenizer tokenizer, int maxSentenceChars) {
        this.tokenizer = tokenizer;
        this.maxSentenceChars = Math.max(80, maxSentenceChars);
    }

    public SentenceSegmenter() {
        this(new Tokenizer(), 4000);
    }

    public Segmentation segment(String text) {
        List<String> warnings = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            addSplittingAfterAcronyms(text, start, end, spans);
            start = end;
        }
        List<int[]> merged = mergeFalseBreaks(text, spans);
        int[] paragraphStarts = paragraphStarts(text);
        List<Sentence> sentences = new ArrayList<>(merged.size());
        boolean cut = false;
        for (int[] span : merged) {
            int s = span[0];
            int e = span[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            while (e - s > maxSentenceChars) {
                int limit = s + maxSentenceChars;
                int cutAt = text.lastIndexOf(' ', limit);
                if (cutAt <= s + maxSentenceChars / 2) {
                    cutAt = limit;
                    if (Character.isLowSurrogate(text.charAt(cutAt))) {
                        cutAt--;
                    }
                }
                add(sentences, text, s, cutAt, paragraphStarts);
                cut = true;
                s = cutAt;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
            }
            if (e > s) {
                add(sentences, text, s, e, paragraphStarts);
            }
        }
        if (cut) {
            warnings.add("very long sentence cut into pieces of at most " + maxSentenceChars + " characters");
        }
        return new Segmentation(sentences, warnings);
    }

    private void add(List<Sentence> out, String text, int s, int e, int[] paragraphStarts) {
        List<Token> tokens = tokenizer.tokenize(text, s, e);
        out.add(new Sentence(out.size(), s, e, paragraphOf(paragraphStarts, s), text.substring(s, e), tokens));
    }

    /**
     * Adds ICU's span, split where it kept a sentence going after an acronym: ICU's English exceptions
     * hold a few all-capital words ("NATO.") that in news text end a sentence far more often than they
     * abbreviate anything ("... a member of NATO. Both leaders ..."). Titles written in capitals stay joined.
     */
    private static void addSplittingAfterAcronyms(String text, int start, int end, List<int[]> spans) {
        int dot = text.indexOf('.', start);
        while (dot >= 0 && dot < end - 2) {
            int next = dot + 1;
            while (next < end && text.charAt(next) == ' ') {
                next++;
            }
            if (next > dot + 1 && next < end && Character.isUpperCase(text.charAt(next)) && endsAcronym(text, start, dot)) {
                spans.add(new int[] {start, next});
                start = next;
            }
            dot = text.indexOf('.', dot + 1);
        }
        spans.add(new int[] {start, end});
    }

    /** True when the word right before {@code dot} is two or more capitals ("NATO", "OSCE"), not a title or "U.S.". */
    static boolean endsAcronym(String text, int from, int dot) {
        int w = dot;
        while (w > from && Character.isUpperCase(text.charAt(w - 1))) {
            w--;
        }
        if (dot - w < 2 || (w > from && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.'))) {
            return false;
        }
        return !CAPITAL_TITLES.contains(text.substring(w, dot));
    }

    private static List<int[]> mergeFalseBreaks(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            if (!out.isEmpty()) {
                int[] prev = out.get(out.size() - 1);
                if (isFalseBreak(text, prev[0], prev[1], span[0], span[1])) {
                    prev[1] = span[1];
                    continue;
                }
            }
            out.add(new int[] {span[0], span[1]});
        }
        return out;
    }

    /** True when the break between the two spans came after an abbreviation or initial, within one line. */
    static boolean isFalseBreak(String text, int prevStart, int prevEnd, int nextStart, int nextEnd) {
        int e = prevEnd;
        while (e > prevStart && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == prevEnd || e <= prevStart || text.charAt(e - 1) != '.') {
            return false; // a line break or no full stop: the break is real
        }
        int w = e - 1;
        while (w > prevStart && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w > prevStart && text.charAt(w - 1) == '.') {
            // "U.S. President", "p.m. EDT": a dotted abbreviation ends a sentence only before a word that opens one
            int a = w - 1;
            while (a > prevStart && (Character.isLetter(text.charAt(a - 1)) || text.charAt(a - 1) == '.')) {
                a--;
            }
            return DOTTED_ABBREVIATION.matcher(text.substring(a, e)).matches() && !opensSentence(text, nextStart, nextEnd);
        }
        String word = text.substring(w, e - 1);
        if (word.isEmpty()) {
            return false;
        }
        if (ALWAYS_CONTINUE.contains(word)) {
            return true;
        }
        char next = nextStart < nextEnd ? text.charAt(nextStart) : ' ';
        if (MONTHS.contains(word)) {
            return Character.isDigit(next) || next == '(' || Character.isLowerCase(next);
        }
        // an initial: one capital letter ("V. Putin"), itself preceded by a space or the start
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(next);
    }

    private static boolean opensSentence(String text, int from, int to) {
        int end = from;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end == from || SENTENCE_OPENERS.contains(text.substring(from, end)) || Character.isDigit(text.charAt(from))
                || text.charAt(from) == '"' || text.charAt(from) == '“';
    }

    static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int i = text.indexOf('\n');
        while (i >= 0) {
            int j = i + 1;
            boolean blank = false;
            while (j < text.length()) {
                char c = text.charAt(j);
                if (c == '\n') {
                    blank = true;
                } else if (!Character.isWhitespace(c)) {
                    break;
                }
                j++;
            }
            if (blank) {
                starts.add(j);
            }
            i = text.indexOf('\n', j);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static int paragraphOf(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
