package dev.parallax.comparator.event;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.Removal;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.core.time.DatelineYearResolver;
import dev.parallax.core.time.DayRoles;
import dev.parallax.core.time.PartialDates;
import dev.parallax.core.time.TimeExpressionExtractor;
import dev.parallax.core.time.UrlDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * When the event an account reports took place, and when the account appeared. The event day is the
 * dateline's date, else the day the text names (early mentions count more, background days far from
 * publication, asides and quotations less, days of plans, deadlines and earlier meetings not at all), else the
 * publication day (the header's, else a date stamp line the cleaner dropped), else the day the page's address carries. A report
 * published days later still dates the event by its text; a page that prints no date at all is often
 * still filed under its day ({@link UrlDates}).
 */
public final class EventDates {
    private EventDates() {}

    /** Where an account's event day came from, most reliable first. */
    public enum Source { DATELINE, TEXT, PUBLICATION, ADDRESS, NONE }

    /**
     * @param event     the day the account's event took place, or null
     * @param source    where {@code event} came from
     * @param published the day the account appeared (its publication date, else its address's day), or null
     * @param partial   for an account with no event day, what the days its text names without a year still say
     *                  ("June 12", "on Tuesday", "8일"): enough to tell a June meeting from a February one
     * @param notBefore for an account with no event day, the latest year its text tells as past ("In 2030, Moscow stationed
     *                  missiles on Belarusian soil"): its meeting took place in that year or later; 0 when it tells none
     */
    public record Dating(LocalDate event, Source source, LocalDate published, PartialDates.Partial partial, int notBefore) {
        public Dating(LocalDate event, Source source, LocalDate published) {
            this(event, source, published, NO_PARTIAL, 0);
        }

        public Dating(LocalDate event, Source source, LocalDate published, PartialDates.Partial partial) {
            this(event, source, published, partial, 0);
        }

        /** The day and month the text names without a year, or null. */
        public MonthDay yearless() {
            return partial == null ? null : partial.monthDay();
        }

        public boolean fromText() {
            return source == Source.DATELINE || source == Source.TEXT;
        }
    }

    /** The inferred date and whether it came from the text (dateline or a resolved day) rather than publication. */
    public record Inferred(LocalDate date, boolean fromText) {}

    /** Days the text names this far from publication are background ("the 2014 annexation"), not the event. */
    static final int BACKGROUND_DAYS = 10;
    /**
     * The weight a background day needs to be the event day all the same: named in the opening or more than once
     * (a mention past the opening, far from publication, weighs a quarter).
     */
    static final double BACKGROUND_ALONE = 0.5;
    /**
     * The weight a day needs to be the event day rather than the publication day, or to be the day an undated account
     * gives: one mention in a sentence that reports a meeting. A day named only in an aside or a speaker's words
     * ({@link #ASIDE}, {@link #QUOTED}) says less than that.
     */
    static final double NAMED_ALONE = 1;
    /** A mention past the opening in a sentence that names no meeting: often another matter's day. */
    static final double ASIDE = 0.5;
    /** A day in a speaker's words other than their "today": the day of what they speak of, seldom the meeting's. */
    static final double QUOTED = 0.25;
    /** Mentions in the opening sentences (title, lead) say what the story is about. */
    static final int OPENING_SENTENCES = 3;

    public static Inferred infer(AnalyzedArticle a) {
        Dating d = dating(a);
        return new Inferred(d.event(), d.fromText());
    }

    /**
     * The day the account appeared: its publication date, else its date stamp line, else its address's day; null
     * when none says. What {@link #dating} gives as {@code published}, without reading the text's days.
     */
    public static LocalDate published(AnalyzedArticle a) {
        LocalDate header = header(a);
        if (header != null) return header;
        LocalDate stamp = stampDay(a);
        return stamp != null ? stamp : address(a);
    }

    private static LocalDate header(AnalyzedArticle a) {
        return a.meta() == null || a.meta().published() == null ? null
                : a.meta().published().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate address(AnalyzedArticle a) {
        return a.meta() == null ? null
                : UrlDates.find(a.meta().url()).filter(UrlDates.UrlDate::isDay).map(UrlDates.UrlDate::from).orElse(null);
    }

    public static Dating dating(AnalyzedArticle a) {
        LocalDate header = header(a);
        LocalDate address = address(a);
        LocalDate stamp = header != null ? null : stampDay(a);
        LocalDate published = header != null ? header : stamp != null ? stamp : address;
        if (a.dateline() != null && a.dateline().date() != null) return new Dating(a.dateline().date(), Source.DATELINE, published);
        LocalDate text = textDay(a, published);
        if (text != null) return new Dating(text, Source.TEXT, published);
        if (header != null) return new Dating(header, Source.PUBLICATION, published);
        if (stamp != null) return new Dating(stamp, Source.PUBLICATION, published);
        if (address != null) return new Dating(address, Source.ADDRESS, published);
        PartialDates.Partial partial = yearlessDays(a);
        // a dateline that names its day without a year ("5 Apr. (EUROPE PRESS) –") says the day of the year first
        MonthDay datelineDay = a.dateline() == null || a.dateline().text() == null ? null : DatelineYearResolver.monthDay(a.dateline().text());
        if (datelineDay != null) partial = new PartialDates.Partial(datelineDay, 0, partial.dayOfWeek());
        return new Dating(null, Source.NONE, null, partial, pastYear(a));
    }

    private static final java.util.regex.Pattern IN_A_YEAR = java.util.regex.Pattern.compile("(?i)\\b(in|since)\\s+$");

    /** Words of a plan, which may name a year still to come in a sentence with no verb of the future ("plans are in place"). */
    private static final java.util.regex.Pattern PLANS = java.util.regex.Pattern.compile(
            "(?i)\\b(plans?|planned|prepar\\w*|approv\\w*|next|upcoming|target\\w*|goal|aim\\w*|to\\s+be)\\b");

    /**
     * The latest year the text names in a sentence about what has been, not what is to come: "In 2030, Moscow stationed
     * missiles on Belarusian soil" is told in 2030 or later, so the meeting it reports is not one of 2029. Years
     * in a sentence of plans ("will be ready by 2030"), years as periods ("gas prices for 2022") and years in quotations
     * say nothing of when the story was written; only "in 2023" and "since 2020" count.
     */
    static int pastYear(AnalyzedArticle a) {
        int latest = 0;
        for (TimeExpression t : a.times()) {
            if (t.relative() || t.from() == null || t.surface() == null) continue;
            int year = t.from().getYear();
            if (year <= latest || !t.surface().contains(Integer.toString(year)) || a.inOwnWords(t.start(), t.end())) continue;
            // "in 2023" or "since 2020" tells when something was; "for 2022", "by 2024", "2024-2026" name a period of plans
            if (!IN_A_YEAR.matcher(a.text().substring(Math.max(0, t.start() - 7), t.start())).find()) continue;
            Sentence s = a.sentenceAt(t.start());
            if (s == null || DayRoles.speaksOfTheFuture(s.text()) || PLANS.matcher(s.text()).find()) continue;
            latest = year;
        }
        return latest;
    }

    private static final TimeExpressionExtractor STAMP_READER = new TimeExpressionExtractor();
    /** A date stamp is a short line: a day with its year, perhaps a time. */
    private static final int STAMP_LENGTH = 40;

    /**
     * The day of the page's date stamp when the cleaner dropped it: a line that is nothing but a day with its year
     * ("August 24, 2020" above and below a short statement, removed as a label the page repeats). The page says
     * when it appeared even though the line is no article text.
     */
    static LocalDate stampDay(AnalyzedArticle a) {
        for (Removal r : a.removed()) {
            String line = r.text() == null ? "" : r.text().strip();
            if (line.isEmpty() || line.length() > STAMP_LENGTH) continue;
            List<TimeExpression> ts = STAMP_READER.extract(line, 0, null);
            if (ts.size() != 1) continue;
            TimeExpression t = ts.get(0);
            boolean wholeLine = t.start() == 0 && line.substring(t.end()).replaceAll("[\\p{Punct}\\s]", "").isEmpty();
            if (wholeLine && t.granularity() == Granularity.DAY && !t.relative() && t.from() != null && t.from().equals(t.to())) {
                return t.from();
            }
        }
        return null;
    }

    static final PartialDates.Partial NO_PARTIAL = new PartialDates.Partial(null, 0, null);

    /**
     * Days between two days of the year, the shorter way round ("Dec 30" and "Jan 2" are 3 apart); for
     * accounts whose year is unknown. February 29 counts as in a leap year.
     */
    public static int yearlessGap(MonthDay a, MonthDay b) {
        int x = a.atYear(2024).getDayOfYear(), y = b.atYear(2024).getDayOfYear();
        int d = Math.abs(x - y);
        return Math.min(d, 366 - d);
    }

    /** The day the text names with the most weight, or null. */
    static LocalDate textDay(AnalyzedArticle a, LocalDate published) {
        int openingEnd = openingEnd(a);
        Map<LocalDate, Double> weights = new TreeMap<>();
        for (TimeExpression t : a.times()) {
            if (t.from() == null || !t.from().equals(t.to()) || t.granularity() != Granularity.DAY) continue;
            double w = mentionWeight(a, t, openingEnd);
            if (w == 0) continue;
            if (published != null && Math.abs(t.from().toEpochDay() - published.toEpochDay()) > BACKGROUND_DAYS) w *= 0.25;
            weights.merge(t.from(), w, Double::sum);
        }
        LocalDate best = null;
        double bestWeight = 0;
        for (Map.Entry<LocalDate, Double> e : weights.entrySet()) {
            double w = e.getValue();
            // ties go to the day closest to publication (a report's event is usually its most recent day), else the later
            boolean better = w > bestWeight + 1e-9 || (Math.abs(w - bestWeight) <= 1e-9 && best != null
                    && (published != null
                    ? Math.abs(e.getKey().toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay())
                    : e.getKey().isAfter(best)));
            if (better) {
                best = e.getKey();
                bestWeight = w;
            }
        }
        // a day far from publication named once, past the opening ("the offensive that began on June 4"), is background
        // only: it does not outweigh the publication day
        if (best != null && published != null && Math.abs(best.toEpochDay() - published.toEpochDay()) > BACKGROUND_DAYS
                && bestWeight < BACKGROUND_ALONE) return null;
        // nor does a day near it named only in an aside or a quotation
        if (best != null && published != null && Math.abs(best.toEpochDay() - published.toEpochDay()) <= BACKGROUND_DAYS
                && bestWeight < NAMED_ALONE - 1e-9) return null;
        return best;
    }

    /**
     * What the days an account names without a year still say of its meeting's day: the day of the year, else of the
     * month, and a weekday, each the one named with the most weight ({@link #mentionWeight}) and at least
     * {@link #NAMED_ALONE}; between equal weights the one named first.
     */
    static PartialDates.Partial yearlessDays(AnalyzedArticle a) {
        int openingEnd = openingEnd(a);
        Map<MonthDay, Double> monthDays = new LinkedHashMap<>();
        Map<Integer, Double> daysOfMonth = new LinkedHashMap<>();
        Map<DayOfWeek, Double> weekdays = new LinkedHashMap<>();
        for (TimeExpression t : a.times()) {
            PartialDates.Partial p = PartialDates.of(t, a.language());
            if (p.isEmpty()) continue;
            double w = mentionWeight(a, t, openingEnd);
            if (w == 0) continue;
            if (p.monthDay() != null) monthDays.merge(p.monthDay(), w, Double::sum);
            if (p.dayOfMonth() != 0) daysOfMonth.merge(p.dayOfMonth(), w, Double::sum);
            if (p.dayOfWeek() != null) weekdays.merge(p.dayOfWeek(), w, Double::sum);
        }
        MonthDay monthDay = heaviest(monthDays);
        if (monthDay != null) return new PartialDates.Partial(monthDay, 0, heaviest(weekdays));
        Integer dayOfMonth = heaviest(daysOfMonth);
        return new PartialDates.Partial(null, dayOfMonth == null ? 0 : dayOfMonth, heaviest(weekdays));
    }

    private static <K> K heaviest(Map<K, Double> weights) {
        K best = null;
        double bestWeight = 0;
        for (Map.Entry<K, Double> e : weights.entrySet()) {
            if (e.getValue() > bestWeight + 1e-9) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        return bestWeight >= NAMED_ALONE - 1e-9 ? best : null;
    }

    /**
     * How much one mention of a day says the account's event took place on it: 0 for the day of something else (the
     * point something runs from, a plan's or a deadline's day, the previous meeting's: {@link DayRoles}); more in the
     * opening; less in a quotation (what a speaker says of another day than the one they speak on) and in an aside
     * past the opening whose sentence names no meeting ("on April 2, a ministry said that ..."), unless it is the
     * writer's or speaker's own "today".
     */
    static double mentionWeight(AnalyzedArticle a, TimeExpression t, int openingEnd) {
        // "the first meeting since the August 9 election": a day something runs from is before the event
        if (PartialDates.since(a.text(), t.start())) return 0;
        Sentence s = a.sentenceAt(t.start());
        if (s != null && DayRoles.otherThanTheMeeting(a.text(), s.start(), s.end(), t.start(), t.end())) return 0;
        boolean opening = t.start() < openingEnd;
        double w = opening ? 2 : 1;
        if (ownDay(t)) return w;
        if (a.inOwnWords(t.start(), t.end())) w *= QUOTED;
        if (!opening && s != null && !DayRoles.namesMeeting(s.text())) w *= ASIDE;
        return w;
    }

    /**
     * "Today", "tonight": the writer's or the speaker's own day, which a live report or a remark at the table shares with
     * the meeting whatever the sentence is about ("who is on the menu tonight").
     */
    private static boolean ownDay(TimeExpression t) {
        String w = t.surface() == null ? "" : t.surface().toLowerCase(Locale.ROOT);
        return w.contains("today") || w.contains("tonight");
    }

    private static int openingEnd(AnalyzedArticle a) {
        int end = 0;
        for (Sentence s : a.sentences()) {
            if (s.index() >= OPENING_SENTENCES) break;
            end = s.end();
        }
        return end;
    }
}
