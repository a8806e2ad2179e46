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
        return of(a, b, dateToleranceDays, f) ? f : null;
    }

    /**
     * The probability that a and b report one event under {@code weights}, or -1 when their days rule the pair out;
     * {@code scratch} (SIZE values) holds the features meanwhile, so scoring many pairs allocates nothing.
     */
    static double probability(AccountProfile a, AccountProfile b, int dateToleranceDays, double[] weights, double[] scratch) {
        return of(a, b, dateToleranceDays, scratch) ? probability(scratch, weights) : -1;
    }

    /**
     * Fills {@code f} with the features of a pair; false when their days rule the pair out. The days are
     * checked first: a pair ruled out costs no cosine.
     */
    private static boolean of(AccountProfile a, AccountProfile b, int dateToleranceDays, double[] f) {
        Arrays.fill(f, 0);
        if (a.dated() && b.dated()) {
            long gap = Math.abs(a.day() - b.day());
            if (gap > dateToleranceDays) return false;
            if (gap == 0) f[8] = 1;
            else if (gap == 1) f[9] = 1;
            else f[10] = 1;
        } else {
            // a day named without a year still tells a June meeting from a February one
            java.time.MonthDay x = monthDay(a), y = monthDay(b);
            if (x != null && y != null && EventDates.yearlessGap(x, y) > dateToleranceDays) return false;
            // an undated account that tells of a later year as past reports no meeting before that year
            if (beforeItsPast(a, b) || beforeItsPast(b, a)) return false;
            // with no day on either side, two openings that put the meeting in places the other never names are two meetings
            if (!a.dated() && !b.dated() && elsewhere(a, b)) return false;
            f[11] = 1;
            f[14] = hint(a, b, dateToleranceDays);
        }
        f[0] = 1;
        boolean sameLanguage = Objects.equals(a.language(), b.language());
        if (a.lead() != null && b.lead() != null && sameLanguage) {
            f[1] = round(Meaning.cosine(a.leadValues(), a.leadSquares(), b.leadValues(), b.leadSquares()));
        } else {
            f[2] = 1;
        }
        f[3] = round(cosine(a, b));
        AccountProfile.Names an = a.names(), bn = b.names();
        if (an.people().length == 0 || bn.people().length == 0) f[5] = 1;
        else f[4] = peopleOverlap(an.people(), bn.people());
        f[6] = an.places().length == 0 || bn.places().length == 0 ? 0 : overlap(an.places(), bn.places());
        f[7] = an.things().length == 0 || bn.things().length == 0 ? 0 : overlap(an.things(), bn.things());
        f[12] = sameLanguage ? 1 : 0;
        // counting stops at saturation: more shared rare words give the same feature
        f[13] = Math.min(1.0, shared(a.rare(), b.rare(), RARE_ENOUGH) / RARE_SATURATION);
        return true;
    }

    /**
     * Both openings say where the meeting was, in no place in common, and each puts it in a town or country the
     * other never names among its main places: "talks in St. Petersburg" and "met in Minsk". A building ("the
     * Kremlin", "the Palace of Independence") lies in a town the gazetteer does not record, so it never counts
     * against one ("at the Kremlin" and "in Moscow" are one meeting).
     */
    /** Whether dated account {@code a} reports a meeting before the year that undated account {@code b} tells of as past. */
    private static boolean beforeItsPast(AccountProfile a, AccountProfile b) {
        int year = b.dating().notBefore();
        return a.dated() && year != 0 && a.dating().event().getYear() < year;
    }

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
    /** Shared rare words beyond which counting further cannot change the feature. */
    private static final int RARE_ENOUGH = (int) Math.ceil(RARE_SATURATION);

    /** How many values two sorted arrays without repeats share; written without branches on the values, which no predictor guesses. */
    private static int shared(int[] a, int[] b) {
        return shared(a, b, Integer.MAX_VALUE);
    }

    /** {@link #shared(int[], int[])}, or {@code enough} once that many are found. */
    private static int shared(int[] a, int[] b, int enough) {
        int n = 0, i = 0, j = 0;
        while (i < a.length && j < b.length && n < enough) {
            int x = a[i], y = b[j];
            n += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
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

    /**
     * The dot product of two accounts' unit-normalized term weights over the terms both have, added up in term order.
     * Without branches on the terms: a pair of different terms adds 0.0, which leaves the (never negative) sum as it is.
     */
    static double cosine(AccountProfile a, AccountProfile b) {
        double dot = 0;
        int[] ta = a.terms(), tb = b.terms();
        double[] wa = a.weights(), wb = b.weights();
        int i = 0, j = 0;
        while (i < ta.length && j < tb.length) {
            int x = ta[i], y = tb[j];
            dot += x == y ? wa[i] * wb[j] : 0.0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return dot;
    }

    /**
     * The people two accounts share, as {@link #overlap} does, except that an account naming one main person
     * only is one side of a meeting when the other names two or more: a readout of one leader's day ("the
     * President met...", the other leader named once) shares that leader with every meeting he holds, so it
     * counts as half a match, not a full one ({@link #SIDES_OF_A_MEETING}).
     */
    static double peopleOverlap(int[] a, int[] b) {
        int fewer = Math.min(a.length, b.length), more = Math.max(a.length, b.length);
        return (double) shared(a, b) / Math.max(fewer, Math.min(SIDES_OF_A_MEETING, more));
    }

    /** A meeting has two sides: one person against two or more is one of them. */
    static final int SIDES_OF_A_MEETING = 2;

    /**
     * Shared / the fewer of the two: a short account naming two of the three people counts fully for those two.
     * Names as batch numbers ({@link AccountProfile.Names}), each array sorted and without repeats.
     */
    static double overlap(int[] a, int[] b) {
        return (double) shared(a, b) / Math.min(a.length, b.length);
    }
}
