package dev.parallax.core;

/**
 * Which language a text is written in, from its letters: enough to keep an account in Korean or
 * Ukrainian from being diffed word by word against English ones.
 */
public final class LanguageIdentifier {
    private LanguageIdentifier() {}

    /** ISO 639-1 code of the text's language, "und" when there are too few letters to tell. */
    public static String identify(String text) {
        int latin = 0, hangul = 0, kana = 0, han = 0, cyrillic = 0, other = 0;
        int n = Math.min(text.length(), 20_000);
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case LATIN -> latin++;
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                default -> other++;
            }
        }
        int total = latin + hangul + kana + han + cyrillic + other;
        if (total < 20) return "und";
        if (hangul * 4 > total) return "ko";
        if (kana * 10 > total) return "ja";
        if (han * 4 > total) return "zh";
        if (cyrillic * 2 > total) return "ru";
        if (latin * 2 > total) return "en";
        return "und";
    }
}
