package dev.parallax.core.number;

import static dev.parallax.core.number.QuantityExtractorTest.assertQuantity;
import static dev.parallax.core.number.QuantityExtractorTest.quantities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.Bound;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.QuantityKind;
import org.junit.jupiter.api.Test;

/** Durations in hours and minutes, mixed fractions and the way a number is bounded (sentences written for these tests). */
class DurationsAndBoundsTest {
    private static final double HOUR = 1 / 24.0;

    private static Quantity duration(String text, String surface, double hours) {
        return assertQuantity(text, surface, QuantityKind.DURATION, hours * HOUR, "day");
    }

    @Test
    void mixedFractionsAreOneNumber() {
        duration("The envoys talked for 3 1/2 hours.", "3 1/2 hours", 3.5);
        duration("The envoys talked for 3½ hours.", "3½ hours", 3.5);
        duration("The envoys talked for three-and-a-half hours.", "three-and-a-half hours", 3.5);
        duration("The envoys talked for three and a half hours.", "three and a half hours", 3.5);
        assertEquals(1, quantities("The envoys talked for 3 1/2 hours.").size(), "no stray 1 and 2");
    }

    @Test
    void compoundAndSpokenDurations() {
        duration("The session lasted 1 hour 20 minutes.", "1 hour 20 minutes", 1 + 20 / 60.0);
        duration("The session lasted two hours and 10 minutes.", "two hours and 10 minutes", 2 + 10 / 60.0);
        duration("They met for an hour and a half.", "an hour and a half", 1.5);
        duration("They met for half an hour.", "half an hour", 0.5);
        duration("A 40-minute call followed.", "40-minute", 40 / 60.0);
        duration("A two-hour dinner followed.", "two-hour", 2);
    }

    @Test
    void boundsTellAConflictFromARewording() {
        assertEquals(Bound.AT_LEAST, duration("They talked for over two hours.", "over two hours", 2).bound());
        assertEquals(Bound.AT_MOST, duration("They talked for nearly 3 1/2 hours.", "nearly 3 1/2 hours", 3.5).bound());
        assertEquals(Bound.ABOUT, duration("They talked for about 50 minutes.", "about 50 minutes", 50 / 60.0).bound());
        Quantity exact = duration("They talked for 1 hour 50 minutes.", "1 hour 50 minutes", 1 + 50 / 60.0);
        assertEquals(Bound.EXACT, exact.bound());
        assertTrue(!exact.approximate());
        assertEquals(Bound.AT_LEAST, assertQuantity("It drew a little more than 300 people.", "a little more than 300",
                QuantityKind.COUNT, 300, "person").bound());
    }

    @Test
    void timeAgoIsAlsoADurationWithItsBound() {
        Quantity q = assertQuantity("The two states signed it a little over 60 years ago.", "a little over 60 years ago",
                QuantityKind.DURATION, 60 * 360, "day");
        assertEquals(Bound.AT_LEAST, q.bound());
        Quantity ko = assertQuantity("두 나라는 60여 년 전 조약을 맺었다.", "60여 년 전", QuantityKind.DURATION, 60 * 360, "day");
        assertEquals(Bound.AT_LEAST, ko.bound());
        assertTrue(quantities("The treaty was signed two months ago.").isEmpty(), "an exact time ago is only a time");
    }

    @Test
    void koreanAndJapaneseDurations() {
        assertEquals(Bound.ABOUT, duration("会談は約2時間行われた。", "約2時間", 2).bound());
        duration("회담은 90분 동안 진행됐다.", "90분", 1.5);
        assertTrue(quantities("会談は午後6時30分に始まった。").stream().noneMatch(x -> x.kind() == QuantityKind.DURATION),
                "a clock time is not a duration");
    }
}
