package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.eval.Evaluation;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation over the gold fixtures with core's real readers and analyzer, sentence model
 * included (as the application analyzes), and holds the figures this implementation reaches as floors
 * per suite, so a change that loses ground on one kind of coverage fails here even when another gains.
 * The figures and how they moved are in docs/evaluation.md.
 */
class EvaluationTest {
    private static final Path FIXTURES = Path.of("src/test/resources/eval");
    private static final Path SMOKE = Path.of("src/test/resources/eval-smoke");
    private static final Evaluation EVALUATION = Evaluation.with(
            new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared())));

    @Test
    void smokeSuiteReachesItsFloors() {
        Evaluation.Result r = EVALUATION.run(SMOKE);
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

    /** suite, grouping pair F1, discrepancy precision and recall (all types): a little under what the build reaches. */
    static Stream<Arguments> suites() {
        return Stream.of(
                Arguments.of("summits-2024", 0.95, 0.70, 0.80),
                Arguments.of("wire-copies", 0.95, 0.80, 0.60),
                Arguments.of("noisy-scrape", 0.85, 0.75, 0.75),
                Arguments.of("regions-forum", 0.95, 0.75, 0.90),
                Arguments.of("official-visits", 0.80, 0.55, 0.45),
                Arguments.of("beijing-visit", 0.95, 0.55, 0.40),
                Arguments.of("g7-ukraine", 0.95, 0.55, 0.45),
                Arguments.of("records", 0.95, 0.70, 0.90),
                Arguments.of("korea-talks", 0.95, 0.75, 0.95));
    }

    /** verdict, precision and recall floors of the checks against the record on eval/records (48 quotations). */
    static Stream<Arguments> fidelityFloors() {
        return Stream.of(
                Arguments.of(FidelityVerdict.VERBATIM, 0.95, 0.95),
                Arguments.of(FidelityVerdict.FAITHFUL, 0.95, 0.85),
                Arguments.of(FidelityVerdict.ALTERED, 0.95, 0.95),
                Arguments.of(FidelityVerdict.NOT_IN_RECORD, 0.75, 0.95));
    }

    private static Evaluation.Result records;

    private static synchronized Evaluation.Result records() {
        if (records == null) records = EVALUATION.run(FIXTURES.resolve("records"));
        return records;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fidelityFloors")
    void verdictsAgainstTheRecordReachTheirFloors(FidelityVerdict verdict, double precision, double recall) {
        Evaluation.Result r = records();
        String report = Evaluation.format(r);
        assertEquals(48, r.fidelity().expected(), report);
        assertTrue(r.fidelity().precision(verdict) >= precision, verdict + " precision " + r.fidelity().precision(verdict) + "\n" + report);
        assertTrue(r.fidelity().recall(verdict) >= recall, verdict + " recall " + r.fidelity().recall(verdict) + "\n" + report);
        assertTrue(r.fidelity().correct() >= 45, "verdicts right: " + r.fidelity().correct() + "\n" + report);
        assertTrue(r.fidelity().recordHits() >= r.fidelity().recordChecks() - 2, "placed on the wrong record sentence\n" + report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suites")
    void fixtureSuiteReachesItsFloors(String suite, double groupingF1, double precision, double recall) {
        Evaluation.Result r = EVALUATION.run(FIXTURES.resolve(suite));
        String report = Evaluation.format(r);
        assertTrue(r.articles() > 0, report);
        assertTrue(r.pairF1() >= groupingF1, "grouping F1 " + r.pairF1() + " < " + groupingF1 + "\n" + report);
        assertTrue(r.total().precision() >= precision, "precision " + r.total().precision() + " < " + precision + "\n" + report);
        assertTrue(r.total().recall() >= recall, "recall " + r.total().recall() + " < " + recall + "\n" + report);
    }
}
