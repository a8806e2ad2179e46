package dev.parallax.comparator.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Splitting text into words and the named normalizer chains the comparator matches with.
 *
 * <ul>
 *   <li>{@link #FOLD}: lower case, accents and typographic apostrophes folded — "original wording"</li>
 *   <li>{@link #SPELLING}: FOLD plus transliteration folding to a consonant skeleton, so
 *       Aleksandr/Alexander/Alyaksandr and Lukashenko/Lukashenka compare equal — "normalized wording"</li>
 *   <li>{@link #CONTENT}: FOLD, light stemming and translation-variant families from synonyms.txt,
 *       so "swallowing" and "absorbing" meet — used for similarity, never shown</li>
 * </ul>
 */
public final class Words {
    private Words() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.,][\\p{L}\\p{N}]+)*");

    public static final UnaryOperator<String> FOLD = Words::fold;
    public static final UnaryOperator<String> SPELLING = Words::spellingKey;
    public static final UnaryOperator<String> CONTENT = Words::contentKey;

    public static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
            "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he",
            "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me",
            "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "not", "no", "so", "than", "then", "there", "here", "also", "which", "who", "whom",
            "what", "when", "where", "while", "about", "into", "over", "after", "before", "said", "says", "say",
            "s", "all", "any", "some", "more", "most", "very", "just", "only", "if", "because", "up", "out", "such",
            "other", "both", "each", "one", "according", "told", "tell", "during", "between", "against");

    /**
     * Words of {@code text}; offsets are shifted by {@code base} so they point into the article. A word
     * is what {@link #WORD_PATTERN} matches: letters and digits, joined by single inner hyphens,
     * apostrophes, dots and commas (thousands separators and abbreviation dots stay inside; sentence
     * punctuation never does). Scanned by hand, code point by code point: this runs on every sentence
     * of every account, and the regex costs several times more.
     */
    public static List<Word> split(String text, int base) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!wordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = run(text, i);
            while (i + 1 < n && joiner(text.charAt(i)) && wordChar(text.codePointAt(i + 1))) {
                i = run(text, i + 1);
            }
            words.add(new Word(text.substring(start, i), base + start, base + i));
        }
        return words;
    }

    /** What {@link #split} scans for, as a regex: the reference its tests check it against. */
    public static final Pattern WORD_PATTERN = WORD;

    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /** {@code [\p{L}\p{N}]}. */
    private static boolean wordChar(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        return (LETTER_OR_NUMBER >> Character.getType(codePoint) & 1) != 0;
    }

    private static boolean joiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '.' || c == ',';
    }

    /** The end of the run of word characters starting at {@code i}. */
    private static int run(String text, int i) {
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!wordChar(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    public static List<Word> split(String text) {
        return split(text, 0);
    }

    public static String fold(String s) {
        if (ascii(s)) {
            // the common case, without the cost of Unicode normalization
            String f = s.toLowerCase(Locale.ROOT);
            return f.endsWith("'s") ? f.substring(0, f.length() - 2) : f;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            b.append(c == '’' || c == '‘' ? '\'' : c);
        }
        String f = b.toString().toLowerCase(Locale.ROOT);
        if (f.endsWith("'s")) f = f.substring(0, f.length() - 2);
        return f;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /**
     * A transliteration-insensitive key: first letter plus consonant skeleton after folding common
     * Cyrillic romanization alternatives (x/ks, y/i/j, w/v, ph/f, doubled letters).
     */
    public static String spellingKey(String s) {
        return spellingKeyOfFolded(fold(s));
    }

    /** {@link #spellingKey} of a word already {@link #fold folded}. */
    public static String spellingKeyOfFolded(String folded) {
        String f = folded;
        if (f.isEmpty() || Character.isDigit(f.charAt(0))) return f;
        // the same replacements in the same order, skipped when the word cannot contain them
        boolean x = false, p = false, w = false, k = false, ck = false, j = false, q = false;
        for (int i = 0; i < f.length(); i++) {
            switch (f.charAt(i)) {
                case 'x' -> x = true;
                case 'p' -> p = true;
                case 'w' -> w = true;
                case 'k' -> k = true;
                case 'c' -> ck = true;
                case 'j' -> j = true;
                case 'q' -> q = true;
                default -> { }
            }
        }
        if (x) f = f.replace("x", "ks");
        if (p) f = f.replace("ph", "f");
        if (w) f = f.replace('w', 'v');
        if (k || x) f = f.replace("kh", "h");
        if (ck) f = f.replace("ck", "k");
        if (j) f = f.replace('j', 'y');
        if (q) f = f.replace('q', 'k');
        StringBuilder b = new StringBuilder();
        b.append(f.charAt(0));
        char last = f.charAt(0);
        for (int i = 1; i < f.length(); i++) {
            char c = f.charAt(i);
            if ("aeiouy'-".indexOf(c) >= 0) continue;
            if (c == last) continue;
            b.append(c);
            last = c;
        }
        return b.toString();
    }

    /** Light English stemming: enough to meet "absorbing"/"absorbs"/"absorbed", not a linguist's stemmer. */
    public static String stem(String folded) {
        String w = folded;
        if (w.length() <= 3 || Character.isDigit(w.charAt(0))) return w;
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ing") && w.length() > 5) return undouble(w.substring(0, w.length() - 3));
        if (w.endsWith("ed") && w.length() > 4) return undouble(w.substring(0, w.length() - 2));
        if (w.endsWith("es") && w.length() > 4 && "sxz".indexOf(w.charAt(w.length() - 3)) >= 0)
            return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3)
            return w.substring(0, w.length() - 1);
        if (w.endsWith("ly") && w.length() > 5) return w.substring(0, w.length() - 2);
        if (w.endsWith("e") && w.length() > 4) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0)
            return w.substring(0, n - 1);
        if (w.endsWith("e")) return w.substring(0, n - 1);
        return w;
    }

    /** The key similarity works on; null for stopwords. */
    public static String contentKey(String word) {
        return contentKeyOfFolded(fold(word));
    }

    /** {@link #contentKey} of a word already {@link #fold folded}. */
    public static String contentKeyOfFolded(String folded) {
        String f = folded;
        if (f.isEmpty() || STOPWORDS.contains(f)) return null;
        String s = stem(f);
        return Synonyms.FAMILIES.getOrDefault(s, s);
    }

    /** Translation-variant families loaded once from synonyms.txt. */
    static final class Synonyms {
        static final Map<String, String> FAMILIES = load();

        private static Map<String, String> load() {
            Map<String, String> families = new HashMap<>();
            try (InputStream in = Words.class.getResourceAsStream("/dev/parallax/comparator/synonyms.txt")) {
                if (in == null) return Map.of();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    String[] parts = line.split("\\s+");
                    String name = stem(parts[0]);
                    for (String p : parts) families.putIfAbsent(stem(fold(p)), name);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(families);
        }
    }

    /** Collapses whitespace and folds case: how evidence strings are compared and fingerprinted. */
    public static String normalizeEvidence(String s) {
        return fold(s).replaceAll("\\s+", " ").strip();
    }
}
