package dev.parallax.comparator.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.record.Figures.Figure;
import dev.parallax.comparator.record.Figures.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How figures are read for comparing a quotation with the record: the same amount written two ways agrees. */
class FiguresTest {
    private static Figure only(String text) {
        List<Figure> f = Figures.of(text, 0, text.length());
        assertEquals(1, f.size(), text + " -> " + f);
        return f.get(0);
    }

    private static void agree(String a, String b) {
        Figure x = only(a), y = only(b);
        assertTrue(x.comparable(y) && x.agrees(y, 0.15), a + " / " + b + ": " + x + " " + y);
    }

    private static void differ(String a, String b) {
        Figure x = only(a), y = only(b);
        assertTrue(x.comparable(y), a + " / " + b + " should be compared: " + x + " " + y);
        assertFalse(x.agrees(y, 0.15), a + " / " + b + " should differ");
    }

    @Test
    void durationsWrittenTwoWaysAgree() {
        agree("we met six months ago", "we met half a year ago");
        agree("a 10-year agreement", "an agreement for ten years");
        differ("three years since the pact", "five years since the pact");
    }

    @Test
    void howOftenSomethingHappensIsAFigure() {
        agree("exercises on an annual basis", "exercises every year");
        agree("meetings at least once a year", "meetings every year");
        differ("exercises on an annual basis", "exercises every two years");
        agree("twice a year", "every six months".replace("every six months", "two times a year"));
    }

    @Test
    void percentagesMoneyAndCounts() {
        differ("grew by 8 percent", "grew by 18 percent");
        agree("grew by 8%", "grew by 8 per cent");
        agree("a loan of $50 billion", "a loan of 50 billion dollars");
        differ("twenty planes", "forty planes");
        differ("78 documents", "80 documents");
        assertEquals(Kind.YEAR, only("signed in 2019").kind());
    }

    @Test
    void anApproximateFigureAgreesWithinTheTolerance() {
        agree("about 90 minutes", "85 minutes");
        differ("85 minutes", "120 minutes");
    }

    @Test
    void countsOfDifferentThingsAreNotCompared() {
        Figure planes = only("twenty planes"), ships = only("twenty ships");
        assertFalse(planes.comparable(ships));
        assertTrue(Figures.of("a great deal has been done", 0, 26).isEmpty(), "'a' is no number");
    }
}
