package dev.parallax.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.core.model.Sentence;
import dev.parallax.core.segment.SentenceSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubheadRecognizerTest {
    private final SubheadRecognizer subheads = new SubheadRecognizer();

    /** Which lines of {@code text} (paragraphs separated by blank lines) are subheads. */
    private List<String> subheadsOf(String text) {
        List<Sentence> sentences = new SentenceSegmenter().segment(text).sentences();
        return sentences.stream().filter(s -> subheads.isSubhead(text, s)).map(Sentence::text).toList();
    }

    @Test
    void shortTitleCaseLinesWithoutFinalPunctuationAreSubheads() {
        assertEquals(List.of("Talks On Air Defence Continue In Minsk", "Grain Deals and Border Queues",
                        "Putin: “No Plans For A Merger”"),
                subheadsOf("Ministers Meet In Minsk\n\nThe ministers met on Monday.\n\n"
                        + "Talks On Air Defence Continue In Minsk\n\nThey spoke for hours.\n\n"
                        + "Grain Deals and Border Queues\n\nTrains wait at Brest.\n\n"
                        + "Putin: “No Plans For A Merger”\n\nHe said so twice."));
    }

    @Test
    void headlinesStatementsAndLongLinesAreNot() {
        assertEquals(List.of(), subheadsOf("Ministers Meet In Minsk\n\n"
                + "Border queues grow at Brest\n\n"
                + "The Talks Ended.\n\n"
                + "Will The Talks Continue?\n\n"
                + "Lukashenko Said That The Talks In Minsk Would Go On For Another Three Days With Both Defence Ministers\n\n"
                + "They met at The Palace In Minsk on Monday"));
    }
}
