package dev.parallax.core.clean;

import static dev.parallax.core.clean.BoilerplateLineFilterTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphAssemblerTest {

    private final ParagraphAssembler assembler = new ParagraphAssembler();

    @Test
    void eachLineIsAParagraph() {
        assertEquals(List.of("Headline", "First paragraph.", "Second paragraph."),
                assembler.paragraphs(lines("Headline", "First paragraph.", "", "", "Second paragraph.")));
    }

    @Test
    void hardWrappedLinesAreJoined() {
        assertEquals(List.of("The systems supplied by his ally were placed on duty, without saying where."),
                assembler.paragraphs(lines("The systems supplied by", "his ally were placed on duty,",
                        "without saying where.")));
    }

    @Test
    void aLineAfterABlankLineIsNeverJoined() {
        assertEquals(List.of("Quote without end", "continued elsewhere."),
                assembler.paragraphs(lines("Quote without end", "", "continued elsewhere.")));
    }

    @Test
    void joinUsesBlankLines() {
        assertEquals("a\n\nb", assembler.join(List.of("a", "b")));
    }
}
