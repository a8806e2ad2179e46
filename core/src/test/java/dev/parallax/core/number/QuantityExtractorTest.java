package dev.parallax.core.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.QuantityKind;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.segment.SentenceSegmenter;
import dev.parallax.core.time.TimeExpressionExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {
    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();
    private static final TimeExpressionExtractor TIMES = new TimeExpressionExtractor();
    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    static List<Quantity> quantities(String text) {
        List<Sentence> sentences = SEGMENTER.segment(text).sentences();
        return EXTRACTOR.extract(sentences, TIMES.extract(sentences, LocalDate.of(2024, 12, 19)));
    }

    static Quantity assertQuantity(String text, String surface, QuantityKind kind, double value, String unit) {
        for (Quantity q : quantities(text)) {
            if (q.surface().equals(surface)) {
                assertEquals(kind, q.kind(), surface);
                assertEquals(value, q.value(), 1e-6, surface);
                assertEquals(unit, q.unit(), surface);
                assertEquals(surface, text.substring(q.start(), q.end()));
                return q;
            }
        }
        return fail("'" + surface + "' not in " + quantities(text));
    }

    static void assertNoQuantities(String text) {
        assertEquals(List.of(), quantities(text), text);
    }

    @Test
    void percentagesMoneyDistancesAndCounts() {
        assertQuantity("Support fell to 14% overall.", "14%", QuantityKind.PERCENT, 14, "%");
        assertQuantity("Trade reached $1.5 billion last year.", "$1.5 billion", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("Trade reached 1.5 billion dollars.", "1.5 billion dollars", QuantityKind.MONEY, 1.5e9, "USD");
        assertQuantity("A loan of 40 billion roubles was agreed.", "40 billion roubles", QuantityKind.MONEY, 4e10, "RUB");
        assertQuantity("The unit is 2,500 troops strong.", "2,500", QuantityKind.COUNT, 2500, "person");
        assertQuantity("Twenty-five people were hurt.", "Twenty-five", QuantityKind.COUNT, 25, "person");
        assertQuantity("A dozen drones flew in.", "A dozen", QuantityKind.COUNT, 12, "");
    }

    @Test
    void approximateMarkers() {
        Quantity q = assertQuantity("The camp lies about 40 km from the border.", "about 40 km", QuantityKind.DISTANCE, 40, "km");
        assertTrue(q.approximate());
        assertTrue(assertQuantity("Nearly 300 people came.", "Nearly 300", QuantityKind.COUNT, 300, "person").approximate());
        assertTrue(assertQuantity("More than 20 drones fell.", "More than 20", QuantityKind.COUNT, 20, "").approximate());
    }

    @Test
    void ordinals() {
        assertQuantity("He begins his fifth term in office.", "fifth", QuantityKind.ORDINAL, 5, "");
        assertQuantity("It was the 3rd round of talks.", "3rd", QuantityKind.ORDINAL, 3, "");
    }

    @Test
    void alternativesAndRanges() {
        List<Quantity> q = quantities("Ratings have dropped from 98% to either 14% or 30%.");
        assertEquals(2, q.size(), q.toString());
        assertEquals(98, q.get(0).value());
        assertEquals(List.of(), q.get(0).alternatives());
        assertEquals("either 14% or 30%", q.get(1).surface());
        assertEquals(List.of(14.0, 30.0), q.get(1).alternatives());
        Quantity range = assertQuantity("Troops stood 40 to 45 km away.", "40 to 45 km", QuantityKind.DISTANCE, 40, "km");
        assertEquals(45.0, range.max());
        Quantity dropped = assertQuantity("Output dropped 10 to 5 units.", "10", QuantityKind.COUNT, 10, "");
        assertNull(dropped.max());
    }

    @Test
    void durationsComeFromTimeExpressions() {
        assertQuantity("The programme runs for six months.", "six months", QuantityKind.DURATION, 180, "day");
        assertQuantity("The programme runs for half a year.", "half a year", QuantityKind.DURATION, 180, "day");
    }

    @Test
    void modelNamesYearsDatesAndClockTimesAreNeverQuantities() {
        assertNoQuantities("S-400 and Su-24 and MiG-29 and Kh-101 were shown.");
        assertNoQuantities("In 2023 the weapons were moved.");
        assertNoQuantities("The talks were held on 19 December.");
        assertNoQuantities("Updated 15:14, after the talks.");
        assertNoQuantities("Thousands of people gathered, one of them said.");
        assertNoQuantities("The security of our two countries is one goal.");
        assertQuantity("Two soldiers were hurt.", "Two", QuantityKind.COUNT, 2, "person");
    }
}
