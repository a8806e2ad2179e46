package dev.parallax.meaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model: loads from the jar, reads paraphrases as close, and matches langchain4j's encoder of it. */
class MiniLmSentenceEncoderTest {
    private static final MiniLmSentenceEncoder ENCODER = MiniLmSentenceEncoder.shared();

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        List<float[]> v = ENCODER.encode(List.of(
                "Russia has no plan to absorb Belarus",
                "Moscow does not intend to swallow Belarus",
                "The central bank raised interest rates to curb inflation",
                "Heavy rain flooded the streets of Lisbon on Sunday"));
        double paraphrase = dot(v.get(0), v.get(1));
        assertTrue(paraphrase > dot(v.get(0), v.get(2)) + 0.2, "paraphrase " + paraphrase + " vs " + dot(v.get(0), v.get(2)));
        assertTrue(paraphrase > dot(v.get(0), v.get(3)) + 0.2, "paraphrase " + paraphrase + " vs " + dot(v.get(0), v.get(3)));
    }

    @Test
    void unitVectorsOfTheModelsDimensions() {
        for (float[] v : ENCODER.encode(List.of("Lukashenko met Putin in Minsk.", "", "?"))) {
            assertEquals(384, v.length);
            assertEquals(1.0, Math.sqrt(dot(v, v)), 1e-5);
        }
        assertEquals(384, ENCODER.dimensions());
    }

    @Test
    void aTextGetsTheSameVectorAloneAndAmongOthers() {
        String text = "The two leaders are expected to attend a session of the Supreme State Council.";
        float[] alone = ENCODER.encode(List.of(text)).get(0);
        List<float[]> among = ENCODER.encode(List.of("Short.", text, "A much longer sentence about trade, troops and the border."));
        assertArrayEquals(alone, among.get(1));
        assertArrayEquals(alone, ENCODER.encode(List.of(text)).get(0));
    }

    @Test
    void matchesLangchain4jsEncoderOfTheSameModel() {
        var reference = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        for (String text : WordPieceTokenizerTest.TEXTS.subList(0, 7)) {
            float[] ours = ENCODER.encode(List.of(text)).get(0);
            float[] theirs = reference.embed(text).content().vector();
            assertEquals(1.0, dot(ours, theirs), 1e-4, text);
        }
    }

    @Test
    void cutsLongTextsAtMaxTokens() {
        MiniLmSentenceEncoder short8 = new MiniLmSentenceEncoder(8);
        String text = "Trade between the two countries reached a record high last year, officials in Minsk said.";
        assertEquals(8, short8.tokens(text));
        assertArrayEquals(short8.encode(List.of(text)).get(0), short8.encode(List.of(text + " And more words follow here.")).get(0));
        assertTrue(ENCODER.load() > 0);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
