package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.eval.Evaluation;
import dev.parallax.comparator.report.DiscrepancyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation over the gold fixtures with core's real readers and analyzer and holds the figures
 * this implementation reaches as floors, so a change that loses ground fails here.
 */
class EvaluationTest {
    private static final Path FIXTURES = Path.of("src/test/resources/eval");
    private static final Path SMOKE = Path.of("src/test/resources/eval-smoke");

    @Test
    void smokeSuiteReachesItsFloors() {
        Evaluation.Result r = Evaluation.withDefaults().run(SMOKE);
        String report = Evaluation.format(r);
        assertEquals(1.0, r.pairs().precision(), report);
        assertEquals(1.0, r.pairs().recall(), report);
        assertEquals(3, r.exactEvents(), report);
        assertTrue(r.total().precision() >= 0.8, report);
        assertTrue(r.total().recall() >= 0.7, report);
        assertTrue(r.high().precision() >= 0.9, report);
        for (DiscrepancyType t : new DiscrepancyType[]{DiscrepancyType.ENTITY, DiscrepancyType.PLACE, DiscrepancyType.NUMBER, DiscrepancyType.DATE}) {
            assertEquals(1.0, r.byType().get(t).recall(), t + "\n" + report);
        }
    }

    @Test
    void fixtureSuitesReachTheirFloors() {
        if (!Files.isDirectory(FIXTURES)) return; // the gold fixtures are written separately; the smoke suite stands in
        Evaluation.Result r = Evaluation.withDefaults().run(FIXTURES);
        String report = Evaluation.format(r);
        assertFalse(r.articles() == 0, report);
        // floors a little under what this implementation reaches (F1 0.97, P 0.85, R 0.71, HIGH P 0.90 when written)
        assertTrue(r.pairF1() >= 0.9, report);
        assertTrue(r.total().precision() >= 0.8, report);
        assertTrue(r.total().recall() >= 0.65, report);
        assertTrue(r.high().precision() >= 0.85, report);
        assertTrue(r.byType().get(DiscrepancyType.PLACE).recall() >= 0.8, report);
        assertTrue(r.byType().get(DiscrepancyType.OMISSION).precision() >= 0.8, report);
        assertTrue(r.byType().get(DiscrepancyType.SPELLING).recall() >= 0.8, report);
        assertTrue(r.byType().get(DiscrepancyType.QUOTE_WORDING).recall() >= 0.6, report);
        assertTrue(r.byType().get(DiscrepancyType.ATTRIBUTION).precision() >= 0.9, report);
    }
}
