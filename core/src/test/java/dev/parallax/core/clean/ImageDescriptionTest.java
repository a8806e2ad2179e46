package dev.parallax.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A photo's description for readers who cannot see it (its alt text), scraped with the page as a paragraph of its
 * own: "Two women in raincoats stand under an umbrella". It tells what a picture shows, not what happened, and read
 * as text it became a statement only one outlet "carries". Lines written for this test.
 */
class ImageDescriptionTest {
    private final BoilerplateLineFilter filter = new BoilerplateLineFilter(CleaningRules.defaults().boilerplate(), 600);

    @ParameterizedTest
    @ValueSource(strings = {
            "A woman in a grey coat stands beside a podium with two flags.",
            "Two men in dark suits sit at a long table, facing each other across vases of white roses.",
            "Three soldiers in dress uniform walk along a red carpet. The tallest one is smiling. Behind them are guards.",
            "Two leaders shake hands in front of a row of flags.",
    })
    void aPhotosDescriptionIsNoText(String line) {
        assertEquals("image-description", filter.reasonFor(line, null, java.util.Set.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Two leaders held talks in Minsk on Friday and agreed on gas prices.",
            "Two leaders hold talks in Sochi as the loan deadline nears.",
            "A man who stood beside Putin said the talks had gone well.",
            "Two men sit on the council that oversees the union's budget.",
            "A woman stands accused of leaking the draft, \"and we will find out how\", the minister said.",
            "the two men sit down for talks on Friday, officials said.",
            "A woman stands accused of leaking the draft.",
            "Two officials stand ready to sign the accord next week.",
            "Two leaders sit down for talks in the Kremlin.",
    })
    void sentencesOfTheStoryStay(String line) {
        assertNull(filter.reasonFor(line, null, java.util.Set.of()));
    }
}
