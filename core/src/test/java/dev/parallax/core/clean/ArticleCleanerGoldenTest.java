package dev.parallax.core.clean;

import static dev.parallax.core.clean.CleaningGoldenFiles.assertCleans;

import org.junit.jupiter.api.Test;

/** Whole articles through the whole cleaner; each case is named for the noise it carries. */
class ArticleCleanerGoldenTest {

    @Test
    void agencyStoryWithCaptionsFollowLineAndDatelineOnItsOwnLine() {
        assertCleans("agency-caption-dateline");
    }

    @Test
    void wireStoryWithInlineDatelineBylineAndCopyright() {
        assertCleans("wire-dateline-footer");
    }

    @Test
    void agencyDatelineWithEmDashAndGluedWords() {
        assertCleans("tass-dateline-glued-words");
    }

    @Test
    void timeDatelineUnderTheHeadlineAndShareButtons() {
        assertCleans("time-dateline-share-buttons");
    }

    @Test
    void aggregatorPageWithSloganAdsCookiesAndOddCharacters() {
        assertCleans("aggregator-cookies-ads");
    }

    @Test
    void repeatedCaptionsAndSectionLabels() {
        assertCleans("duplicate-caption-labels");
    }

    @Test
    void hardWrappedPlainTextWithoutHeader() {
        assertCleans("hard-wrapped-plain-text");
    }
}
