package dev.parallax.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns the parts of a time expression into days, relative to a reference date (the dateline's,
 * else the publication date). The rules, kept deliberately simple:
 * <ul>
 *   <li>a weekday ("on Wednesday") is the most recent such day on or before the reference date,
 *       or the next one on or after it when the sentence speaks of the future;</li>
 *   <li>a day and month without a year ("19 December") takes the year that puts it closest to
 *       the reference date;</li>
 *   <li>"last week" is the Monday-to-Sunday week before the reference date's week; "last month"
 *       and "last year" are the calendar month and year before.</li>
 * </ul>
 * Stateless.
 */
public final class TimeResolver {

    /** An inclusive span of days. */
    public record Span(LocalDate from, LocalDate to) {
        static Span day(LocalDate d) {
            return new Span(d, d);
        }
    }

    public Span weekday(DayOfWeek day, LocalDate ref, int direction) {
        if (direction < 0) {
            return Span.day(ref.minusDays(1).with(TemporalAdjusters.previousOrSame(day)));
        }
        if (direction > 0) {
            return Span.day(ref.with(TemporalAdjusters.nextOrSame(day)));
        }
        return Span.day(ref.with(TemporalAdjusters.previousOrSame(day)));
    }

    /**
     * The given weekday nearest to {@code ref} (at most three days away): for a weekday read against a
     * date the text itself gives (a photo caption's "March 20, 2023"), which may lie before or after
     * the day the story speaks of.
     */
    public Span nearestWeekday(DayOfWeek day, LocalDate ref) {
        LocalDate before = ref.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = ref.with(TemporalAdjusters.nextOrSame(day));
        return Span.day(ref.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - ref.toEpochDay() ? before : after);
    }

    public Span dayOfMonth(int day, Month month, Integer year, LocalDate ref) {
        if (year != null) {
            return Span.day(safeDate(year, month, day));
        }
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, day);
            if (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = d;
            }
        }
        return Span.day(best);
    }

    public Span month(Month month, Integer year, LocalDate ref, int direction) {
        int y;
        if (year != null) {
            y = year;
        } else if (direction < 0) {
            y = month.getValue() < ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
        } else if (direction > 0) {
            y = month.getValue() > ref.getMonthValue() ? ref.getYear() : ref.getYear() + 1;
        } else {
            y = ref.getYear();
            if (month.getValue() - ref.getMonthValue() > 6) {
                y--;
            } else if (ref.getMonthValue() - month.getValue() > 6) {
                y++;
            }
        }
        YearMonth ym = YearMonth.of(y, month);
        return new Span(ym.atDay(1), ym.atEndOfMonth());
    }

    public Span year(int year) {
        return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** "last/this/next week|month|year": {@code offset} -1, 0 or +1. */
    public Span relativeUnit(String unit, int offset, LocalDate ref) {
        return switch (unit) {
            case "week" -> {
                LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
                yield new Span(monday, monday.plusDays(6));
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(ref).plusMonths(offset);
                yield new Span(ym.atDay(1), ym.atEndOfMonth());
            }
            case "year" -> year(ref.getYear() + offset);
            default -> Span.day(ref.plusDays(offset));
        };
    }

    /** "two months ago": the unit-sized span that contains the reference date minus the period. */
    public Span ago(Period period, String unit, LocalDate ref) {
        LocalDate d = ref.minus(period);
        return switch (unit) {
            case "week" -> {
                LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Span(monday, monday.plusDays(6));
            }
            case "month" -> new Span(YearMonth.from(d).atDay(1), YearMonth.from(d).atEndOfMonth());
            case "year" -> year(d.getYear());
            default -> Span.day(d);
        };
    }

    /**
     * A day of the month written alone in Korean, Japanese or Chinese ("8일", "11日"): that day in the
     * reference month or the month before or after, whichever is nearest to the reference date
     * ("11日" in a text dated 10 April is 11 April).
     */
    public Span nearestDayOfMonth(int day, LocalDate ref) {
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            YearMonth ym = YearMonth.from(ref).plusMonths(k);
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate d = ym.atDay(day);
            if (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = d;
            }
        }
        return Span.day(best == null ? ref : best);
    }

    /** "the 4th": that day of the reference month, or of the month before when it lies after the reference. */
    public Span dayOfReferenceMonth(int day, LocalDate ref) {
        YearMonth ym = YearMonth.from(ref);
        if (day > ref.getDayOfMonth()) {
            ym = ym.minusMonths(1);
        }
        return Span.day(ym.atDay(Math.min(day, ym.lengthOfMonth())));
    }

    /**
     * A duration as one normalized period, so equal lengths compare equal: years and months become
     * months ("a year and a half" = "eighteen months" = P18M), weeks become days ("two weeks" = P14D).
     */
    public static Period duration(double value, String unit) {
        return switch (unit) {
            case "year" -> months(value * 12);
            case "month" -> months(value);
            case "week" -> Period.ofDays((int) Math.round(value * 7));
            default -> Period.ofDays((int) Math.round(value));
        };
    }

    private static Period months(double months) {
        long whole = Math.round(months);
        if (Math.abs(months - whole) < 1e-9) {
            return Period.ofMonths((int) whole);
        }
        return Period.ofDays((int) Math.round(months * 30));
    }

    private static LocalDate safeDate(int year, Month month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.max(1, Math.min(day, ym.lengthOfMonth())));
    }
}
