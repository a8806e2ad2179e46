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
import java.util.regex.Matcher;
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

    /** Words of {@code text}; offsets are shifted by {@code base} so they point into the article. */
    public static List<Word> split(String text, int base) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            // trailing abbreviation dots and thousands separators stay inside; sentence punctuation never does
            words.add(new Word(w, base + m.start(), base + m.end()));
        }
        return words;
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
        String f = fold(s);
        if (f.isEmpty() || Character.isDigit(f.charAt(0))) return f;
        f = f.replace("x", "ks").replace("ph", "f").replace("w", "v").replace("kh", "h").replace("ck", "k")
                .replace("j", "y").replace("q", "k");
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
        String f = fold(word);
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
