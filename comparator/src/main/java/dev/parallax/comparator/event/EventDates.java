package dev.parallax.comparator.event;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.core.time.DatelineYearResolver;
import dev.parallax.core.time.PartialDates;
import dev.parallax.core.time.UrlDates;
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
 * publication less), else the publication day, else the day the page's address carries. A report
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
     */
    public record Dating(LocalDate event, Source source, LocalDate published, PartialDates.Partial partial) {
        public Dating(LocalDate event, Source source, LocalDate published) {
            this(event, source, published, NO_PARTIAL);
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
    /** Mentions in the opening sentences (title, lead) say what the story is about. */
    static final int OPENING_SENTENCES = 3;

    public static Inferred infer(AnalyzedArticle a) {
        Dating d = dating(a);
        return new Inferred(d.event(), d.fromText());
    }

    public static Dating dating(AnalyzedArticle a) {
        LocalDate header = a.meta() == null || a.meta().published() == null ? null
                : a.meta().published().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate address = a.meta() == null ? null
                : UrlDates.find(a.meta().url()).filter(UrlDates.UrlDate::isDay).map(UrlDates.UrlDate::from).orElse(null);
        LocalDate published = header != null ? header : address;
        if (a.dateline() != null && a.dateline().date() != null) return new Dating(a.dateline().date(), Source.DATELINE, published);
        LocalDate text = textDay(a, published);
        if (text != null) return new Dating(text, Source.TEXT, published);
        if (header != null) return new Dating(header, Source.PUBLICATION, published);
        if (address != null) return new Dating(address, Source.ADDRESS, published);
        PartialDates.Partial partial = PartialDates.strongest(a.times(), a.language(), a.text());
        // a dateline that names its day without a year ("5 Apr. (EUROPE PRESS) –") says the day of the year first
        MonthDay datelineDay = a.dateline() == null || a.dateline().text() == null ? null : DatelineYearResolver.monthDay(a.dateline().text());
        if (datelineDay != null) partial = new PartialDates.Partial(datelineDay, 0, partial.dayOfWeek());
        return new Dating(null, Source.NONE, null, partial);
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
            // "the first meeting since the August 9 election": a day something runs from is before the event
            if (PartialDates.since(a.text(), t.start())) continue;
            double w = t.start() < openingEnd ? 2 : 1;
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
        return best;
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
