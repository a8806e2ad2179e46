package dev.parallax.comparator.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an account's profile keeps to tell one meeting from another. */
class AccountProfileTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(dev.parallax.core.AnalyzerConfig.defaults());

    private static AnalyzedArticle account(String outlet, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, null, null, "en", text, SourceFormat.TEXT, outlet));
    }

    @Test
    void topicsOfTheTalksAreNoThingThatTellsOneMeetingFromAnother() {
        // a press conference on artificial intelligence and a readout on clean energy and climate change, both on AUKUS:
        // subjects that come up at many meetings must not dilute the alliance the two accounts share
        AccountProfile[] p = AccountProfile.of(List.of(
                account("Prime Minister's Office", "I met President Biden at his home today. We talked about AUKUS and about "
                        + "artificial intelligence."),
                account("Readout", "President Biden met Prime Minister Albanese of Australia today. The leaders welcomed progress "
                        + "on AUKUS, clean energy and climate change.")), 40);
        assertArrayEquals(new String[] {"org:aukus"}, p[0].things());
        assertArrayEquals(new String[] {"org:aukus"}, p[1].things());
    }
}
