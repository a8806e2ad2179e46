package dev.parallax.core.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Repairs words glued together by scraping ("Iskanderdelivered", "Kremlintalks") only when it is
 * certain: a known name followed by a lower-case dictionary word (two-letter words only when the
 * dictionary lists them, so "Kremlinon" splits but "Kievan" does not).
 * Anything less sure stays as written: a wrong split would invent a word the outlet never wrote.
 */
public final class GluedWordSplitter {

    private static final int MIN_REST = 2;
    private static final int MAX_WORD = 40;

    private final Map<Character, List<String>> namesByInitial = new HashMap<>();
    private final Set<String> dictionary;

    public GluedWordSplitter(Set<String> knownNames, Set<String> dictionary) {
        for (String name : knownNames) {
            if (!name.isEmpty()) {
                namesByInitial.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
            }
        }
        this.dictionary = Set.copyOf(dictionary);
    }

    /** {@code line} with certain glued pairs split; the same string when there is nothing to repair. */
    public String split(String line) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (!Character.isLetter(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(line.charAt(i))) {
                i++;
            }
            int cut = i - start <= MAX_WORD ? cutPoint(line, start, i) : -1;
            if (cut > 0) {
                if (out == null) {
                    out = new StringBuilder(n + 8);
                }
                out.append(line, copied, cut).append(' ');
                copied = cut;
            }
        }
        if (out == null) {
            return line;
        }
        return out.append(line, copied, n).toString();
    }

    /** Where to split the word {@code line[start, end)}, or -1. */
    private int cutPoint(String line, int start, int end) {
        List<String> names = namesByInitial.get(line.charAt(start));
        if (names == null) {
            return -1;
        }
        String word = line.substring(start, end);
        int best = -1;
        for (String name : names) {
            if (word.length() - name.length() >= MIN_REST && word.startsWith(name)) {
                String rest = word.substring(name.length());
                if (isLowerCase(rest) && isWord(rest) && name.length() > best - start) {
                    best = start + name.length();
                }
            }
        }
        return best;
    }

    private static boolean isLowerCase(String s) {
        return s.equals(s.toLowerCase(Locale.ROOT));
    }

    /** A dictionary word or one of its regular inflections. */
    boolean isWord(String w) {
        if (dictionary.contains(w)) {
            return true;
        }
        for (String suffix : List.of("s", "es", "ed", "d", "ing")) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 1) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (dictionary.contains(stem) || suffix.equals("ing") && dictionary.contains(stem + "e")) {
                    return true;
                }
            }
        }
        return false;
    }
}
