package dev.parallax.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TransliterationFolderTest {
    private final TransliterationFolder folder = new TransliterationFolder();

    private void assertFoldsTogether(String a, String b) {
        assertEquals(folder.apply(a), folder.apply(b), a + " / " + b);
    }

    @Test
    void foldsTransliterationFamiliesTogether() {
        assertFoldsTogether("Aleksandr", "Alexandr");
        assertFoldsTogether("Alyaksandr", "Aleksandr");
        assertFoldsTogether("Lukashenka", "Lukashenko");
        assertFoldsTogether("Dmitriy", "Dmitry");
        assertFoldsTogether("Konstantinovskiy", "Konstantinovsky");
        assertFoldsTogether("Kharkiv", "Harkiv");
        assertFoldsTogether("Shoygu", "Shoigu");
    }

    @Test
    void keepsDifferentNamesApart() {
        assertNotEquals(folder.apply("Minsk"), folder.apply("Moscow"));
        assertNotEquals(folder.apply("Putin"), folder.apply("Peskov"));
    }
}
