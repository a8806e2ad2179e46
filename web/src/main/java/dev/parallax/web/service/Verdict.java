package dev.parallax.web.service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdicts a reviewer may give (docs/reviews.md), each with its place on the ClaimReview rating
 * scale from {@link #WORST} to {@link #BEST}: the export's {@code reviewRating} carries
 * {@code ratingValue}, {@code bestRating}, {@code worstRating} and the label as {@code alternateName}.
 * A free note goes beside the verdict; the verdict itself is one of these.
 */
public enum Verdict {
    FALSE("false", "False", 1, "the evidence contradicts what the account says"),
    MISLEADING("misleading", "Misleading", 2, "partly right, but the account leaves a wrong impression"),
    UNPROVEN("unproven", "Unproven", 3, "no source settles it either way yet"),
    MOSTLY_ACCURATE("mostly-accurate", "Mostly accurate", 4, "right in substance, wrong in a detail"),
    ACCURATE("accurate", "Accurate", 5, "the account is right; the difference is not an error");

    public static final int BEST = 5;
    public static final int WORST = 1;

    private final String code;
    private final String label;
    private final int rating;
    private final String meaning;

    Verdict(String code, String label, int rating, String meaning) {
        this.code = code;
        this.label = label;
        this.rating = rating;
        this.meaning = meaning;
    }

    /** What is stored and sent in the API: false, misleading, unproven, mostly-accurate, accurate. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Its ClaimReview ratingValue, from 1 (worst) to 5 (best). */
    public int rating() {
        return rating;
    }

    public String meaning() {
        return meaning;
    }

    /** A code or a label, ignoring case, spaces, hyphens and underscores alike ("Mostly accurate" works). */
    public static Optional<Verdict> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = key(text);
        return Arrays.stream(values()).filter(v -> key(v.code).equals(wanted) || key(v.label).equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Verdict::code).toList();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }
}
