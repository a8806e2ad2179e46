package dev.parallax.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class WordAlternationTest {
    private static final WordAlternation VERBS = WordAlternation.of(
            "said|says|say|told|emphasi[sz]ed|pointed\\s+out|told\\s+reporters|noted", "\\b(?:\\s*,?\\s+that\\b)?");
    private static final String[] PIECES = {"said", "SAID", "Says", "say", "sayings", "unsaid", "said_", "said9", "told",
            "told reporters", "TOLD  Reporters", "emphasised", "emphasized", "emphasiszed", "pointed", "pointed out",
            "noted", "noted, that", "notedly", "that", " ", " ", ",", ".", "-", "“", "é", "\u0301", "ſaid", "Peskov",
            "x", "_", "9"};

    @Test
    void findsWhatFindFinds() {
        Random random = new Random(3);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = VERBS.pattern().matcher(s);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = new ArrayList<>();
            for (MatchResult r : VERBS.findAll(s)) {
                actual.add(r.start() + "-" + r.end());
            }
            assertEquals(expected, actual, s);
            assertEquals(!expected.isEmpty(), VERBS.find(s), s);
            MatchResult first = VERBS.first(s);
            assertEquals(expected.isEmpty() ? null : expected.get(0),
                    first == null ? null : first.start() + "-" + first.end(), s);
        }
    }

    @Test
    void refusesAnAlternativeThatDoesNotOpenWithThreeLetters() {
        assertThrows(IllegalArgumentException.class, () -> WordAlternation.of("said|[’']ll", "\\b"));
        assertThrows(IllegalArgumentException.class, () -> WordAlternation.of("sa[iy]d", "\\b"));
        assertThrows(IllegalArgumentException.class, () -> WordAlternation.of("said|he", "\\b"));
    }
}
