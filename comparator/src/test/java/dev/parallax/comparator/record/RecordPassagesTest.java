package dev.parallax.comparator.record;

import static dev.parallax.comparator.record.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.record.RecordPassages.Passage;
import org.junit.jupiter.api.Test;

/** How a record is read into passages a quotation can render. */
class RecordPassagesTest {
    @Test
    void aTranscriptsPassagesAreItsSpeakersWordsEachWithItsSpeaker() {
        RecordPassages r = RecordPassages.of(FidelityCheckTest.TRANSCRIPT, Vocabulary.defaults());
        assertTrue(r.turns());
        assertFalse(r.partial());
        assertTrue(r.passages().stream().noneMatch(p -> r.text(p).contains("Beginning of the talks")), "a heading is not speech");
        assertTrue(r.passages().stream().noneMatch(p -> r.text(p).startsWith("President of")), "the label is not the words");
        Passage railway = r.passages().stream().filter(p -> r.text(p).contains("railway")).findFirst().orElseThrow();
        assertEquals("person:lukashenko", railway.speakerId());
        assertTrue(railway.fromTurn());
    }

    @Test
    void aReportersQuestionIsNoSpeakersWords() {
        RecordPassages r = RecordPassages.of(record("The Office", """
                PRESIDENT BIDEN: We will keep working on it.

                Q Mr. President, will you lift the limits?

                PRESIDENT BIDEN: We are going to discuss that now.
                """), Vocabulary.defaults());
        Passage q = r.passages().stream().filter(p -> r.text(p).contains("lift the limits")).findFirst().orElseThrow();
        assertTrue(q.question());
    }

    @Test
    void aRecordThatStopsMidWordIsPartial() {
        RecordPassages r = RecordPassages.of(record("The Office", """
                President of Belarus Alexander Lukashenko: Thank you.

                We have the plant and we have the peo"""), Vocabulary.defaults());
        assertTrue(r.partial());
        assertTrue(r.passages().get(r.passages().size() - 1).cut());
    }

    @Test
    void aClosingDatelineIsThePagesEndNotCutWords() {
        RecordPassages r = RecordPassages.of(record("The Office", """
                President of Belarus Alexander Lukashenko: Thank you.

                We have the plant and we have the people to build the planes.

                March 4, 2025, Sochi"""), Vocabulary.defaults());
        assertFalse(r.partial(), r.passages().toString());
        assertTrue(r.passages().stream().noneMatch(p -> r.text(p).contains("Sochi")), "the dateline is no one's words");
    }

    @Test
    void aStatementSpeaksInItsOwnVoiceAndAColonSplitsASentenceInTwoPassages() {
        RecordPassages r = RecordPassages.of(record("Joint Office", "We will meet every year: our ministers will meet every month. "
                + "A hotline will open by the end of the year."), Vocabulary.defaults());
        assertFalse(r.turns());
        assertEquals(3, r.passages().size(), r.passages().toString());
        assertTrue(r.passages().stream().allMatch(p -> p.speakerId() == null));
        assertEquals(r.passages().get(0).sentence(), r.passages().get(1).sentence());
    }
}
