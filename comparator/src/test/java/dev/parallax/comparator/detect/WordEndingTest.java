package dev.parallax.comparator.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordEndingTest {
    @Test
    void twoWordsOfOneStemAreNoSpellingsOfEachOther() {
        assertTrue(SpellingDetector.endingSwap("minister", "ministry"));
        assertTrue(SpellingDetector.endingSwap("ministry", "minister"));
        assertTrue(SpellingDetector.endingSwap("socialist", "socialism"));
    }

    @Test
    void transliterationsAreNotEndingSwaps() {
        assertFalse(SpellingDetector.endingSwap("lukashenko", "lukashenka"));
        assertFalse(SpellingDetector.endingSwap("matviyenko", "matvienko"));
        assertFalse(SpellingDetector.endingSwap("dmitry", "dimitri"));
        assertFalse(SpellingDetector.endingSwap("peter", "petry")); // too short a stem to tell
    }
}
