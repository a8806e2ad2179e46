package dev.parallax.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GluedWordSplitterTest {

    private final GluedWordSplitter splitter = new GluedWordSplitter(CleaningRules.defaults().knownNames(),
            CleaningRules.defaults().dictionary());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Missiles S-400 Iskanderdelivered direct  | Missiles S-400 Iskander delivered direct",
            "after the Kremlintalks.                  | after the Kremlin talks.",
            "Putinmet Lukashenko                      | Putin met Lukashenko",
            "Lukashenkothanked Putin                  | Lukashenko thanked Putin",
            "Moscowwarned; Minskagreed                | Moscow warned; Minsk agreed",
            "Russiaand Belarus                        | Russia and Belarus",
            "talks in the Kremlinon Wednesday         | talks in the Kremlin on Wednesday",
            "Wagnerfighters moved                     | Wagner fighters moved",
    })
    void splitsAKnownNameGluedToADictionaryWord(String in, String out) {
        assertEquals(out, splitter.split(in));
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', value = {
            "Minskresidents         | not a dictionary word",
            "Putinism               | a real word built on a name",
            "Russian Belarusian     | names with suffixes",
            "Putins                 | a one-letter rest is never split",
            "Kievan Rus             | a two-letter rest the dictionary does not list",
            "Kremlinology           | not a dictionary word",
            "kremlintalks           | the name is written in lower case",
            "IskanderDelivered      | the rest is not lower case",
            "Russians and Ukrainians | ordinary words",
    })
    void leavesUncertainCasesAsWritten(String in, String why) {
        assertEquals(in, splitter.split(in), why);
    }
}
