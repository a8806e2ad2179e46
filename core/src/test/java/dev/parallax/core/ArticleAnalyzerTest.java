package dev.parallax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {
    static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    static RawArticle article(String text) {
        return new RawArticle("Test Wire", null, null, OffsetDateTime.parse("2024-12-19T12:00:00Z"), null, "en", text,
                SourceFormat.TEXT, "test");
    }

    static AnalyzedArticle analyze(String text) {
        return ANALYZER.analyze(article(text));
    }

    private static void assertWarns(AnalyzedArticle a, String fragment) {
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains(fragment)), "warnings " + a.warnings() + " lack " + fragment);
    }

    @Test
    void idIsTheHashOfTheCleanedText() {
        AnalyzedArticle a = analyze("Putin met Lukashenko in Minsk.");
        assertEquals(ArticleIds.of(a.text()), a.id());
        assertFalse(a.mentions().isEmpty());
    }

    @Test
    void emptyTextGivesAnEmptyAnalysisWithAWarning() {
        AnalyzedArticle a = analyze("");
        assertTrue(a.sentences().isEmpty());
        assertFalse(a.warnings().isEmpty());
        AnalyzedArticle nullText = ANALYZER.analyze(article(null));
        assertFalse(nullText.warnings().isEmpty());
        assertFalse(ANALYZER.analyze(null).warnings().isEmpty());
    }

    @Test
    void onlyBoilerplateGivesAWarningNotACrash() {
        AnalyzedArticle a = analyze("Share on Facebook\n\nAdvertisement\n\n© 2024 Some Site. All rights reserved.");
        assertNotNull(a.id());
        assertTrue(a.claims().isEmpty(), a.claims().toString());
    }

    @Test
    void fiveMegabytesOnOneLineIsCutWithAWarning() {
        StringBuilder b = new StringBuilder(5_000_000);
        Random r = new Random(7);
        while (b.length() < 5_000_000) {
            b.append("Putin said ").append(r.nextInt(1000)).append(" words and more words without end ");
        }
        AnalyzedArticle a = analyze(b.toString());
        assertWarns(a, "very long sentence");
        assertTrue(a.sentences().size() > 1000);
    }

    @Test
    void binaryJunkGivesAWarning() {
        byte[] bytes = new byte[4000];
        new Random(1).nextBytes(bytes);
        AnalyzedArticle a = analyze(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertWarns(a, "binary");
    }

    @Test
    void cyrillicAndRightToLeftTextInsideEnglishGiveWarnings() {
        AnalyzedArticle cyr = analyze("Putin met Лукашенко in Minsk on Friday.");
        assertWarns(cyr, "Cyrillic");
        assertTrue(cyr.mentions().stream().anyMatch(m -> m.entityId().equals("place:minsk")));
        AnalyzedArticle rtl = analyze("The banner read \u0627\u0644\u0633\u0644\u0627\u0645 as Putin arrived in Minsk.");
        assertWarns(rtl, "right-to-left");
    }

    @Test
    void unmatchedQuoteMarksGiveAWarning() {
        AnalyzedArticle a = analyze("Putin said: “We will never give up.\n\nLukashenko agreed” and left Minsk.");
        assertWarns(a, "quote mark");
        assertFalse(a.claims().isEmpty());
    }

    @Test
    void oneAnalyzerServesManyThreads() throws Exception {
        String text = "Belarusian President Alexander Lukashenko met Vladimir Putin in Minsk on Friday. "
                + "The Kremlin said the S-400 systems would arrive.";
        AnalyzedArticle expected = analyze(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> analyze(text)));
            }
            for (Future<AnalyzedArticle> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
