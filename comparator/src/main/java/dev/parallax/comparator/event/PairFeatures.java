package dev.parallax.comparator.event;

import dev.parallax.comparator.ComparisonConfig.PairWeights;
import dev.parallax.core.model.Meaning;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The features of a pair of accounts that say whether they report one event, in the order of
 * {@link PairWeights#NAMES}, and the pair's probability under given weights. Pairs whose event days are
 * further apart than the tolerance are ruled out before any feature is computed.
 */
final class PairFeatures {
    private PairFeatures() {}

    static final int SIZE = PairWeights.NAMES.size();

    /** The features of a pair, or null when their days rule the pair out. */
    static double[] of(AccountProfile a, AccountProfile b, int dateToleranceDays) {
        double[] f = new double[SIZE];
        f[0] = 1;
        boolean sameLanguage = Objects.equals(a.language(), b.language());
        if (a.lead() != null && b.lead() != null && sameLanguage) {
            f[1] = round(Meaning.cosine(a.lead(), b.lead()));
        } else {
            f[2] = 1;
        }
        f[3] = round(cosine(a, b));
        if (a.people().length == 0 || b.people().length == 0) f[5] = 1;
        else f[4] = overlap(a.people(), b.people());
        f[6] = a.places().length == 0 || b.places().length == 0 ? 0 : overlap(a.places(), b.places());
        f[7] = a.things().length == 0 || b.things().length == 0 ? 0 : overlap(a.things(), b.things());
        if (a.dated() && b.dated()) {
            long gap = Math.abs(a.day() - b.day());
            if (gap > dateToleranceDays) return null;
            if (gap == 0) f[8] = 1;
            else if (gap == 1) f[9] = 1;
            else f[10] = 1;
        } else {
            // a day named without a year still tells a June meeting from a February one
            java.time.MonthDay x = monthDay(a), y = monthDay(b);
            if (x != null && y != null && EventDates.yearlessGap(x, y) > dateToleranceDays) return null;
            // with no day on either side, two openings that put the meeting in places the other never names are two meetings
            if (!a.dated() && !b.dated() && elsewhere(a, b)) return null;
            f[11] = 1;
            f[14] = hint(a, b, dateToleranceDays);
        }
        f[12] = sameLanguage ? 1 : 0;
        f[13] = Math.min(1.0, shared(a.rare(), b.rare()) / RARE_SATURATION);
        return f;
    }

    /**
     * Both openings say where the meeting was, in no place in common, and each puts it in a town or country the
     * other never names among its main places: "talks in St. Petersburg" and "met in Minsk". A building ("the
     * Kremlin", "the Palace of Independence") lies in a town the gazetteer does not record, so it never counts
     * against one ("at the Kremlin" and "in Moscow" are one meeting).
     */
    static boolean elsewhere(AccountProfile a, AccountProfile b) {
        if (a.venues().length == 0 || b.venues().length == 0) return false;
        List<String> av = List.of(a.venues()), bv = List.of(b.venues());
        for (String v : av) if (bv.contains(v)) return false;
        return putElsewhere(av, List.of(b.places())) && putElsewhere(bv, List.of(a.places()));
    }

    private static final java.util.regex.Pattern BUILDING = java.util.regex.Pattern.compile(
            "palace|house|kremlin|office|hall|lawn|museum|cent(er|re)|camp|embassy|building|residence|airport|square|memorial|park|hotel|villa");

    private static boolean putElsewhere(List<String> venues, List<String> otherPlaces) {
        for (String v : venues) if (!BUILDING.matcher(v).find() && !otherPlaces.contains(v)) return true;
        return false;
    }

    /**
     * How far what an undated account says of its day agrees with the other account's day: 1 when the day
     * of the year or of the month agrees, 0.5 when a weekday it names falls on the other's day or next to it.
     */
    static double hint(AccountProfile a, AccountProfile b, int tolerance) {
        java.time.MonthDay x = monthDay(a), y = monthDay(b);
        if (x != null && y != null) return 1;
        for (AccountProfile[] p : new AccountProfile[][] {{a, b}, {b, a}}) {
            var partial = p[0].dating().partial();
            if (partial == null) continue;
            java.time.LocalDate day = p[1].dating().event();
            java.time.MonthDay other = monthDay(p[1]);
            if (partial.dayOfMonth() != 0 && other != null && Math.abs(other.getDayOfMonth() - partial.dayOfMonth()) <= 1) return 1;
            if (partial.dayOfWeek() != null && day != null) {
                int d = Math.abs(day.getDayOfWeek().getValue() - partial.dayOfWeek().getValue());
                if (Math.min(d, 7 - d) <= 1) return 0.5;
            }
        }
        return 0;
    }

    private static java.time.MonthDay monthDay(AccountProfile p) {
        if (p.dating().event() != null) return java.time.MonthDay.from(p.dating().event());
        return p.dating().yearless();
    }

    /** Shared rare words that count as full agreement on specifics. */
    static final double RARE_SATURATION = 4;

    private static int shared(int[] a, int[] b) {
        int n = 0, i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static double probability(double[] features, double[] weights) {
        double z = 0;
        for (int i = 0; i < features.length; i++) z += features[i] * weights[i];
        return round(1 / (1 + Math.exp(-z)));
    }

    /** Similarities are rounded before thresholds so the last bits of floating point never change a grouping. */
    static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    static double cosine(AccountProfile a, AccountProfile b) {
        double dot = 0;
        int[] ta = a.terms(), tb = b.terms();
        int i = 0, j = 0;
        while (i < ta.length && j < tb.length) {
            if (ta[i] == tb[j]) dot += a.weights()[i++] * b.weights()[j++];
            else if (ta[i] < tb[j]) i++;
            else j++;
        }
        return dot;
    }

    /** Shared / the fewer of the two: a short account naming two of the three people counts fully for those two. */
    static double overlap(String[] a, String[] b) {
        int common = 0;
        for (String s : a) if (Arrays.binarySearch(b, s) >= 0) common++;
        return (double) common / Math.min(a.length, b.length);
    }
}
