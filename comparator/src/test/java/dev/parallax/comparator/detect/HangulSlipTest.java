package dev.parallax.comparator.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HangulSlipTest {
    @Test
    void oneLetterOfAStemSyllableIsASlip() {
        assertTrue(SpellingDetector.oneJamoApart("븍한에", "북한에")); // ㅜ typed as ㅡ
        assertTrue(SpellingDetector.oneJamoApart("대통령은", "대퉁령은"));
    }

    @Test
    void endingsWholeSyllablesAndShortWordsAreNot() {
        assertFalse(SpellingDetector.oneJamoApart("북한은", "북한을")); // a particle: grammar, not a typo
        assertFalse(SpellingDetector.oneJamoApart("김정일", "김정은")); // the last syllable, and two letters: another name
        assertFalse(SpellingDetector.oneJamoApart("안보를", "안전을")); // two syllables apart
        assertFalse(SpellingDetector.oneJamoApart("북한", "븍한")); // too short to tell
        assertFalse(SpellingDetector.oneJamoApart("Korea", "Korae"));
    }
}
