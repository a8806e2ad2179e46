package dev.parallax.core.entity;

import dev.parallax.core.segment.TextNormalizer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Folds a name to a rough phonetic key so transliteration variants of one Russian or Belarusian
 * name land close together: Aleksandr/Alexander/Alyaksandr, Lukashenko/Lukashenka, Dmitry/Dimitri,
 * Konstantinovsky/Constantine. Not a spelling: only ever compared with other folded strings.
 */
public final class TransliterationFolder implements UnaryOperator<String> {
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern ENKA = Pattern.compile("enka\\b");
    private static final Pattern SKIY = Pattern.compile("(?:skiy|skii|skyi|skyy|sky|ski)\\b");
    private static final Pattern IY = Pattern.compile("(?:iy|yi|yy|ii|ij)\\b");
    private static final Pattern YA_BETWEEN_CONSONANTS = Pattern.compile(
            "(?<=[bcdfghjklmnpqrstvxz])ya(?=[bcdfghjklmnpqrstvxz])");
    private static final Pattern HARD_C = Pattern.compile("c(?=[aouklnrt]|\\b)");
    private static final Pattern LEADING_IE = Pattern.compile("\\bie");
    private static final Pattern IE_AFTER_CONSONANT = Pattern.compile("(?<=[^aeiou ])ie(?=[^aeiou ]|\\b)");

    /** As {@code String.replaceAll}, with the pattern compiled once (names are folded by the thousand). */
    private static String replace(String s, Pattern pattern, String replacement) {
        return pattern.matcher(s).replaceAll(replacement);
    }

    @Override
    public String apply(String name) {
        String s = TextNormalizer.TOKEN_NORM.apply(name);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ') {
                b.append(c);
            } else if (c == '-' || c == '.') {
                b.append(' ');
            }
        }
        s = SPACES.matcher(b.toString().trim()).replaceAll(" ");
        // word endings first, while word boundaries are still visible
        s = replace(s, ENKA, "enko");
        s = replace(s, SKIY, "ski");
        s = replace(s, IY, "i");
        s = s.replace("kh", "h").replace("ks", "x").replace("cs", "x").replace("ph", "f").replace("w", "v")
                .replace("zh", "j").replace("ou", "u").replace("ck", "k");
        // Belarusian "ya" between consonants reads as Russian "e" (Alyaksandr / Aleksandr)
        s = replace(s, YA_BETWEEN_CONSONANTS, "e");
        s = s.replace('y', 'i');
        s = replace(s, HARD_C, "k");
        s = replace(replace(s, LEADING_IE, "e"), IE_AFTER_CONSONANT, "e");
        // double letters collapse
        StringBuilder d = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                d.append(s.charAt(i));
            }
        }
        return d.toString();
    }
}
