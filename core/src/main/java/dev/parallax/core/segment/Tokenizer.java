package dev.parallax.core.segment;

import dev.parallax.core.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and punctuation marks with offsets. A word keeps inner hyphens
 * ("S-400", "twenty-five"), inner apostrophes ("don't") and digit groups ("1.5", "40,000");
 * a possessive "'s" becomes its own token so "Putin's" still names Putin. Every other
 * non-space code point (quote marks, "%", "$", emoji) is a token of its own.
 *
 * <p>Stateless and linear in the input.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of {@code text[from, to)}, offsets into {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT) {
                i += n;
                continue;
            }
            if (!Character.isLetterOrDigit(cp)) {
                add(tokens, text, i, Math.min(i + n, to));
                i += n;
                continue;
            }
            int start = i;
            int j = i + n;
            while (j < to) {
                int c = text.codePointAt(j);
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    j += Character.charCount(c);
                    continue;
                }
                if (j + 1 < to && isJoiner(c) && Character.isLetterOrDigit(text.codePointAt(j + 1))) {
                    char prev = text.charAt(j - 1);
                    int next = text.codePointAt(j + 1);
                    boolean ok = switch (c) {
                        case '-', '\u2010', '\u2011' -> true;
                        case '.', ',' -> Character.isDigit(prev) && Character.isDigit(next);
                        default -> Character.isLetter(prev) && Character.isLetter(next); // apostrophes
                    };
                    if (ok) {
                        j += 1 + Character.charCount(next);
                        continue;
                    }
                }
                break;
            }
            // possessive 's / ’s split off
            if (j - start > 3 && isApostrophe(text.charAt(j - 2)) && (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S')) {
                add(tokens, text, start, j - 2);
                add(tokens, text, j - 2, j);
            } else {
                add(tokens, text, start, j);
            }
            i = j;
        }
        return tokens;
    }

    private static boolean isJoiner(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '.' || c == ',' || isApostrophe(c);
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019';
    }

    private static void add(List<Token> tokens, String text, int start, int end) {
        String surface = text.substring(start, end);
        tokens.add(new Token(start, end, surface, TextNormalizer.TOKEN_NORM.apply(surface)));
    }
}
