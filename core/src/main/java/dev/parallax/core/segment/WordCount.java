package dev.parallax.core.segment;

import dev.parallax.core.model.Token;
import java.util.List;

/**
 * How many words a sentence's tokens hold. Japanese and Chinese write no spaces, so a token there is
 * a whole run of characters: it counts one word per two Han or kana characters, about what a
 * translation into English would take. Stateless.
 */
public final class WordCount {
    private WordCount() {}

    /** Words among {@code tokens}; {@code lettersOnly} leaves out tokens that open with a digit. */
    public static int of(List<Token> tokens, boolean lettersOnly) {
        int words = 0;
        for (Token t : tokens) {
            int first = t.text().codePointAt(0);
            if (!(lettersOnly ? Character.isLetter(first) : Character.isLetterOrDigit(first))) {
                continue;
            }
            if (first < 0x3040) {
                words++; // a word that opens in Latin, Cyrillic, Greek...: one word
                continue;
            }
            int cjk = 0;
            String s = t.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x3040 && c <= 0x30FF || c >= 0x4E00 && c <= 0x9FFF) {
                    cjk++;
                }
            }
            words += cjk > 0 ? Math.max(1, (cjk + 1) / 2) : 1;
        }
        return words;
    }
}
