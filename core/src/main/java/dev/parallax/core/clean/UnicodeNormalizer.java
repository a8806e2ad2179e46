package dev.parallax.core.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes one line's characters comparable across outlets: NFKC, every kind of space a plain space,
 * hyphens "-", dashes "–", zero-width characters and flag emoji gone, runs of spaces collapsed.
 * Quote marks stay as they were written (curly or straight): quotes are evidence, and later stages
 * fold them for matching only.
 */
public final class UnicodeNormalizer {

    /**
     * @param text              the normalized line
     * @param controlCharacters control characters dropped (a sign of binary junk)
     * @param dropped           visible symbols dropped (flag emoji), as written
     */
    public record Normalized(String text, int controlCharacters, List<String> dropped) {}

    public Normalized normalize(String line) {
        if (isPrintableAscii(line)) {
            // most lines of English text: NFKC changes nothing, only runs of spaces are collapsed
            return new Normalized(collapseSpaces(line), 0, List.of());
        }
        String nfkc = Normalizer.normalize(line, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        int control = 0;
        List<String> dropped = new ArrayList<>();
        StringBuilder flag = new StringBuilder();
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (isRegionalIndicator(cp)) {
                flag.appendCodePoint(cp);
                continue;
            }
            if (!flag.isEmpty()) {
                dropped.add(flag.toString());
                flag.setLength(0);
            }
            if (cp == '\t' || isSpace(cp)) {
                appendSpace(out);
            } else if (isInvisible(cp)) {
                // zero-width and formatting characters carry no text
            } else if (Character.getType(cp) == Character.CONTROL) {
                control++;
            } else if (isHyphen(cp)) {
                out.append('-');
            } else if (isDash(cp)) {
                out.append('–');
            } else {
                out.appendCodePoint(cp);
            }
        }
        if (!flag.isEmpty()) {
            dropped.add(flag.toString());
        }
        return new Normalized(out.toString().strip(), control, dropped);
    }

    private static boolean isPrintableAscii(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** Runs of spaces as one, none at either end. */
    private static String collapseSpaces(String line) {
        String stripped = line.strip();
        if (!stripped.contains("  ")) {
            return stripped;
        }
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != ' ' || out.charAt(out.length() - 1) != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void appendSpace(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\u2028' || cp == '\u2029' || cp == '\u0085' || cp == '\u000B' || cp == '\f'
                || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isInvisible(int cp) {
        return cp == '\u200B' || cp == '\u200C' || cp == '\u200D' || cp == '\u2060' || cp == '\uFEFF'
                || cp == '\u00AD' || cp == '\u180E' || cp == '\uFE0E' || cp == '\uFE0F' || cp == '\r'
                || (cp >= '\u2061' && cp <= '\u2064') || (cp >= '\u200E' && cp <= '\u200F')
                || (cp >= '\u202A' && cp <= '\u202E') || (cp >= '\u2066' && cp <= '\u2069');
    }

    private static boolean isHyphen(int cp) {
        return cp == '\u2010' || cp == '\u2011' || cp == '\u2212' || cp == '\u2043';
    }

    private static boolean isDash(int cp) {
        return cp == '\u2012' || cp == '\u2013' || cp == '\u2014' || cp == '\u2015' || cp == '\u2E3A'
                || cp == '\u2E3B' || cp == '\uFE58' || cp == '\uFE31' || cp == '\uFE32';
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
