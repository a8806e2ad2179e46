package dev.parallax.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.Removal;
import dev.parallax.core.model.SourceFormat;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What real pages carry around their text (player remnants, banners, breadcrumbs...), in lines written for these tests. */
class RealPageNoiseTest {
    private final BoilerplateLineFilter filter = new BoilerplateLineFilter(CleaningRules.defaults().boilerplate(), 600);
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static RawArticle page(String title, String text) {
        return new RawArticle("Northline", null, title, null, null, null, text, SourceFormat.TEXT, "test");
    }

    private static boolean removedAs(CleanedArticle c, String reason, String text) {
        return c.removed().stream().anyMatch(r -> r.reason().equals(reason) && r.text().equals(text));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "please wait                                               | media-player",
            "Listen to this article · 3 min · AI-generated audio        | navigation",
            "No media source currently available                       | media-player",
            "The code has been copied to your clipboard.               | media-player",
            "0:00 0:03:12 0:00                                         | time-code",
            "1:05 12:40                                                | time-code",
            "Accessibility links                                       | accessibility",
            "Skip to main content                                      | accessibility",
            "Font size:                                                | accessibility",
            "Спеціальні потреби                                        | accessibility",
            "An official website of the United States government       | gov-banner",
            "Here's how you know                                       | gov-banner",
            "A .gov site belongs to an official agency of the republic | gov-banner",
            "Official website of the Ministry of Tides                 | gov-banner",
            "Home > World News                                         | breadcrumb",
            "News > Europe > Baltics                                   | breadcrumb",
            "Archive   /                                               | breadcrumb",
            "<Print>                                                   | print-share",
            "<Suggest To A Friend>                                     | print-share",
            "Stay Connected                                            | site-footer",
            "Scroll to Top Scroll to Top                               | site-footer",
            "Opt in to get text messages from the Governor.            | site-footer",
            "We'll be in touch with the latest news on the council.    | site-footer",
            "This is historical material “frozen in time”. The site is no longer updated. | archive-notice",
            "English English, Español Español                          | language-switcher",
            "[Provisional translation]                                 | translation-note",
            "For Immediate Release                                     | press-release",
            "(© A. Photographer/Wire Images)                           | photo-credit",
            "(Harbour Office)                                          | photo-credit",
            "BACA JUGA: Menteri bertemu di Oslo                        | read-more",
            "See also                                                  | read-more",
    })
    void pageChromeHasAReason(String line, String reason) {
        assertEquals(reason, filter.reasonFor(line.strip(), null, Set.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "(Applause.)",
            "(Laughter)",
            "(As interpreted.)",
            "The talks lasted 2:30 hours, officials said.",
            "Please wait for the final statement, the minister told reporters.",
            "Home ministers of both countries met on Monday.",
            "The archives of the ministry were opened to researchers in 1992.",
    })
    void textThatLooksLikeChromeIsKept(String line) {
        assertNull(filter.reasonFor(line, null, Set.of()));
    }

    @Test
    void theTitleOfAnEmbeddedClipGoesWithItsPlayer() {
        CleanedArticle c = cleaner.clean(page("Ministers meet in Oslo", "The ministers met in Oslo on Monday.\n\n"
                + "Oslo Talks Open in Rain\nplease wait\n\nNo media source currently available\n\n0:00 0:01:58 0:00\n\n"
                + "They agreed to meet again."));
        assertEquals("Ministers meet in Oslo\n\nThe ministers met in Oslo on Monday.\n\nThey agreed to meet again.", c.text());
        assertTrue(removedAs(c, "media-title", "Oslo Talks Open in Rain"), c.removed().toString());
        assertTrue(removedAs(c, "time-code", "0:00 0:01:58 0:00"));
    }

    @Test
    void aCaptionKeepsItsTextButNotTheCreditGluedToIt() {
        CleanedArticle c = cleaner.clean(page("Ministers meet in Oslo", "Two ministers shaking hands in Oslo (© A. Photographer/Wire)\n"
                + "(© A. Photographer/Wire)\n\nThe ministers met in Oslo on Monday. [ab/cd]"));
        assertEquals("Ministers meet in Oslo\n\nTwo ministers shaking hands in Oslo\n\nThe ministers met in Oslo on Monday.",
                c.text());
        assertTrue(removedAs(c, "photo-credit", "(© A. Photographer/Wire)"));
        assertTrue(removedAs(c, "editor-initials", "[ab/cd]"));
    }

    @Test
    void aShortLabelIsNotACaptionOfTheSentenceItOpens() {
        CleanedArticle c = cleaner.clean(page(null, "Ministry of Tides\n\nMinistry of Tides opened a new office in Oslo "
                + "on Monday, the minister said."));
        assertTrue(c.text().contains("opened a new office"), c.text());
        assertFalse(c.removed().stream().anyMatch(r -> r.text().startsWith("Ministry of Tides opened")));
    }

    @Test
    void aLineThatOnlyDatesThePageIsItsDateline() {
        CleanedArticle c = cleaner.clean(page("Talks in Oslo", "Talks in Oslo\n\nOctober 4, 2021, Government House, Oslo\n\n"
                + "The ministers met on Monday."));
        assertEquals(LocalDate.of(2021, 10, 4), c.dateline().date());
        assertEquals("Government House, Oslo", c.dateline().place());
        assertEquals("Talks in Oslo\n\nThe ministers met on Monday.", c.text());
        assertEquals(LocalDate.of(2022, 3, 21),
                cleaner.clean(page("Talks", "21.03.2022 18:04\n\nThe ministers met.")).dateline().date());
        assertEquals(LocalDate.of(2022, 3, 21),
                cleaner.clean(page("Talks", "2022-03-21 23:15\n\nThe ministers met.")).dateline().date());
        assertEquals(LocalDate.of(2022, 2, 20),
                cleaner.clean(page("Talks", "20 February 2022 - 12:16\n\nThe ministers met.")).dateline().date());
    }

    @Test
    void aHeadlinePrintedTwiceIsKeptOnce() {
        CleanedArticle c = cleaner.clean(page("Ministers meet in Oslo", "Ministers meet in Oslo\n\n4 October 2021 - 10:15\n\n"
                + "Ministers meet in Oslo\n\nThe ministers met on Monday."));
        assertEquals("Ministers meet in Oslo\n\nThe ministers met on Monday.", c.text());
        assertTrue(removedAs(c, "duplicate-headline", "Ministers meet in Oslo"), c.removed().toString());
    }

    @Test
    void aListingPageIsNamedInAWarning() {
        String items = "Press release - Ministers meet in Oslo\n\nThe foreign ministers of the two countries met in Oslo on Monday and agreed "
                + "to meet again before the end of the year in the capital.\n\nPress release - Trade fair opens in Bergen\n\nA trade fair "
                + "opened in Bergen on Tuesday with more than two hundred companies from twelve countries taking part.\n\n"
                + "Rail link approved by parliament\n\nThe parliament approved the new rail link on Wednesday after a long "
                + "debate about its cost and the route it will take through the hills.";
        CleanedArticle listing = cleaner.clean(page(null, items));
        assertTrue(listing.warnings().stream().anyMatch(w -> w.startsWith("listing page")), listing.warnings().toString());
        RawArticle index = new RawArticle("Northline", "https://gov.example/en/news/last?page=12", null, null, null, null,
                "The minister met the delegation in Oslo on Monday, the office said in a short statement.", SourceFormat.TEXT, "t");
        assertTrue(cleaner.clean(index).warnings().stream().anyMatch(w -> w.startsWith("listing page")));
        CleanedArticle story = cleaner.clean(page("Ministers meet in Oslo", "The foreign ministers met in Oslo on Monday and "
                + "agreed to meet again before the end of the year in the capital of the other country."));
        assertTrue(story.warnings().isEmpty(), story.warnings().toString());
        // the same shape with plain subheads is an article, not a listing
        CleanedArticle subheads = cleaner.clean(page(null, items.replace("Press release - ", "")));
        assertTrue(subheads.warnings().isEmpty(), subheads.warnings().toString());
    }

    @Test
    void everyRemovalIsListed() {
        CleanedArticle c = cleaner.clean(page(null, "Accessibility links\n\nHome > World\n\nThe ministers met on Monday.\n\n"
                + "<Print>"));
        assertEquals(3, c.removed().size(), c.removed().toString());
        assertEquals(new Removal("Home > World", "breadcrumb", 3), c.removed().get(1));
    }
}
