package dev.parallax.comparator.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A name word of a language that declines names loses its case ending, never its own letters. */
class SpellingStemTest {
    @Test
    void caseEndingsComeOffAndNamesStayApart() {
        assertEquals(SpellingDetector.stem("Александр"), SpellingDetector.stem("Александра"));
        assertEquals(SpellingDetector.stem("Александр"), SpellingDetector.stem("Александром"));
        assertEquals("Путин", SpellingDetector.stem("Путиным"));
        assertEquals(SpellingDetector.stem("Łukaszenka"), SpellingDetector.stem("Łukaszenki"));
        assertNotEquals(SpellingDetector.stem("Алексей"), SpellingDetector.stem("Александр"));
        // three letters stay: a short name is not cut to nothing
        assertEquals("Ким", SpellingDetector.stem("Ким"));
    }
}
