package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country's body named by its proper name in one account ("the Japan Self-Defense Forces") and described
 * generically in the other ("Japanese forces"), in statements aligned as the same; with the real analyzer and
 * sentence model, and the look-alikes that are no different naming. Every account here is written for this test.
 */
class BodyNamedDifferentlyTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2024-04-10T12:00:00Z"),
                null, null, text, SourceFormat.TEXT, outlet));
    }

    private static final String TALKS = "President Joe Biden and Prime Minister Fumio Kishida held talks at the White House on Wednesday. ";

    /** Two accounts of one decision, each saying who is to work together in its own words. */
    private static List<Discrepancy> named(String whoA, String whoB) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(
                account("Defense Bulletin", TALKS + "The two leaders agreed to overhaul how the alliance commands its troops, "
                        + "so that planning and exercises " + whoA + " can run more smoothly in peacetime and in a crisis. "
                        + "They also discussed a new air defense network."),
                account("Cabinet Office", TALKS + "The leaders agreed to upgrade the command and control of their troops "
                        + "so that planning and exercises " + whoB + " can run more smoothly. "
                        + "They also discussed closer work on air defense.")));
        return Accounts.discrepancies(r, DiscrepancyType.ENTITY).stream()
                .filter(d -> d.summary().startsWith("named differently")).toList();
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static void silent(String whoA, String whoB) {
        List<Discrepancy> found = named(whoA, whoB);
        assertTrue(found.isEmpty(), evidence(found));
    }

    @Test
    void aCountrysForcesDescribedAgainstTheirProperNameAreNamedDifferently() {
        List<Discrepancy> found = named("between U.S. and Japanese forces", "between U.S. forces and the Japan Self-Defense Forces");
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertTrue(ev.contains("Japanese forces") && ev.contains("Japan Self-Defense Forces"), ev);
    }

    /** The generic account says who in a second sentence that only goes on from the aligned one, or in one that does not. */
    private static List<Discrepancy> namedInTheNextSentence(String opener) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(
                account("Defense Bulletin", TALKS + "To deepen their security ties, the two leaders agreed to modernize how the alliance "
                        + "commands its troops. " + opener + " smoother drills by U.S. and Japanese forces in quiet times "
                        + "and in an emergency.\n\nThey also discussed a new air defense network."),
                account("Cabinet Office", TALKS + "To deepen our security ties, we agreed to modernize our command and control of troops "
                        + "so that U.S. forces and the Japan Self-Defense Forces can work together more closely.\n\n"
                        + "We also discussed closer work on air defense.")));
        return Accounts.discrepancies(r, DiscrepancyType.ENTITY).stream()
                .filter(d -> d.summary().startsWith("named differently")).toList();
    }

    @Test
    void theGenericInASentenceThatGoesOnFromTheAlignedOneIsNamedDifferently() {
        List<Discrepancy> found = namedInTheNextSentence("Doing so would allow");
        String ev = evidence(found);
        assertTrue(ev.contains("Japanese forces") && ev.contains("Japan Self-Defense Forces"), ev);
        // a sentence that starts a statement of its own is not read with the one before it
        List<Discrepancy> other = namedInTheNextSentence("Officials separately promised");
        assertTrue(other.isEmpty(), evidence(other));
    }

    @Test
    void theProperNameWrittenAfterItsHeadIsNamedDifferentlyToo() {
        List<Discrepancy> found = named("between Polish and Ukrainian forces", "between Polish troops and the Armed Forces of Ukraine");
        String ev = evidence(found);
        assertTrue(ev.contains("Ukrainian forces") && ev.contains("Armed Forces of Ukraine"), ev);
    }

    @Test
    void twoGenericDescriptionsAreNotNamedDifferently() {
        silent("between U.S. and Japanese forces", "between American and Japanese forces");
    }

    @Test
    void aPluralCoveringBothSidesIsNotNamedDifferently() {
        silent("between the two countries' forces", "between U.S. forces and the Japan Self-Defense Forces");
    }

    @Test
    void theShortFormOfTheProperNameIsNotNamedDifferently() {
        silent("between U.S. forces and the Self-Defense Forces", "between U.S. forces and the Japan Self-Defense Forces");
    }

    @Test
    void theSameWordsInLowerCaseAreNotNamedDifferently() {
        silent("between the U.S. and Korean coast guard", "between the U.S. and the Korea Coast Guard");
    }

    @Test
    void anotherCountrysForcesAreNotTheSameBodyNamedDifferently() {
        silent("between U.S. and Korean forces", "between U.S. forces and the Japan Self-Defense Forces");
    }

    @Test
    void anOutletThatNamesTheBodyProperlyElsewhereIsNotNamingItDifferently() {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(
                account("Defense Bulletin", TALKS + "The two leaders agreed to overhaul how the alliance commands its troops, "
                        + "so that planning and exercises between U.S. and Japanese forces can run more smoothly in peacetime and in a crisis. "
                        + "The Japan Self-Defense Forces will set up a joint operations command this year."),
                account("Cabinet Office", TALKS + "The leaders agreed to upgrade the command and control of their troops "
                        + "so that drills by U.S. forces and the Japan Self-Defense Forces can run more smoothly. "
                        + "They also discussed closer work on air defense.")));
        List<Discrepancy> found = Accounts.discrepancies(r, DiscrepancyType.ENTITY).stream()
                .filter(d -> d.summary().startsWith("named differently")).toList();
        assertTrue(found.isEmpty(), evidence(found));
    }
}
