package dev.parallax.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.core.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private void assertTokens(String text, String... expected) {
        assertEquals(List.of(expected), tokenizer.tokenize(text).stream().map(Token::text).toList());
    }

    private void assertNorms(String text, String... expected) {
        assertEquals(List.of(expected), tokenizer.tokenize(text).stream().map(Token::norm).toList());
    }

    @Test
    void keepsModelNamesNumbersAndHyphenatedWordsWhole() {
        assertTokens("S-400 and Su-24 cost $1.5 billion, 40,000 troops, twenty-five",
                "S-400", "and", "Su-24", "cost", "$", "1.5", "billion", ",", "40,000", "troops", ",", "twenty-five");
    }

    @Test
    void splitsPossessivesAndPercentSigns() {
        assertTokens("Putin’s visit, 98% support, don't", "Putin", "’s", "visit", ",", "98", "%", "support", ",", "don't");
    }

    @Test
    void normalizesCaseAccentsAndQuoteMarks() {
        assertNorms("«Lukašenka» “Kyiv” ‘x’ –", "\"", "lukasenka", "\"", "\"", "kyiv", "\"", "'", "x", "'", "-");
    }

    @Test
    void offsetsCountUtf16CharsIncludingEmoji() {
        String text = "🇧🇷Today Minsk";
        List<Token> tokens = tokenizer.tokenize(text);
        tokens.forEach(t -> assertEquals(t.text(), text.substring(t.start(), t.end())));
        assertEquals("Minsk", tokens.get(tokens.size() - 1).text());
    }
}
