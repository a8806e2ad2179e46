package dev.parallax.comparator.event;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.TimeExpression;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * When the event an account reports took place: the dateline's date, else the day its text names
 * most often, else its publication day. A report published days later still dates the event by its text.
 */
public final class EventDates {
    private EventDates() {}

    /** The inferred date and whether it came from the text (dateline or a resolved day) rather than publication. */
    public record Inferred(LocalDate date, boolean fromText) {}

    public static Inferred infer(AnalyzedArticle a) {
        if (a.dateline() != null && a.dateline().date() != null) return new Inferred(a.dateline().date(), true);
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (TimeExpression t : a.times()) {
            if (t.from() != null && t.from().equals(t.to()) && t.granularity() == Granularity.DAY) {
                counts.merge(t.from(), 1, Integer::sum);
            }
        }
        LocalDate published = a.meta() == null || a.meta().published() == null ? null
                : a.meta().published().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate best = null;
        int bestCount = 0;
        for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
            // ties go to the day closest to publication: a report's event is usually its most recent day
            if (e.getValue() > bestCount || (e.getValue() == bestCount && published != null
                    && Math.abs(e.getKey().toEpochDay() - published.toEpochDay())
                    < Math.abs(best.toEpochDay() - published.toEpochDay()))) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best != null) return new Inferred(best, true);
        return new Inferred(published, false);
    }
}
