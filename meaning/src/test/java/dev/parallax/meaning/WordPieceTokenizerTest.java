package dev.parallax.meaning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our tokenizer against the Hugging Face one (through DJL) on the model's own tokenizer.json. */
class WordPieceTokenizerTest {
    private static WordPieceTokenizer ours;
    private static HuggingFaceTokenizer reference;

    /** Text news copy is made of, and the odd characters scraped copy carries. */
    static final List<String> TEXTS = List.of(
            "Russia has no plan to absorb Belarus, Putin said on Thursday.",
            "“Nobody is going to swallow anyone,” the Belarusian leader told reporters in Minsk.",
            "Trade reached $40.5 billion in 2023 — up 14% from a year earlier; troops remain 25 km away.",
            "Lukashenka’s aides met Aleksandr Lukashenko's envoy at the Palace of Independence (Minsk).",
            "Café owners in Zürich and São Paulo, naïve résumés, Œuvre, ﬁnance, Straße, İstanbul, ΣΊΣΥΦΟΣ.",
            "Лукашенко и Путин встретились в Минске 19 декабря.",
            "習近平 met 윤석열 and 岸田文雄 at the summit; 東京 and 서울 were named.",
            "tabs\tand\nnew lines\r\nand\u00a0no-break\u2009thin\u3000ideographic spaces",
            "zero\u0000width\u200bjoiner\u200dsoft\u00adhyphen\ufeffbom\ufffdreplacement and \u0085next line",
            "emoji 👍🏽 and math 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and arrows → ⇒ and © ™ ° ± × ÷ € £ ¥",
            "a".repeat(101) + " " + "b".repeat(100) + " supercalifragilisticexpialidocious antidisestablishmentarianism",
            "S-400/Iskander: \"absorbing\" vs 'swallowing' vs taking-over... [sic] {ok} <tag> a_b c~d e^f g|h `i`",
            "   ",
            "");

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(MiniLmSentenceEncoder.TOKENIZER_RESOURCE)) {
            ours = WordPieceTokenizer.read(in);
        }
        try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(MiniLmSentenceEncoder.TOKENIZER_RESOURCE)) {
            reference = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
        }
    }

    @AfterAll
    static void close() {
        reference.close();
    }

    @Test
    void givesTheHuggingFaceIds() {
        for (String text : TEXTS) {
            assertArrayEquals(reference.encode(text).getIds(), ours.encode(text, 512), text);
        }
    }

    @Test
    void cutsAfterMaxTokensKeepingTheEndMarker() {
        long[] full = ours.encode(TEXTS.get(2), 512);
        long[] cut = ours.encode(TEXTS.get(2), 8);
        assertEquals(8, cut.length);
        for (int i = 0; i < 7; i++) {
            assertEquals(full[i], cut[i]);
        }
        assertEquals(full[full.length - 1], cut[7]);
    }
}
