package dev.parallax.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnicodeNormalizerTest {

    private final UnicodeNormalizer normalizer = new UnicodeNormalizer();

    private void assertNormalizes(String in, String out) {
        assertEquals(out, normalizer.normalize(in).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "non-breaking space      | a\u00a0b              | a b",
            "narrow no-break space   | 5\u202f000            | 5 000",
            "em space and tab        | a\u2003\tb            | a b",
            "runs of spaces collapse | a    b                | a b",
            "zero-width dropped      | Lu\u200bkash\u200denko | Lukashenko",
            "soft hyphen dropped     | Luka\u00adshenko       | Lukashenko",
            "byte order mark dropped | \ufeffText            | Text",
            "em dash to en dash      | talks\u2014long       | talks\u2013long",
            "horizontal bar to dash  | a \u2015 b            | a \u2013 b",
            "non-breaking hyphen     | S\u2011400            | S-400",
            "minus sign              | \u22125               | -5",
            "NFKC ligature           | \ufb01nal             | final",
            "NFKC full-width digits  | \uff11\uff14%         | 14%",
            "ellipsis                | wait\u2026            | wait...",
            "edges stripped          | '  text  '            | text",
    })
    void normalizes(String what, String in, String out) {
        assertNormalizes(in, out);
    }

    @Test
    void quoteMarksStayQuoteMarks() {
        assertNormalizes("\u201cWe will not collapse,\u201d he said. \u2018Yes\u2019 \"no\" \u00abnon\u00bb",
                "\u201cWe will not collapse,\u201d he said. \u2018Yes\u2019 \"no\" \u00abnon\u00bb");
    }

    @Test
    void bracketedInsertionsAreUntouched() {
        assertNormalizes("the [air-defence] system", "the [air-defence] system");
    }

    @Test
    void flagEmojiAreDroppedAndReported() {
        UnicodeNormalizer.Normalized n = normalizer.normalize("\uD83C\uDDE7\uD83C\uDDF7\u201cToday was productive\u201d");
        assertEquals("\u201cToday was productive\u201d", n.text());
        assertEquals(List.of("\uD83C\uDDE7\uD83C\uDDF7"), n.dropped());
    }

    @Test
    void controlCharactersAreCountedAndDropped() {
        UnicodeNormalizer.Normalized n = normalizer.normalize("ab\u0000c\u0007d\u001b");
        assertEquals("abcd", n.text());
        assertEquals(3, n.controlCharacters());
    }

    @Test
    void carriageReturnIsNotJunk() {
        UnicodeNormalizer.Normalized n = normalizer.normalize("line\r");
        assertEquals("line", n.text());
        assertEquals(0, n.controlCharacters());
    }
}
