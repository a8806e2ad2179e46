package dev.parallax.core.clean;

import dev.parallax.core.model.RawArticle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns an outlet's own boilerplate (its slogan, its "follow us" line, its disclaimer) from the
 * lines that recur across its articles, which no fixed rule list can know. A line counts when it
 * appears in at least {@code minArticles} articles and in at least {@code minShare} of the
 * outlet's articles; only short lines are considered, so that a story republished three times
 * does not teach the cleaner to delete its own paragraphs.
 *
 * <p>The defaults (3 articles, half of the outlet's articles, 200 characters) are what
 * {@code parallax analyze}, {@code parallax compare} and the import use on the articles they are
 * given at once: an outlet with fewer than 3 articles in the set teaches nothing, and what one outlet
 * repeats is never learned for another.
 *
 * @param minArticles   e.g. 3
 * @param minShare      e.g. 0.5
 * @param maxLineLength longer lines are never learned, e.g. 200
 */
public record OutletBoilerplateLearner(int minArticles, double minShare, int maxLineLength) {

    public static OutletBoilerplateLearner defaults() {
        return new OutletBoilerplateLearner(3, 0.5, 200);
    }

    /**
     * Per outlet (as named by the articles; those without an outlet teach nothing), the keys of the lines
     * that are boilerplate across that outlet's articles in {@code articles}. Outlets that taught
     * nothing are left out. Same articles in any order, same result.
     */
    public Map<String, Set<String>> learnByOutlet(Collection<RawArticle> articles) {
        Map<String, List<String>> textsByOutlet = new TreeMap<>();
        for (RawArticle article : articles) {
            if (article != null && article.outlet() != null && !article.outlet().isBlank()) {
                textsByOutlet.computeIfAbsent(article.outlet(), o -> new ArrayList<>()).add(article.text());
            }
        }
        Map<String, Set<String>> learned = new TreeMap<>();
        textsByOutlet.forEach((outlet, texts) -> {
            if (texts.size() >= minArticles) {
                Set<String> lines = learn(texts);
                if (!lines.isEmpty()) {
                    learned.put(outlet, lines);
                }
            }
        });
        return learned;
    }

    /** The keys ({@link #key}) of the lines that are boilerplate across {@code articleTexts} of one outlet. */
    public Set<String> learn(Collection<String> articleTexts) {
        Map<String, Integer> counts = new HashMap<>();
        UnicodeNormalizer normalizer = new UnicodeNormalizer();
        for (String text : articleTexts) {
            Set<String> seen = new HashSet<>();
            if (text == null) {
                continue;
            }
            for (String line : text.split("\n")) {
                if (line.length() > maxLineLength * 4) {
                    continue;
                }
                String k = key(normalizer.normalize(line).text());
                if (!k.isEmpty() && k.length() <= maxLineLength) {
                    seen.add(k);
                }
            }
            seen.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        int n = articleTexts.size();
        Set<String> learned = new TreeSet<>();
        counts.forEach((line, count) -> {
            if (count >= minArticles && count >= minShare * n) {
                learned.add(line);
            }
        });
        return learned;
    }

    /** How lines are compared: lower case, spaces collapsed (input already Unicode-normalized). */
    public static String key(String normalizedLine) {
        StringBuilder out = new StringBuilder(normalizedLine.length());
        boolean space = false;
        boolean ascii = true;
        for (int i = 0; i < normalizedLine.length(); i++) {
            char c = normalizedLine.charAt(i);
            if (c < 0x80) {
                if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) {
                    space = !out.isEmpty();
                    continue;
                }
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                continue;
            }
            ascii = false;
            if (Character.isWhitespace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        // ASCII letters are lowered as they are copied; anything else the way String does it
        return ascii ? out.toString() : out.toString().toLowerCase(Locale.ROOT);
    }
}
