package dev.parallax.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.core.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateLineFilterTest {

    private final BoilerplateLineFilter filter = new BoilerplateLineFilter(CleaningRules.defaults().boilerplate(), 600);

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "- Share on Facebook                                  | share-widget",
            "Share this article                                   | share-widget",
            "Facebook Twitter WhatsApp Email                      | share-widget",
            "Telegram                                             | share-widget",
            "Advertisement                                        | advertisement",
            "- Advertisement -                                    | advertisement",
            "This site uses cookies. By continuing to browse you agree to our use of cookies. | cookie-banner",
            "We use cookies to give you the best experience. Accept all | cookie-banner",
            "Accept all                                           | cookie-banner",
            "Leave a Reply                                        | comments",
            "Source link                                          | source-link",
            "Source: Riverbank Fans EU                            | source-credit",
            "Tags                                                 | tags",
            "Tags: Putin, Lukashenko, Minsk                       | tags",
            "follow:                                              | follow",
            "Follow us on Telegram                                | follow",
            "Follow the latest reports from the summit            | follow",
            "Follow our live coverage of the talks                | follow",
            "Read more                                            | read-more",
            "READ MORE: Minsk hosts summit of allies              | read-more",
            "Related articles                                     | read-more",
            "© 2024 Danube Evening Post. All Rights Reserved.     | copyright",
            "Copyright 2022 Northline                             | copyright",
            "Photo: Kremlin press service                         | photo-credit",
            "File - The two presidents in Minsk                   | photo-credit",
            "The two presidents in Minsk. REUTERS/Pool            | photo-credit",
            "Author: Marta Velasco                                | byline",
            "By Anna Kovalchuk                                    | byline",
            "Top News Across the World                            | slogan",
            "Markets Weather Sport                                | navigation",
            "'Home | World | Politics'                             | navigation",
            "Smiley face                                          | tracking-pixel",
            "\\                                                   | stray-symbols",
    })
    void knownBoilerplateHasAReason(String line, String reason) {
        assertEquals(reason, filter.reasonFor(line.strip(), null, Set.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Putin said the cookies served at the summit were from Minsk.",
            "Share prices in Moscow fell after the talks.",
            "The tags on the crates showed they came from Russia.",
            "Related to this, Lukashenko spoke of the economy.",
            "By Monday, the two sides had agreed on a truce.",
            "Follow-up talks are planned for next year.",
            "Read the full statement on the Kremlin website, Peskov said.",
            "Source: the statement did not name its source.",
            "Talks on Regional Security",
            "the [air-defence] system is on duty",
    })
    void articleTextIsKept(String line) {
        assertNull(filter.reasonFor(line, null, Set.of()));
    }

    @Test
    void outletBoilerplateIsMatchedIgnoringCaseAndSpacing() {
        assertEquals("outlet-boilerplate", filter.reasonFor("Stay  with NORTHLINE for updates", null,
                Set.of("stay with northline for updates")));
    }

    @Test
    void longLinesAreNeverBoilerplate() {
        String cookieParagraph = "We use cookies. Accept. " + "x".repeat(700);
        assertNull(filter.reasonFor(cookieParagraph, null, Set.of()));
    }

    @Test
    void aCaptionRepeatedWithItsCreditIsDroppedBothTimes() {
        BoilerplateLineFilter.Result result = filter.filter(lines(
                "Headline of the story",
                "The two leaders shake hands in the palace hall",
                "",
                "The two leaders shake hands in the palace hall – Pool picture",
                "Body text follows here."), null, Set.of(), Set.of());
        assertEquals(List.of("Headline of the story", "", "Body text follows here."), texts(result.kept()));
        assertEquals(List.of(new Removal("The two leaders shake hands in the palace hall", "duplicate-caption", 2),
                new Removal("The two leaders shake hands in the palace hall – Pool picture", "duplicate-caption", 4)),
                result.removed());
    }

    @Test
    void aRepeatedSentenceKeepsItsFirstCopy() {
        BoilerplateLineFilter.Result result = filter.filter(lines(
                "Headline",
                "The talks lasted three hours.",
                "The talks lasted three hours."), null, Set.of(), Set.of());
        assertEquals(List.of("Headline", "The talks lasted three hours."), texts(result.kept()));
        assertEquals(3, result.removed().get(0).line());
    }

    @Test
    void theHeadlineIsNeverDroppedAsADuplicate() {
        BoilerplateLineFilter.Result result = filter.filter(lines(
                "Putin meets Lukashenko",
                "Putin meets Lukashenko",
                "Body."), null, Set.of(), Set.of("putin meets lukashenko"));
        assertEquals(List.of("Putin meets Lukashenko", "Putin meets Lukashenko", "Body."), texts(result.kept()));
    }

    @Test
    void removalsCarryTheRawLineAndItsNumber() {
        List<Line> lines = List.of(new Line(1, "Body."), new Line(7, "Advertisement", "\u00a0Advertisement\u200b\r"));
        BoilerplateLineFilter.Result result = filter.filter(lines, null, Set.of(), Set.of());
        assertEquals(List.of(new Removal("\u00a0Advertisement\u200b", "advertisement", 7)), result.removed());
    }

    @Test
    void theOutletsMastheadAndTaglineAreSlogans() {
        assertEquals("slogan", filter.reasonFor("NewsPulse24", "newspulse24", Set.of()));
        assertEquals("slogan", filter.reasonFor("NewsPulse24 – News at the speed of now", "newspulse24", Set.of()));
        assertEquals("slogan", filter.reasonFor("NEWSPULSE24 | Your daily briefing", "newspulse24", Set.of()));
        assertNull(filter.reasonFor("NewsPulse24 has learned that the talks will resume.", "newspulse24", Set.of()));
        assertNull(filter.reasonFor("NewsPulse24 – News at the speed of now", "other outlet", Set.of()));
    }

    @Test
    void aSentenceRepeatedNextToAPhotoCreditIsACaption() {
        BoilerplateLineFilter.Result result = filter.filter(lines(
                "Headline",
                "Photo: Kremlin pool",
                "The two leaders at the Kremlin on Wednesday.",
                "The two leaders at the Kremlin on Wednesday.",
                "Body text follows here."), null, Set.of(), Set.of());
        assertEquals(List.of("Headline", "Body text follows here."), texts(result.kept()));
        assertEquals(List.of("photo-credit", "duplicate-caption", "duplicate-caption"),
                result.removed().stream().map(Removal::reason).toList());
    }

    @Test
    void whenTheTitleIsKnownTheFirstLineIsNotProtected() {
        BoilerplateLineFilter.Result result = filter.filter(lines(
                "The two leaders at the Kremlin on Wednesday",
                "The two leaders at the Kremlin on Wednesday",
                "Body."), null, Set.of(), Set.of("talks in moscow"));
        assertEquals(List.of("Body."), texts(result.kept()));
    }

    static List<Line> lines(String... texts) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Line(i + 1, texts[i]));
        }
        return out;
    }

    static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}
