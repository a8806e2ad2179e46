package dev.parallax.core.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks at cleaned text for things that make analysis unreliable and says so in plain words:
 * binary junk, a mix of writing systems (Cyrillic or right-to-left text inside English), no text.
 * It never changes the text. Linear, one pass.
 */
public final class InputInspector {

    public List<String> inspect(String text) {
        List<String> warnings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            warnings.add("no text to analyze");
            return warnings;
        }
        long control = 0;
        long replacement = 0;
        long latin = 0;
        long cyrillic = 0;
        long rtl = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                // ASCII, most of any English article: no script lookup needed
                int lower = cp | 0x20;
                if (lower >= 'a' && lower <= 'z') {
                    letters++;
                    latin++;
                } else if ((cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t') || cp == 0x7F) {
                    control++;
                }
            } else if (cp == 0xFFFD) {
                replacement++;
            } else if (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t') {
                control++;
            } else if (Character.isLetter(cp)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                } else if (script == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                } else if (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW) {
                    rtl++;
                }
            }
        }
        long chars = text.length();
        if ((control + replacement) * 50 > chars || letters * 4 < chars) {
            warnings.add("text looks like binary or garbled data (" + (control + replacement) + " control or replacement characters)");
        }
        if (latin > 0 && cyrillic > 0) {
            warnings.add("mixed scripts: " + cyrillic + " Cyrillic letters inside Latin text; names in Cyrillic are not linked");
        }
        if (rtl > 0) {
            warnings.add("right-to-left text present (" + rtl + " letters); it is not analyzed for entities");
        }
        return warnings;
    }
}
