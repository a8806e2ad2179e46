package dev.parallax.core.clean;

import static dev.parallax.core.clean.BoilerplateLineFilterTest.lines;
import static dev.parallax.core.clean.BoilerplateLineFilterTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.Removal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineExtractorTest {

    private final DatelineExtractor extractor = new DatelineExtractor(CleaningRules.defaults().datelines(), 4);
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 12, 19);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "5 Apr. (EUROPE PRESS) –                  | -                 | 2022-04-05 | EUROPE PRESS",
            "MINSK, Dec 19 (Reuters) -                | MINSK             | 2022-12-19 | Reuters",
            "MOSCOW, June 5 (TASS) –                  | MOSCOW            | 2022-06-05 | TASS",
            "MOSCOW, June 5. /TASS/.                  | MOSCOW            | 2022-06-05 | TASS",
            "ST. PETERSBURG, Russia, July 23 (Reuters) - | 'ST. PETERSBURG, Russia' | 2022-07-23 | Reuters",
            "MINSK (Northline) -                      | MINSK             | -          | Northline",
            "15:14, 12 April                          | -                 | 2022-04-12 | -",
    })
    void readsEachDatelineStyle(String written, String place, LocalDate date, String agency) {
        DatelineExtractor.Result result = extractor.extract(lines(written + " The talks began."), PUBLISHED);
        if (written.startsWith("15:14")) {
            result = extractor.extract(lines(written, "The talks began."), PUBLISHED);
        }
        assertEquals(new Dateline(written, place, date, agency), result.dateline());
        assertEquals(List.of("The talks began."), texts(result.lines()));
        assertEquals(new Removal(written, "dateline", 1), result.removed());
    }

    @Test
    void aDatelineOnItsOwnLineIsRemovedWithItsLine() {
        DatelineExtractor.Result result = extractor.extract(lines("", "5 Apr. (EUROPE PRESS) –", "", "Body."), PUBLISHED);
        assertEquals(List.of("", "", "Body."), texts(result.lines()));
        assertEquals(2, result.removed().line());
    }

    @Test
    void aDecemberDatelineOnAJanuaryStoryBelongsToTheYearBefore() {
        assertEquals(LocalDate.of(2022, 12, 31), DatelineExtractor.resolve("Dec 31", LocalDate.of(2023, 1, 1)));
    }

    @Test
    void aYearlessDatelineTakesThePublicationYear() {
        assertEquals(LocalDate.of(2024, 4, 12),
                extractor.extract(lines("15:14, 12 April", "Body."), LocalDate.of(2024, 4, 12)).dateline().date());
        assertEquals(LocalDate.of(2023, 12, 19),
                extractor.extract(lines("MINSK, Dec 19 (Reuters) - Body."), LocalDate.of(2023, 12, 20)).dateline().date());
        assertEquals(LocalDate.of(2024, 4, 5),
                extractor.extract(lines("5 Apr. (EUROPE PRESS) – Body."), LocalDate.of(2024, 4, 6)).dateline().date());
    }

    @Test
    void aDecemberDatelineOnAJanuaryPublicationIsFromTheYearBefore() {
        DatelineExtractor.Result result = extractor.extract(lines("MINSK, Dec 19 (Reuters) - Body."), LocalDate.of(2025, 1, 3));
        assertEquals(LocalDate.of(2024, 12, 19), result.dateline().date());
        assertEquals(LocalDate.of(2024, 12, 30),
                extractor.extract(lines("15:14, 30 December", "Body."), LocalDate.of(2025, 1, 2)).dateline().date());
        assertEquals(LocalDate.of(2025, 1, 2),
                extractor.extract(lines("15:14, 2 January", "Body."), LocalDate.of(2025, 1, 2)).dateline().date());
    }

    @Test
    void anAgencyOrARegionIsNotTheDatelinePlace() {
        Dateline agency = extractor.extract(lines("5 Apr. (EUROPE PRESS) – Body."), PUBLISHED).dateline();
        assertNull(agency.place());
        assertEquals("EUROPE PRESS", agency.agency());
        Dateline asPlace = extractor.extract(lines("EUROPE PRESS (Madrid desk) – Body."), PUBLISHED).dateline();
        assertNull(asPlace.place());
        assertEquals("Madrid desk", asPlace.agency());
        Dateline region = extractor.extract(lines("EUROPE (Northline) - Body."), PUBLISHED).dateline();
        assertNull(region.place());
        assertEquals("Northline", region.agency());
        Dateline city = extractor.extract(lines("BRUSSELS, 5 Apr. (EUROPE PRESS) – Body."), PUBLISHED).dateline();
        assertEquals("BRUSSELS", city.place());
    }

    @Test
    void withoutAPublicationDateTheDayStaysUnknown() {
        DatelineExtractor.Result result = extractor.extract(lines("MINSK, Dec 19 (Reuters) - Body."), null);
        assertNull(result.dateline().date());
        assertEquals("Reuters", result.dateline().agency());
    }

    @Test
    void ordinaryOpeningsAreNotDatelines() {
        for (String opening : List.of("Minsk, the capital, was quiet (mostly) - until noon.",
                "The President of Russia said on 19 December (Monday) – that talks went well.",
                "15:14 was the time the talks began, 12 April")) {
            DatelineExtractor.Result result = extractor.extract(lines(opening), PUBLISHED);
            assertNull(result.dateline(), opening);
        }
    }

    @Test
    void onlyTheFirstLinesAreSearched() {
        DatelineExtractor.Result result = extractor.extract(
                lines("One.", "Two.", "Three.", "Four.", "MINSK, Dec 19 (Reuters) - Five."), PUBLISHED);
        assertNull(result.dateline());
    }
}
