package dev.parallax.core.model;

import java.util.List;

/**
 * A stated number.
 *
 * @param value        the value (for a range, its low end); durations in days, distances in km
 * @param max          high end of a range ("40 to 45 km"), else null
 * @param alternatives values offered as alternatives ("either 14% or 30%"), including {@code value}; else empty
 * @param unit         normalized unit: "%", "km", "USD", "EUR", "RUB", "day", "person", "" ...
 * @param approximate  "about", "some", "nearly", "more than": any {@code bound} but EXACT
 * @param bound        how the number bounds the true one ("over" AT_LEAST, "nearly" AT_MOST, "about" ABOUT); a
 *                     stored analysis without it reads ABOUT or EXACT from {@code approximate}
 */
public record Quantity(int start, int end, String surface, QuantityKind kind, double value, Double max,
                       List<Double> alternatives, String unit, boolean approximate, Bound bound) {
    public Quantity {
        alternatives = List.copyOf(alternatives);
        if (bound == null) {
            bound = approximate ? Bound.ABOUT : Bound.EXACT;
        }
        approximate = bound.approximate();
    }

    /** A quantity whose bound is only known as approximate or not. */
    public Quantity(int start, int end, String surface, QuantityKind kind, double value, Double max,
                    List<Double> alternatives, String unit, boolean approximate) {
        this(start, end, surface, kind, value, max, alternatives, unit, approximate, null);
    }
}
