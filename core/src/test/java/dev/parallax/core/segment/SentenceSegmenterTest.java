package dev.parallax.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    private List<String> sentences(String text) {
        return segmenter.segment(text).sentences().stream().map(Sentence::text).toList();
    }

    private void assertSentences(String text, String... expected) {
        assertEquals(List.of(expected), sentences(text));
    }

    @Test
    void monthAbbreviationBeforeADayDoesNotEndASentence() {
        assertSentences("The summit opened on Dec. 19 in Minsk. It lasted two days.",
                "The summit opened on Dec. 19 in Minsk.", "It lasted two days.");
        assertSentences("Talks were held on Apr. 5 at the palace.", "Talks were held on Apr. 5 at the palace.");
    }

    @Test
    void titlesDoNotEndASentence() {
        assertSentences("Mr. Peskov spoke first. Gen. Khrenin followed him.",
                "Mr. Peskov spoke first.", "Gen. Khrenin followed him.");
        assertSentences("The leaders met in St. Petersburg on Friday.", "The leaders met in St. Petersburg on Friday.");
    }

    @Test
    void aDottedAbbreviationEndsASentenceOnlyBeforeAWordThatOpensOne() {
        assertSentences("U.S. Secretary of Trade Ann Lee arrived in Oslo.", "U.S. Secretary of Trade Ann Lee arrived in Oslo.");
        assertSentences("Talks with U.S. President Carl Berg resumed.", "Talks with U.S. President Carl Berg resumed.");
        assertSentences("The talks began at 2:05 p.m. EDT on Monday.", "The talks began at 2:05 p.m. EDT on Monday.");
        assertSentences("Its economy is second only to the U.S. The talks went on.", "Its economy is second only to the U.S.",
                "The talks went on.");
    }

    @Test
    void initialsDoNotEndASentence() {
        assertSentences("A statement by V. Putin was read aloud. Nobody objected.",
                "A statement by V. Putin was read aloud.", "Nobody objected.");
    }

    @Test
    void anAcronymEndingASentenceEndsIt() {
        assertSentences("Warsaw belongs to the EU and to NATO. Both capitals protested on Monday.",
                "Warsaw belongs to the EU and to NATO.", "Both capitals protested on Monday.");
        assertSentences("Observers came from the OSCE. The count lasted until dawn.",
                "Observers came from the OSCE.", "The count lasted until dawn.");
        assertSentences("The envoy flew to the U.S. The talks went on.", "The envoy flew to the U.S.", "The talks went on.");
    }

    @Test
    void titlesInCapitalsAndLowerCaseContinuationsDoNotEndASentence() {
        assertSentences("A NOTE FROM MR. PESKOV WAS READ.", "A NOTE FROM MR. PESKOV WAS READ.");
        assertSentences("The talks opened on Apr. 5 and closed in St. Petersburg on Dec. 19.",
                "The talks opened on Apr. 5 and closed in St. Petersburg on Dec. 19.");
        assertSentences("Ties with NATO. were cut, the memo said.", "Ties with NATO. were cut, the memo said.");
    }

    @Test
    void lineBreaksEndHeadlinesAndBlankLinesStartParagraphs() {
        List<Sentence> s = segmenter.segment("Leaders meet in Minsk\n\nThe talks began. They ended late.\n\nMore later.")
                .sentences();
        assertEquals(List.of("Leaders meet in Minsk", "The talks began.", "They ended late.", "More later."),
                s.stream().map(Sentence::text).toList());
        assertEquals(List.of(0, 1, 1, 2), s.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Putin arrived. Lukashenko met him.";
        for (Sentence s : segmenter.segment(text).sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            s.tokens().forEach(t -> assertEquals(t.text(), text.substring(t.start(), t.end())));
        }
    }

    @Test
    void veryLongSentencesAreCutWithAWarning() {
        String text = "word ".repeat(5000);
        Segmentation seg = new SentenceSegmenter(new Tokenizer(), 1000).segment(text);
        assertTrue(seg.sentences().size() >= 20);
        assertTrue(seg.sentences().stream().allMatch(s -> s.end() - s.start() <= 1000));
        assertFalse(seg.warnings().isEmpty());
    }
}
