package dev.parallax.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a page's address carries: many sites file stories under their day ("/2024/04/10/",
 * "t20240517_...", "/202404/10usa.html", ".../meeting-8-june-2023"). Only the path is read: a query
 * ("?date-from=06-12-2022") names a listing's range, not the page's day; a bare number is an id.
 */
public final class UrlDates {
    private UrlDates() {}

    private static final Pattern SLASHED = Pattern.compile("/((?:19|20)\\d\\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?=/|$|[._-])");
    private static final Pattern DASHED = Pattern.compile("(?<![\\d])((?:19|20)\\d\\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d])((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern MONTH_FOLDER = Pattern.compile("/((?:19|20)\\d\\d)(0[1-9]|1[0-2])/([0-3]\\d)(?=[a-z_-])");
    private static final Pattern WORDS = Pattern.compile("(?i)(?<![\\p{L}\\d])([0-3]?\\d)-(january|february|march|april|may|june|july|august"
            + "|september|october|november|december)-((?:19|20)\\d\\d)(?![\\d])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    /** The day in the address's path, when it carries one. */
    public static Optional<LocalDate> dateOf(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        String path = url.strip();
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        int cut = path.length();
        for (char c : new char[] {'?', '#'}) {
            int i = path.indexOf(c);
            if (i >= 0) cut = Math.min(cut, i);
        }
        path = path.substring(0, cut);
        for (Pattern p : new Pattern[] {SLASHED, DASHED, MONTH_FOLDER, COMPACT}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<LocalDate> d = day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (d.isPresent()) return d;
            }
        }
        Matcher m = WORDS.matcher(path);
        while (m.find()) {
            Optional<LocalDate> d = day(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)),
                    Integer.parseInt(m.group(1)));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
