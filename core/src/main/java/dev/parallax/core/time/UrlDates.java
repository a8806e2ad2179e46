package dev.parallax.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an article's address carries. Many outlets put the publication day in the path
 * ({@code /2024/04/10/}, {@code /20240410/}, {@code t20230321_...}, {@code /202404/10usa.html}),
 * the slug ({@code -8-june-2023}) or the query ({@code ?date=2024-04-10}); some carry only the
 * month ({@code /202301/_00008.html}, {@code /2023/10/}). A bare number is an id, never a date:
 * eight digits count only when they make a real day between 1990 and 2039, in a path segment
 * of their own or after a one-letter prefix. A query range ({@code date-from=...&date-to=...}) is
 * a filter, not the article's date, and is not read.
 *
 * <p>Stateless; {@link #find(String)} is the front door.
 */
public final class UrlDates {
    private UrlDates() {}

    /**
     * What the address says.
     *
     * @param from    first day it may denote
     * @param to      last day it may denote: {@code from} for a day, the month's last day for a month
     * @param matched the part of the address it was read from
     */
    public record UrlDate(LocalDate from, LocalDate to, String matched) {
        /** True when the address names one day, not only a month. */
        public boolean isDay() {
            return from.equals(to);
        }
    }

    private static final String YEAR = "(199\\d|20[0-3]\\d)";
    private static final String MONTH_NAMES = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private enum Shape { YMD, DASHED, COMPACT, MONTH_DIR_DAY, DAY_NAME_YEAR, NAME_DAY_YEAR, QUERY, YM, COMPACT_YM }

    private record Rule(Shape shape, Pattern pattern) {}

    /** Tried in order; the first that gives a valid date wins. Days before months. */
    private static final List<Rule> RULES = List.of(
            // ?date=2024-04-10, &published=20240410 (not date-from / date-to: a range is a filter)
            new Rule(Shape.QUERY, Pattern.compile("[?&](?:date|day|published|pubdate|d)=" + YEAR + "-?(\\d{2})-?(\\d{2})(?![\\d])")),
            // /2024/04/10/ or /2024-04-10/ or /2024/4/10
            new Rule(Shape.YMD, Pattern.compile("/" + YEAR + "[/-](\\d{1,2})[/-](\\d{1,2})(?=[/._-]|$)")),
            // story-2024-05-16-beijing: a dashed day inside a slug
            new Rule(Shape.DASHED, Pattern.compile("(?<![\\d])" + YEAR + "-(\\d{2})-(\\d{2})(?![\\d])")),
            // /20240410/, /20240410-slug, t20230321_11046044.htm, _20240410.
            new Rule(Shape.COMPACT, Pattern.compile("(?:/|/[a-z]|[_-])" + YEAR + "(\\d{2})(\\d{2})(?=[/._-]|$)")),
            // /202404/10usa.html: a month folder, then the day opening the file name
            new Rule(Shape.MONTH_DIR_DAY, Pattern.compile("/" + YEAR + "(\\d{2})/(\\d{2})(?=[a-z_-])")),
            // -8-june-2023, /june-8-2023
            new Rule(Shape.DAY_NAME_YEAR, Pattern.compile("[/_-](\\d{1,2})(?:st|nd|rd|th)?-" + MONTH_NAMES + "-" + YEAR + "(?![\\d])")),
            new Rule(Shape.NAME_DAY_YEAR, Pattern.compile("[/_-]" + MONTH_NAMES + "-(\\d{1,2})(?:st|nd|rd|th)?-" + YEAR + "(?![\\d])")),
            // /2023/10/ (a month only)
            new Rule(Shape.YM, Pattern.compile("/" + YEAR + "/(\\d{1,2})(?=/)")),
            // /202301/ (a month folder)
            new Rule(Shape.COMPACT_YM, Pattern.compile("/" + YEAR + "(\\d{2})(?=/)")));

    /** The date {@code url} carries, or empty. */
    public static Optional<UrlDate> find(String url) {
        if (url == null || url.length() < 8) {
            return Optional.empty();
        }
        String u = url.toLowerCase(Locale.ROOT);
        if (!hasYearDigits(u)) {
            return Optional.empty();
        }
        int query = u.indexOf('?');
        int fragment = u.indexOf('#');
        int pathEnd = Math.min(query < 0 ? u.length() : query, fragment < 0 ? u.length() : fragment);
        String path = u.substring(0, pathEnd);
        for (Rule rule : RULES) {
            // only the path names the page's day, but for an explicit ?date= (a range such as date-from is a filter)
            Matcher m = rule.pattern().matcher(rule.shape() == Shape.QUERY ? u : path);
            while (m.find()) {
                UrlDate d = read(rule.shape(), m);
                if (d != null) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** The day {@code url} carries, or empty (also when it carries only a month). */
    public static Optional<LocalDate> day(String url) {
        return find(url).filter(UrlDate::isDay).map(UrlDate::from);
    }

    /** The same as {@link #day(String)}. */
    public static Optional<LocalDate> dateOf(String url) {
        return day(url);
    }

    private static UrlDate read(Shape shape, Matcher m) {
        try {
            return switch (shape) {
                case QUERY, YMD, DASHED, COMPACT, MONTH_DIR_DAY -> day(m, LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
                case DAY_NAME_YEAR -> day(m, LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1)));
                case NAME_DAY_YEAR -> day(m, LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2)));
                case YM, COMPACT_YM -> {
                    YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                    yield new UrlDate(ym.atDay(1), ym.atEndOfMonth(), m.group());
                }
            };
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static UrlDate day(Matcher m, LocalDate d) {
        return new UrlDate(d, d, m.group());
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3));
    }

    /** "19" or "20" followed by two digits somewhere: most addresses without a date stop here. */
    private static boolean hasYearDigits(String u) {
        for (int i = 0; i + 3 < u.length(); i++) {
            char a = u.charAt(i);
            char b = u.charAt(i + 1);
            if ((a == '1' && b == '9' || a == '2' && b == '0') && Character.isDigit(u.charAt(i + 2))
                    && Character.isDigit(u.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }
}
