package dev.parallax.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The word-by-word scan for reporting verbs finds exactly what the pattern's {@code find()} finds. */
class ReportingVerbScanTest {
    private static final String[] PIECES = {"said", "Said", "SAYS", "unsaid", "said_", "said2", "told reporters",
            "told the media", "told", "pointed out", "pointed", "on Friday", "last week", "this", "that", ", that",
            " ", ",", ".", "Minsk", "Peskov", "noted", "notes", "emphasized", "emphasised", "emphasiszed",
            "acknowledged", "claims", "Über", "é", "-", "the talks", "stressed that"};

    @Test
    void scanMatchesFind() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(10);
            for (int p = 0; p < parts; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String sentence = text.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = QuoteExtractor.INDIRECT.matcher(sentence);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> actual = new ArrayList<>();
            for (MatchResult r : QuoteExtractor.reportingVerbs(sentence)) {
                actual.add(r.start() + ":" + r.group());
            }
            assertEquals(expected, actual, sentence);
        }
    }
}
