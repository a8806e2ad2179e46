package dev.parallax.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-12-19                      | 2024-12-19T00:00Z",
            "2024-12-19T14:05:00+03:00       | 2024-12-19T14:05+03:00",
            "2024-12-19T14:05:00Z            | 2024-12-19T14:05Z",
            "2024-12-19T14:05:00             | 2024-12-19T14:05Z",
            "2024-12-19 14:05                | 2024-12-19T14:05Z",
            "Thu, 19 Dec 2024 14:05:00 GMT   | 2024-12-19T14:05Z",
            "December 19, 2024               | 2024-12-19T00:00Z",
            "december 19, 2024               | 2024-12-19T00:00Z",
            "Dec 19, 2024                    | 2024-12-19T00:00Z",
            "19 December 2024                | 2024-12-19T00:00Z",
            "5 Apr 2024                      | 2024-04-05T00:00Z",
    })
    void readsTheShapesOutletsWrite(String input, String expected) {
        assertEquals(OffsetDateTime.parse(expected), PublishedDateParser.parse(input).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "2024-13-01", "2024-02-30", "19/12/2024", "December 32, 2024"})
    void refusesWhatItCannotRead(String input) {
        assertTrue(PublishedDateParser.parse(input).isEmpty());
    }
}
