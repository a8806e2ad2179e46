package dev.parallax.core.entity;

import dev.parallax.core.segment.TextNormalizer;
import java.util.function.UnaryOperator;

/**
 * Folds a name to a rough phonetic key so transliteration variants of one Russian or Belarusian
 * name land close together: Aleksandr/Alexander/Alyaksandr, Lukashenko/Lukashenka, Dmitry/Dimitri,
 * Konstantinovsky/Constantine. Not a spelling: only ever compared with other folded strings.
 */
public final class TransliterationFolder implements UnaryOperator<String> {

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
        s = b.toString().trim().replaceAll(" +", " ");
        // word endings first, while word boundaries are still visible
        s = s.replaceAll("enka\\b", "enko")
                .replaceAll("(?:skiy|skii|skyi|skyy|sky|ski)\\b", "ski")
                .replaceAll("(?:iy|yi|yy|ii|ij)\\b", "i");
        s = s.replace("kh", "h").replace("ks", "x").replace("cs", "x").replace("ph", "f").replace("w", "v")
                .replace("zh", "j").replace("ou", "u").replace("ck", "k");
        // Belarusian "ya" between consonants reads as Russian "e" (Alyaksandr / Aleksandr)
        s = s.replaceAll("(?<=[bcdfghjklmnpqrstvxz])ya(?=[bcdfghjklmnpqrstvxz])", "e");
        s = s.replace('y', 'i');
        s = s.replaceAll("c(?=[aouklnrt]|\\b)", "k");
        s = s.replaceAll("\\bie", "e").replaceAll("(?<=[^aeiou ])ie(?=[^aeiou ]|\\b)", "e");
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
