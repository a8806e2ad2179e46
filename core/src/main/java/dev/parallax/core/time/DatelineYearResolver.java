package dev.parallax.core.time;

import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.Removal;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.Token;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a yearless dateline ("5 Apr. (EUROPE PRESS) –", "15:14, 12 April") its year, so that the
 * article's relative times ("on Wednesday", "yesterday") can be resolved against it. In this order:
 * <ol>
 *   <li>the publication date's year (a December dateline on a January story belongs to the year before);</li>
 *   <li>without a publication date, the year the page states for itself in a copyright line it dropped
 *       ("© 2024 ...");</li>
 *   <li>else the latest year the article names ("In 2023, ..."): a report is not dated before the
 *       years it writes about. Years that look ahead ("until 2030", "by 2030") are not counted, nor those of
 *       a sentence about what is to come ("the two sides will adopt a doctrine in 2024"). That year
 *       is only a floor ("his first visit since June 2019" in a report of 2022): when the lead sentence
 *       says on which weekday it happened ("arrived ... on Monday"), the first year from the floor on, within
 *       a week of years, whose dateline day falls on that weekday;</li>
 *   <li>else no year: the dateline keeps its day and month as written, the analysis says so in a warning,
 *       and relative times stay unresolved. Guessing the year from weekdays or from today's date would
 *       make the analysis depend on when it ran.</li>
 * </ol>
 * A year taken from the text (2 and 3) is a guess and the analysis carries a warning naming it. Only
 * datelines without a date do any work here; the scan over the article's words runs only then.
 */
public final class DatelineYearResolver {
    /** "5 Apr.", "12 April", "Dec 19", "December 19": a day next to a month name, in that short text. */
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(?<![\\d:])(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug"
            + "|sep|oct|nov|dec)[a-z]*\\b|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?![\\d:])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
    /** Words before a year that look ahead: the report may well be older than that year. */
    private static final Set<String> AHEAD = Set.of("until", "till", "by", "through", "before", "to");

    /** The dateline, dated when a year could be found, and a warning when the year was guessed or missing. */
    public record Result(Dateline dateline, String warning) {}

    /**
     * @param dateline  the cleaner's dateline, or null
     * @param published the publication date, or null
     * @param sentences the article's sentences (for the years it names)
     * @param removed   what the cleaner dropped (for a copyright line's year)
     */
    public Result resolve(Dateline dateline, LocalDate published, List<Sentence> sentences, List<Removal> removed) {
        if (dateline == null || dateline.date() != null || dateline.text() == null) {
            return new Result(dateline, null);
        }
        MonthDay day = monthDay(dateline.text());
        if (day == null) {
            return new Result(dateline, null);
        }
        if (published != null) {
            LocalDate date = day.atYear(published.getYear());
            if (date.isAfter(published.plusDays(2))) {
                date = day.atYear(published.getYear() - 1);
            }
            return new Result(dated(dateline, date), null);
        }
        String written = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        Integer year = copyrightYear(removed);
        String from = "the page's copyright line";
        if (year == null) {
            year = latestYearNamed(sentences);
            from = "the latest year the article names";
            DayOfWeek weekday = leadWeekday(sentences);
            Integer onWeekday = year == null || weekday == null ? null : firstYearOn(day, weekday, year);
            if (onWeekday != null && onWeekday != year.intValue()) {
                from = "the first year from " + year + " (the latest the article names) on which it falls on a "
                        + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", the day its lead gives";
                year = onWeekday;
            }
        }
        if (year != null && day.isValidYear(year)) {
            return new Result(dated(dateline, day.atYear(year)), "dateline \"" + dateline.text() + "\" names no year and the "
                    + "article has no publication date: dated " + written + " " + year + ", the year taken from " + from);
        }
        return new Result(dateline, "dateline \"" + dateline.text() + "\" names " + written + " but no year, and the article "
                + "has no publication date: relative time expressions are left unresolved");
    }

    /** The day and month a dateline names, or null. */
    public static MonthDay monthDay(String datelineText) {
        Matcher m = MONTH_DAY.matcher(datelineText);
        if (!m.find()) {
            return null;
        }
        boolean dayFirst = m.group(1) != null;
        int month = MONTHS.get((dayFirst ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT));
        int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(4));
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static Dateline dated(Dateline d, LocalDate date) {
        return new Dateline(d.text(), d.place(), date, d.agency());
    }

    private static Integer copyrightYear(List<Removal> removed) {
        Integer year = null;
        for (Removal r : removed) {
            if (!"copyright".equals(r.reason()) || r.text() == null) {
                continue;
            }
            Matcher m = YEAR.matcher(r.text());
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                year = year == null ? y : Math.max(year, y); // "© 2019-2024": the later one
            }
        }
        return year;
    }

    /** The weekday the lead sentence gives its news ("on Monday"), or null. */
    private static DayOfWeek leadWeekday(List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return null;
        }
        List<Token> tokens = sentences.get(0).tokens();
        for (int k = 1; k < tokens.size(); k++) {
            if (!"on".equals(tokens.get(k - 1).norm())) {
                continue;
            }
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(tokens.get(k).text())) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first year from {@code floor} on, within seven, in which {@code day} is a {@code weekday}; null when none. */
    private static Integer firstYearOn(MonthDay day, DayOfWeek weekday, int floor) {
        for (int y = floor; y < floor + 7; y++) {
            if (day.isValidYear(y) && day.atYear(y).getDayOfWeek() == weekday) {
                return y;
            }
        }
        return null;
    }

    /**
     * Words of a sentence that speaks of what is to come ("the two sides will adopt a doctrine in 2024", "is to
     * be signed in 2024"): the years it names may lie after the report, so they are no floor for its year. Participles
     * ("as planned in 2017", "as scheduled") tell of the past and are not among them.
     */
    private static final Set<String> PLANNING = Set.of("will", "shall", "plan", "plans", "planning", "upcoming", "intends",
            "intend", "aims");

    private static boolean looksAhead(List<Token> tokens) {
        for (Token t : tokens) if (PLANNING.contains(t.norm())) return true;
        return false;
    }

    private static Integer latestYearNamed(List<Sentence> sentences) {
        Integer latest = null;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            if (looksAhead(tokens)) {
                continue;
            }
            for (int k = 0; k < tokens.size(); k++) {
                String t = tokens.get(k).text();
                if (t.length() != 4 || !(t.startsWith("19") || t.startsWith("20"))
                        || !Character.isDigit(t.charAt(2)) || !Character.isDigit(t.charAt(3))) {
                    continue;
                }
                if (k > 0 && AHEAD.contains(tokens.get(k - 1).norm())) {
                    continue;
                }
                int y = Integer.parseInt(t);
                latest = latest == null ? y : Math.max(latest, y);
            }
        }
        return latest;
    }
}
