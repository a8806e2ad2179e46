package dev.parallax.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    private static RawArticle of(String outlet, String text) {
        return new RawArticle(outlet, null, null, OffsetDateTime.parse("2024-12-19T12:00:00Z"), null, "en", text,
                SourceFormat.TEXT, "test");
    }

    @Test
    void linesAnOutletRepeatsAreLearnedFromTheBatchAndRemovedWithTheirReason() {
        String slogan = "Northline: the north, first";
        String footer = "Send us your tips at the newsroom desk";
        List<RawArticle> batch = List.of(
                of("Northline", slogan + "\n\nPutin met Lukashenko in Minsk on Thursday.\n\n" + footer),
                of("Northline", slogan + "\n\nThe council approved a budget of $2 billion.\n\nGrain prices rose.\n\n" + footer),
                of("Northline", "Lavrov arrived in Moscow.\n\n" + footer + "\n\nWeekly digest"),
                of("Northline", slogan + "\n\nThe drills lasted six days.\n\n" + footer),
                of("Border Daily", "Peskov spoke in Moscow.\n\n" + footer));
        ArticleAnalyzer learned = ANALYZER.learningFrom(batch);
        List<AnalyzedArticle> analyses = batch.stream().map(learned::analyze).toList();
        for (int i = 0; i < 4; i++) {
            AnalyzedArticle a = analyses.get(i);
            assertFalse(a.text().contains(footer), a.text());
            assertFalse(a.text().contains(slogan), a.text());
            assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("outlet-boilerplate") && r.text().equals(footer)),
                    a.removed().toString());
        }
        assertTrue(analyses.get(1).text().contains("Grain prices rose."), "one-off lines stay");
        assertTrue(analyses.get(2).text().contains("Weekly digest"), "one-off lines stay");
        assertTrue(analyses.get(4).text().contains(footer), "another outlet's repeated line is not learned for this one");
        assertEquals(ANALYZER.analyze(batch.get(4)).text(), analyses.get(4).text());
        assertTrue(ANALYZER.analyze(batch.get(0)).text().contains(footer), "nothing is learned without a batch");
        assertTrue(ANALYZER.learningFrom(List.of(batch.get(0))).analyze(batch.get(0)).text().contains(footer),
                "one article teaches nothing");
    }

    @Test
    void anArticleCleanedEarlierIsAnalyzedAsStoredWithoutCleaningItAgain() {
        String stored = "Border talks resume\n\nLavrov met Lukashenko in Minsk yesterday.\n\nSubscribe to the morning brief";
        var dateline = new dev.parallax.core.model.Dateline("MINSK, Dec 19 (Northline) -", "MINSK",
                java.time.LocalDate.parse("2024-12-19"), "Northline");
        var removed = List.of(new dev.parallax.core.model.Removal("Share this", "share-widget", 2));
        var cleaned = new dev.parallax.core.model.CleanedArticle(stored, removed, dateline, List.of("a stored warning"));

        AnalyzedArticle a = ANALYZER.analyze(of("Northline", "ignored raw text"), cleaned);

        assertEquals(stored, a.text(), "the cleaner does not run: a line a shared rule would drop stays");
        assertEquals(ArticleIds.of(stored), a.id());
        assertEquals(removed, a.removed());
        assertEquals(dateline, a.dateline());
        assertWarns(a, "a stored warning");
        assertTrue(a.mentions().stream().allMatch(m -> stored.substring(m.start(), m.end()).equals(m.surface())),
                "offsets point into the stored text");
        assertTrue(a.times().stream().anyMatch(t -> String.valueOf(t).contains("2024-12-18")),
                "relative times resolve against the stored dateline: " + a.times());
    }

    @Test
    void aYearlessDatelineTakesItsYearFromPublicationAndAnchorsRelativeTimes() {
        RawArticle january = new RawArticle("Test Wire", null, null, OffsetDateTime.parse("2025-01-03T09:00:00Z"), null,
                "en", "MINSK, Dec 19 (Northline) - Putin arrived yesterday for talks with Lukashenko.", SourceFormat.TEXT, "test");
        AnalyzedArticle a = ANALYZER.analyze(january);
        assertEquals(java.time.LocalDate.of(2024, 12, 19), a.dateline().date());
        assertEquals("MINSK", a.dateline().place());
        assertEquals(java.time.LocalDate.of(2024, 12, 18), a.times().stream()
                .filter(t -> t.surface().equals("yesterday")).findFirst().orElseThrow().from());
        RawArticle april = new RawArticle("Test Wire", null, null, OffsetDateTime.parse("2024-04-12T18:00:00Z"), null,
                "en", "15:14, 12 April\nLukashenko said the prime ministers would meet on 15 April.", SourceFormat.TEXT, "test");
        AnalyzedArticle b = ANALYZER.analyze(april);
        assertEquals(java.time.LocalDate.of(2024, 4, 12), b.dateline().date());
        assertEquals(java.time.LocalDate.of(2024, 4, 15), b.times().stream()
                .filter(t -> t.surface().contains("15 April")).findFirst().orElseThrow().from());
    }

    @Test
    void aYearlessDatelineOnAnUndatedArticleTakesAYearTheArticleNamesOrWarns() {
        String body = "9 Mar. (NORTHLINE) –\n\nThe rail envoys of Russia and Belarus met in Gomel on Tuesday. "
                + "Freight through Brest fell sharply yesterday, the envoys said.";
        RawArticle undated = new RawArticle("Test Wire", null, null, null, null, "en", body, SourceFormat.TEXT, "test");
        AnalyzedArticle none = ANALYZER.analyze(undated);
        assertNull(none.dateline().date());
        assertWarns(none, "names 9 March but no year");
        assertTrue(none.times().stream().allMatch(t -> t.from() == null), "relative times stay unresolved: " + none.times());

        AnalyzedArticle named = ANALYZER.analyze(undated.withText(body + " The corridor first opened in 2021."));
        assertEquals(java.time.LocalDate.of(2021, 3, 9), named.dateline().date());
        assertWarns(named, "the year taken from the latest year the article names");
        assertEquals(java.time.LocalDate.of(2021, 3, 8), named.times().stream()
                .filter(t -> t.surface().equals("yesterday")).findFirst().orElseThrow().from());
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
