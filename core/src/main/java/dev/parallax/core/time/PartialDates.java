package dev.parallax.core.time;

import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.TimeExpression;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a day the analyzer could not resolve still says: an account with no year and no publication date
 * that writes "June 12", "on Tuesday", "8일" or "Kamis (8/6)" names a day of the year, a weekday or a day
 * of the month. Enough to tell a June meeting from a February one, or the 8th from the 10th, when the
 * accounts are compared. Read from the expression's words; {@code language} decides whether "8/6" is the
 * 8th of June (most of the world) or August 6th (English as the United States writes it).
 */
public final class PartialDates {
    private PartialDates() {}

    /**
     * @param monthDay   day and month without a year, or null
     * @param dayOfMonth the day of the month alone (1..31, with no month), or 0
     * @param dayOfWeek  a weekday, or null
     */
    public record Partial(MonthDay monthDay, int dayOfMonth, DayOfWeek dayOfWeek) {
        public boolean isEmpty() {
            return monthDay == null && dayOfMonth == 0 && dayOfWeek == null;
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    /** "June 12", "September 15th": an ordinal's ending is part of the day. */
    private static final Pattern NAME_DAY = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    private static final Pattern DAY_NAME = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
    /** "27 декабря", "10. April", "5 de junio": a day before a month name of another language. */
    private static final Pattern DAY_OTHER_NAME = Pattern.compile("(?u)(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,11})(?!\\p{L})");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})\\b(?![/.]\\d)");
    private static final Pattern KOREAN_MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern CJK_MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d월月])(\\d{1,2})\\s*[일日](?!\\S*[월月])");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("senin", DayOfWeek.MONDAY), Map.entry("selasa", DayOfWeek.TUESDAY), Map.entry("rabu", DayOfWeek.WEDNESDAY),
            Map.entry("kamis", DayOfWeek.THURSDAY), Map.entry("jumat", DayOfWeek.FRIDAY), Map.entry("sabtu", DayOfWeek.SATURDAY),
            Map.entry("minggu", DayOfWeek.SUNDAY),
            Map.entry("월요일", DayOfWeek.MONDAY), Map.entry("화요일", DayOfWeek.TUESDAY), Map.entry("수요일", DayOfWeek.WEDNESDAY),
            Map.entry("목요일", DayOfWeek.THURSDAY), Map.entry("금요일", DayOfWeek.FRIDAY), Map.entry("토요일", DayOfWeek.SATURDAY),
            Map.entry("일요일", DayOfWeek.SUNDAY),
            Map.entry("понедельник", DayOfWeek.MONDAY), Map.entry("вторник", DayOfWeek.TUESDAY), Map.entry("среду", DayOfWeek.WEDNESDAY),
            Map.entry("четверг", DayOfWeek.THURSDAY), Map.entry("пятницу", DayOfWeek.FRIDAY), Map.entry("субботу", DayOfWeek.SATURDAY),
            Map.entry("воскресенье", DayOfWeek.SUNDAY));
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    /** A word with its hyphen or apostrophe, as in "quinta-feira", "п'ятницю". */
    private static final Pattern JOINED_WORD = Pattern.compile("[\\p{L}'’-]+");

    /** What an unresolved day expression still says; empty for a resolved one or one that says nothing of a day. */
    public static Partial of(TimeExpression t, String language) {
        if (t == null || t.from() != null || t.granularity() != Granularity.DAY || t.surface() == null) return new Partial(null, 0, null);
        String s = t.surface();
        MonthDay md = monthDay(s, language);
        int dom = 0;
        if (md == null) {
            Matcher m = DAY_ONLY.matcher(s);
            if (m.find()) dom = valid(Integer.parseInt(m.group(1)), 31);
        }
        DayOfWeek weekday = null;
        Matcher w = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (w.find() && weekday == null) weekday = WEEKDAYS.get(w.group());
        Matcher j = JOINED_WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (weekday == null && j.find()) weekday = OtherLanguageDates.weekday(j.group());
        return new Partial(md, dom, weekday);
    }

    /** "since" at most this many characters before a day, in its sentence, makes the day a point in the past. */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b[^.;!?\\n]{0,80}$");

    /**
     * Whether the day expression starting at {@code start} is the point something runs from: "since" before it in its
     * sentence ("for the first time since the August 9 election", "since Belarus erupted in protest after a vote on
     * August 9"). Such a day lies before the story's event, whatever it is, so it says nothing of the event's day.
     */
    public static boolean since(String text, int start) {
        if (start <= 0 || start > text.length()) return false;
        return SINCE.matcher(text.substring(Math.max(0, start - 100), start)).find();
    }

    private static MonthDay monthDay(String s, String language) {
        Matcher m = NAME_DAY.matcher(s);
        if (m.find()) return monthDay(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(2)));
        m = DAY_NAME.matcher(s);
        if (m.find()) return monthDay(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(1)));
        m = DAY_OTHER_NAME.matcher(s);
        while (m.find()) {
            Integer month = OtherLanguageDates.month(m.group(2));
            if (month != null) return monthDay(month, Integer.parseInt(m.group(1)));
        }
        m = KOREAN_MONTH_DAY.matcher(s);
        if (m.find()) return monthDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = CJK_MONTH_DAY.matcher(s);
        if (m.find()) return monthDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        m = NUMERIC.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            return "en".equals(language) ? monthDay(a, b) : monthDay(b, a);
        }
        return null;
    }

    private static MonthDay monthDay(Integer month, int day) {
        if (month == null || month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) return null;
        return MonthDay.of(month, day);
    }

    private static int valid(int day, int max) {
        return day >= 1 && day <= max ? day : 0;
    }
}
