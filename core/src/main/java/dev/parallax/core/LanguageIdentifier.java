package dev.parallax.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which language a text is written in: enough to keep an account in Korean, Ukrainian or Indonesian
 * from being diffed word by word against English ones, and to keep the analyzer's English-only stages
 * off it. Deterministic and cheap (one pass over at most the first 20,000 characters):
 * <ol>
 *   <li>the script most letters are in: Hangul is Korean; any real share of kana is Japanese; Han
 *       without kana is Chinese. A page in one script that names a person in another ("Kim Jong Un"
 *       beside Hangul, 김정은 in an English story) keeps the language of most of its letters;</li>
 *   <li>Cyrillic: Ukrainian when its own letters (і ї є ґ) outnumber Russian ones (ы э ъ ё), Belarusian
 *       when ў is frequent, else Russian;</li>
 *   <li>Latin: the language whose most frequent short words ("the", "and"; "yang", "dan"; "der",
 *       "und"; ...) the text uses most, among en, id, fr, de, es, it, pt, pl, tr and nl. A Latin text
 *       with too few such words to tell is taken for English, as before.</li>
 * </ol>
 * Function-word profiles rather than a library: see docs/dependencies.md.
 */
public final class LanguageIdentifier {
    private LanguageIdentifier() {}

    private static final int MAX_CHARS = 20_000;
    /** Latin-script languages with a profile, in the order ties are broken. */
    private static final List<String> LATIN = List.of("en", "id", "fr", "de", "es", "it", "pt", "pl", "tr", "nl");
    /** Each language's most frequent short words; a word in several profiles counts for each. */
    private static final Map<String, String> PROFILES = Map.of(
            "en", "the of and to in is that for on with as was by at from it he she said his her are be has have this an "
                    + "which were will not but its they who their been had also after or would more than we our",
            "id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah oleh kata bahwa telah karena "
                    + "ada mereka kami kita sebagai atau tersebut dapat lebih para bagi setelah namun menurut",
            "fr", "le la les de des du et est un une que qui dans pour pas sur au aux avec par il elle ce cette sont ont été "
                    + "son ses plus mais ou leur selon lors entre",
            "de", "der die das und ist nicht ein eine zu den dem des mit von auf für im sich auch es als an dass wird sie er "
                    + "bei nach wie aus einer noch sind zum zur über",
            "es", "el la los las de del y que en un una es por con para se su al lo como más pero sus fue ha sido este esta "
                    + "entre sobre también",
            "it", "il lo la le gli di del della che e è un una per con non si sono da dei delle al alla nel nella anche più "
                    + "come ha ai degli",
            "pt", "o a os as de do da dos das e que em um uma para com não se por mais foi é ao na no pelo pela seu sua como "
                    + "também entre",
            "pl", "i w na z że się nie do to jest o jak ale po od przez dla są jego co tak oraz przy było który która także",
            "tr", "ve bir bu da de için ile olarak olan daha çok gibi en ancak kadar sonra ise her ne değil var tarafından "
                    + "ilgili",
            "nl", "de het een en van in is dat op te zijn met voor niet aan er maar ook als bij door om werd naar");
    /** Word -> bit set of the {@link #LATIN} languages whose profile holds it. */
    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        for (int i = 0; i < LATIN.size(); i++) {
            for (String w : PROFILES.get(LATIN.get(i)).split(" ")) {
                WORDS.merge(w, 1 << i, (a, b) -> a | b);
            }
        }
    }

    /** ISO 639-1 code of the text's language, "und" when there are too few letters to tell. */
    public static String identify(String text) {
        if (text == null) {
            return "und";
        }
        int latin = 0, hangul = 0, kana = 0, han = 0, cyrillic = 0, other = 0;
        int uk = 0, ru = 0, be = 0;
        int[] hits = new int[LATIN.size()];
        StringBuilder word = new StringBuilder(16);
        int n = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i <= n; ) {
            int cp = i < n ? text.codePointAt(i) : ' ';
            i += i < n ? Character.charCount(cp) : 1;
            if (!Character.isLetter(cp)) {
                if (word.length() > 0) {
                    Integer langs = WORDS.get(word.toString());
                    if (langs != null) {
                        for (int k = 0; k < hits.length; k++) {
                            if ((langs & (1 << k)) != 0) {
                                hits[k]++;
                            }
                        }
                    }
                    word.setLength(0);
                }
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case LATIN -> {
                    latin++;
                    if (word.length() < 16) {
                        word.appendCodePoint(Character.toLowerCase(cp));
                    }
                }
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case CYRILLIC -> {
                    cyrillic++;
                    switch (Character.toLowerCase(cp)) {
                        case 'і', 'ї', 'є', 'ґ' -> uk++;
                        case 'ы', 'э', 'ъ', 'ё' -> ru++;
                        case 'ў' -> be++;
                        default -> { }
                    }
                }
                default -> other++;
            }
            if (s != Character.UnicodeScript.LATIN && word.length() > 0) {
                word.setLength(0);
            }
        }
        int total = latin + hangul + kana + han + cyrillic + other;
        if (total < 20) return "und";
        if (hangul * 4 > total) return "ko";
        if (kana * 10 > total) return "ja";
        if (han * 4 > total) return "zh";
        if (cyrillic * 2 > total) return be >= 3 && be > ru ? "be" : uk > ru ? "uk" : "ru";
        if (latin * 2 > total) return latin(hits);
        return "und";
    }

    private static String latin(int[] hits) {
        int best = 0;
        for (int k = 1; k < hits.length; k++) {
            if (hits[k] > hits[best]) {
                best = k;
            }
        }
        return hits[best] < 2 ? "en" : LATIN.get(best);
    }
}
