package dev.parallax.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.Removal;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static RawArticle article(String title, String text) {
        return new RawArticle("Northline", null, title, OffsetDateTime.parse("2022-12-19T18:00:00+03:00"), null, "en",
                text, SourceFormat.TEXT, "test");
    }

    @Test
    void theTitleIsTheFirstParagraphOnce() {
        assertEquals("Drills agreed\n\nBody.", cleaner.clean(article("Drills agreed", "Drills agreed\n\nBody.")).text());
        assertEquals("Drills agreed\n\nBody.", cleaner.clean(article("Drills agreed", "Body.")).text());
        assertEquals("Drills agreed\n\nBody.", cleaner.clean(article("  Drills\u00a0agreed ", "DRILLS AGREED\nBody.")).text());
    }

    @Test
    void sectionLabelsAboveTheKnownHeadlineAreDropped() {
        CleanedArticle cleaned = cleaner.clean(article("Drills agreed", "Europe\n\nDrills agreed\n\nBody."));
        assertEquals("Drills agreed\n\nBody.", cleaned.text());
        assertEquals(List.of(new Removal("Europe", "before-headline", 1)), cleaned.removed());
    }

    @Test
    void withoutATitleAOneWordSectionAboveTheHeadlineIsDropped() {
        CleanedArticle cleaned = cleaner.clean(article(null, "Europe\n\nPutin thanks Lukashenko for joint work\n\nBody."));
        assertEquals("Putin thanks Lukashenko for joint work\n\nBody.", cleaned.text());
        assertEquals(List.of(new Removal("Europe", "section-label", 1)), cleaned.removed());
        assertEquals("Drills agreed\n\nBody text follows here.",
                cleaner.clean(article(null, "Drills agreed\n\nBody text follows here.")).text(), "a short headline stays");
        assertEquals("Minsk\n\nBody.", cleaner.clean(article(null, "Minsk\n\nBody.")).text());
    }

    @Test
    void sentencesAboveTheKnownHeadlineAreKept() {
        CleanedArticle cleaned = cleaner.clean(article("Drills agreed", "A full sentence comes first.\nDrills agreed\nBody."));
        assertEquals("Drills agreed\n\nA full sentence comes first.\n\nBody.", cleaned.text());
    }

    @Test
    void noTrailingSpacesAndParagraphsSeparatedByOneBlankLine() {
        String text = cleaner.clean(article(null, "First.   \n\n\n\nSecond.\t\n")).text();
        assertEquals("First.\n\nSecond.", text);
    }

    @Test
    void emptyTextIsAWarning() {
        CleanedArticle cleaned = cleaner.clean(article(null, " \n\n "));
        assertEquals("", cleaned.text());
        assertEquals(List.of("empty after cleaning: the article has no text"), cleaned.warnings());
        assertEquals(List.of("empty after cleaning: the article has no text"),
                cleaner.clean(article(null, null)).warnings());
    }

    @Test
    void onlyBoilerplateIsAWarning() {
        CleanedArticle cleaned = cleaner.clean(article(null, "Advertisement\nShare on Facebook\nSource link"));
        assertEquals("", cleaned.text());
        assertEquals(3, cleaned.removed().size());
        assertEquals(1, cleaned.warnings().size());
        assertTrue(cleaned.warnings().get(0).startsWith("only boilerplate: all 3 lines of the body were removed "
                + "(advertisement, share-widget, source-link)"), cleaned.warnings().toString());
    }

    @Test
    void binaryJunkIsAWarning() {
        CleanedArticle cleaned = cleaner.clean(article(null, "Talks\u0000 held\u0001.\n\u0002"));
        assertEquals("Talks held.", cleaned.text());
        assertTrue(cleaned.warnings().get(0).startsWith("binary junk: 3 control characters removed"));
    }

    @Test
    void anExtremelyLongLineIsKeptAndWarnedAbout() {
        String huge = "Lukashenko said the talks went well and Iskanderdelivered systems are ready ".repeat(70_000);
        CleanedArticle cleaned = cleaner.clean(article(null, "Headline\n" + huge));
        assertTrue(cleaned.text().length() > 5_000_000, "the text is kept");
        assertTrue(cleaned.text().contains("Iskander delivered"));
        assertEquals(1, cleaned.warnings().size());
        assertTrue(cleaned.warnings().get(0).startsWith("extremely long line: line 2 has "), cleaned.warnings().toString());
    }

    @Test
    void learnedOutletBoilerplateIsDroppedForThatOutletOnly() {
        CleaningRules rules = CleaningRules.defaults().withOutletBoilerplate("Northline",
                Set.of("stay with northline for updates"));
        ArticleCleaner learned = new ArticleCleaner(rules);
        CleanedArticle cleaned = learned.clean(article(null, "Body.\nStay with Northline for updates"));
        assertEquals("Body.", cleaned.text());
        assertEquals(List.of(new Removal("Stay with Northline for updates", "outlet-boilerplate", 2)), cleaned.removed());
        RawArticle other = article(null, "Body.\nStay with Northline for updates").withOutlet("Other");
        assertEquals("Body.\n\nStay with Northline for updates", learned.clean(other).text());
    }

    @Test
    void theDefaultCleanerLearnsNothing() {
        assertEquals(java.util.Map.of(), CleaningRules.defaults().outletBoilerplate());
    }

    @Test
    void aDatelineIsLiftedAfterTheHeadline() {
        CleanedArticle cleaned = cleaner.clean(article("Talks", "MINSK, Dec 19 (Northline) - Putin arrived."));
        assertEquals("Talks\n\nPutin arrived.", cleaned.text());
        assertEquals("Northline", cleaned.dateline().agency());
    }

    @Test
    void removalsAreInLineOrder() {
        CleanedArticle cleaned = cleaner.clean(article("Talks",
                "Share\nMINSK, Dec 19 (Northline) - Putin arrived.\nAdvertisement"));
        assertEquals(List.of(1, 2, 3), cleaned.removed().stream().map(Removal::line).toList());
    }

    @Test
    void randomTextNeverThrowsAndAlwaysComesOutTidy() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "ab Z.\n\n\t\u00a0\u2014\u200b\u0000-–:©/()[]\"“”PutinIskander\uD83C\uDDE7";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String title = random.nextBoolean() ? null : text.substring(0, Math.min(10, text.length()));
            CleanedArticle cleaned = cleaner.clean(article(title, text.toString()));
            String out = cleaned.text();
            assertTrue(!out.contains("\n\n\n") && !out.contains(" \n") && out.equals(out.strip()),
                    "round " + round + ": " + out);
        }
    }
}
