package dev.parallax.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive alternation of words that must start at a word boundary, such as the
 * reporting verbs {@code (?i)\b(?:said|says|told\s+reporters|...)\b}, found the cheap way: the
 * pattern is tried only at the start of a word whose first three letters open one of its
 * alternatives. Tried at every word instead, a long alternation was among the analyzer's costliest
 * steps. The matches are exactly those of {@link Matcher#find()} over the same text.
 *
 * <p>Every alternative must open with three ASCII letters ({@code emphasi[sz]ed} is fine,
 * {@code [’']ll} is not). Immutable and thread-safe.
 */
public final class WordAlternation {
    private final Pattern pattern;
    /** [(first * 26 + second) * 26 + third letter]: whether an alternative opens with those three letters. */
    private final boolean[] openings = new boolean[26 * 26 * 26];

    /**
     * @param alternatives regular expressions, each opening with three ASCII letters
     * @param after        what must follow the alternation, e.g. {@code "\\b"}
     */
    public WordAlternation(List<String> alternatives, String after) {
        for (String alternative : alternatives) {
            int first = letter(alternative, 0);
            int second = letter(alternative, 1);
            int third = letter(alternative, 2);
            if (first < 0 || second < 0 || third < 0) {
                throw new IllegalArgumentException("an alternative must open with three ASCII letters: " + alternative);
            }
            openings[(first * 26 + second) * 26 + third] = true;
        }
        this.pattern = Pattern.compile("(?i)\\b(?:" + String.join("|", alternatives) + ")" + after);
    }

    /** The alternatives of a {@code |}-separated list with no groups, such as {@code "said|says|told\\s+reporters"}. */
    public static WordAlternation of(String alternatives, String after) {
        return new WordAlternation(List.of(alternatives.split("\\|")), after);
    }

    /** The whole pattern, as {@link Pattern#compile} would give it for a plain {@code find()}. */
    public Pattern pattern() {
        return pattern;
    }

    /** Every match in {@code text}, in order, as repeated {@code find()} gives them. */
    public List<MatchResult> findAll(CharSequence text) {
        return scan(text, Integer.MAX_VALUE);
    }

    /** The first match in {@code text}, as one {@code find()} gives it, or null. */
    public MatchResult first(CharSequence text) {
        List<MatchResult> found = scan(text, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Whether the text has a match at all. */
    public boolean find(CharSequence text) {
        return first(text) != null;
    }

    private List<MatchResult> scan(CharSequence text, int limit) {
        List<MatchResult> found = new ArrayList<>(2);
        Matcher m = null;
        int n = text.length();
        int i = 0;
        while (i < n && found.size() < limit) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i - start < 3 || !opens(text.charAt(start), text.charAt(start + 1), text.charAt(start + 2))) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (m.region(start, n).lookingAt()) {
                found.add(m.toMatchResult());
                i = Math.max(i, m.end());
            }
        }
        return found;
    }

    private boolean opens(char a, char b, char c) {
        int first = lower(a);
        int second = lower(b);
        int third = lower(c);
        return first >= 0 && second >= 0 && third >= 0 && openings[(first * 26 + second) * 26 + third];
    }

    private static int letter(String s, int at) {
        return at < s.length() ? lower(s.charAt(at)) : -1;
    }

    /** 0-25 for an ASCII letter of either case ({@code (?i)} without Unicode case folds only those), else -1. */
    private static int lower(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return -1;
    }

    /** What a pattern's {@code \b} counts as part of a word (a combining mark aside: the pattern decides those). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
