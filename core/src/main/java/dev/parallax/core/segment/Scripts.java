package dev.parallax.core.segment;

/** Cheap questions about the writing systems in a piece of text. Stateless. */
public final class Scripts {
    private Scripts() {}

    /** Whether the text has a Hangul syllable, a Han ideograph or kana: scripts written without spaces between names. */
    public static boolean hasCjk(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3 || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3040 && c <= 0x30FF) {
                return true;
            }
        }
        return false;
    }
}
