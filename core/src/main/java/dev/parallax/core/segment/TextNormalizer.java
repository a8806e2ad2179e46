package dev.parallax.core.segment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Named normalizer chains, so tests and matching code say the same thing. Every chain is a pure
 * function and safe to share between threads.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** Typographic quote marks and dashes become their ASCII forms. */
    public static final UnaryOperator<String> UNIFY_PUNCT = TextNormalizer::unifyPunct;
    /** Accents are removed ("Lukašenka" -> "Lukasenka"); other scripts are left as they are. */
    public static final UnaryOperator<String> FOLD_ACCENTS = TextNormalizer::foldAccents;
    public static final UnaryOperator<String> LOWER_CASE = s -> s.toLowerCase(Locale.ROOT);
    /** What {@link dev.parallax.core.model.Token#norm()} holds. */
    public static final UnaryOperator<String> TOKEN_NORM = s -> isAscii(s) ? LOWER_CASE.apply(s)
            : LOWER_CASE.apply(FOLD_ACCENTS.apply(UNIFY_PUNCT.apply(s)));

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String unifyPunct(String s) {
        if (isAscii(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\uFF02' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '\u00B4', '`' -> '\'';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            });
        }
        return b.toString();
    }

    static String foldAccents(String s) {
        if (isAscii(s)) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
