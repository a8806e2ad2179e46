package dev.parallax.core.clean;

import java.util.regex.Pattern;

/**
 * A kind of line that is never article text, with the reason recorded when it is dropped.
 *
 * @param reason  short machine-friendly reason, e.g. "share-widget"
 * @param pattern matched against the whole (normalized, stripped) line
 */
public record BoilerplateRule(String reason, Pattern pattern) {
    public static BoilerplateRule of(String reason, String regex) {
        return new BoilerplateRule(reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    public boolean matches(String line) {
        return pattern.matcher(line).matches();
    }
}
