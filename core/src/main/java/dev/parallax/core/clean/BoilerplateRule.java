package dev.parallax.core.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A kind of line that is never article text, with the reason recorded when it is dropped.
 *
 * @param reason   short machine-friendly reason, e.g. "share-widget"
 * @param pattern  matched against the whole (normalized, stripped) line
 * @param requires lower-case words one of which a line must contain for the pattern to be tried at
 *                 all (empty: always tried). A rule whose pattern may start anywhere in the line
 *                 ({@code .{0,150}\ball rights reserved\b}) is costly on every paragraph it cannot
 *                 match; a plain substring test skips those.
 * @param maxLength longer lines are never tried (chrome such as a player's "please wait" is a short line)
 */
public record BoilerplateRule(String reason, Pattern pattern, List<String> requires, int maxLength) {
    public BoilerplateRule {
        requires = List.copyOf(requires);
    }

    public BoilerplateRule(String reason, Pattern pattern, List<String> requires) {
        this(reason, pattern, requires, Integer.MAX_VALUE);
    }

    public static BoilerplateRule of(String reason, String regex) {
        return of(reason, regex, List.of());
    }

    public static BoilerplateRule of(String reason, String regex, List<String> requires) {
        return of(reason, regex, requires, Integer.MAX_VALUE);
    }

    public static BoilerplateRule of(String reason, String regex, List<String> requires, int maxLength) {
        return new BoilerplateRule(reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                requires.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList(), maxLength);
    }

    public boolean matches(String line) {
        return matches(line, OutletBoilerplateLearner.key(line));
    }

    /** @param key the line's {@link OutletBoilerplateLearner#key}, lower case with spaces collapsed */
    public boolean matches(String line, String key) {
        if (line.length() > maxLength || !requires.isEmpty() && !containsAny(key)) {
            return false;
        }
        return pattern.matcher(line).matches();
    }

    private boolean containsAny(String key) {
        for (String word : requires) {
            if (key.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
