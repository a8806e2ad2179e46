package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A handful of pages saved without any date, each about a different meeting of the same two leaders: the
 * commonest thing a user drops on Parallax. In a batch this small every two long accounts share words no third
 * one uses, so such words are no specifics of a story and must not join five meetings into one. Every account
 * here is written for this test.
 */
class UndatedMeetingsOfTheSameLeadersTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle page(String file, String text) {
        // no outlet, no date, no title: what a page saved as text is
        return ANALYZER.analyze(new RawArticle(null, null, null, null, null, null, text, SourceFormat.TEXT, file));
    }

    private static final AnalyzedArticle MINSK_WINTER = page("minsk-winter.txt", "Russian President Vladimir Putin arrived in Minsk "
            + "on December 19 for talks with Belarusian leader Alexander Lukashenko, his first trip to the Belarusian capital in more "
            + "than three years. The two presidents met at the Palace of Independence and later spoke to reporters. Putin said the "
            + "armies of both countries would keep holding joint drills and that Moscow had no wish to swallow its neighbour. "
            + "Lukashenko said Belarus would receive more air defence systems from Russia. Talks on gas prices for the coming year "
            + "were also on the agenda, officials said.");
    private static final AnalyzedArticle MINSK_WINTER_AGAIN = page("minsk-winter-wrap.txt", "Alexander Lukashenko welcomed "
            + "Vladimir Putin to Minsk on December 19, and the two men talked behind closed doors at the Palace of Independence for "
            + "several hours. Afterwards Putin told the press that Russia was not going to absorb anybody and that the two armies "
            + "would go on training together. Lukashenko thanked Moscow for its help with air defence. The leaders also discussed "
            + "the price Belarus will pay for Russian gas.");
    private static final AnalyzedArticle MOSCOW_SPRING = page("moscow-council.txt", "Vladimir Putin thanked Alexander Lukashenko "
            + "for their joint work on the security of both countries when the two leaders met in Moscow on 5 April, on the eve of a "
            + "session of the Supreme State Council of the Union State. Lukashenko asked for security guarantees in case of an attack "
            + "on Belarus. The council is to approve a common security concept next year, Putin said. Trade between the two "
            + "countries reached a record last year.");
    private static final AnalyzedArticle ST_PETERSBURG = page("st-petersburg.txt", "Two days of talks on regional security brought "
            + "Alexander Lukashenko to Vladimir Putin's home city of St. Petersburg. Putin told his guest that the Ukrainian counteroffensive "
            + "had failed. Lukashenko said the Wagner fighters who moved to Belarus were asking to go further west and that he was "
            + "keeping them in the centre of the country. The two leaders toured a naval base on Kotlin Island.");
    private static final AnalyzedArticle COSMONAUTICS = page("cosmonautics-day.txt", "Aleksandr Lukashenko, Belarus's president, said "
            + "on 12 April, speaking to the press inside the Kremlin walls, that Vladimir Putin had asked him to attend a session "
            + "of Russia's Security Council. The two presidents marked Cosmonautics Day together and met the crew that had just returned "
            + "from the space station, including a Belarusian cosmonaut. Lukashenko said Belarus would build its own satellites "
            + "with Russian help.");
    private static final AnalyzedArticle MINSK_SUMMER = page("minsk-fifth-term.txt", "Vladimir Putin flew to Minsk for his first "
            + "foreign visit since starting his fifth term, and Alexander Lukashenko welcomed his guest at the Palace of "
            + "Independence with an honour guard. The two leaders discussed the second stage of drills with tactical nuclear weapons, which Belarusian "
            + "units will join. Lukashenko thanked Putin for the help his army had received. They also talked about joint "
            + "projects in microelectronics.");

    private static Set<Set<String>> events(ComparisonReport r) {
        return r.events().stream().map(e -> Set.copyOf(e.articles())).collect(Collectors.toSet());
    }

    @Test
    void fiveUndatedMeetingsOfTwoLeadersStayApartWithTheirReasons() {
        List<AnalyzedArticle> pages = List.of(MINSK_WINTER, MOSCOW_SPRING, ST_PETERSBURG, COSMONAUTICS, MINSK_SUMMER);
        ComparisonReport r = Comparison.withDefaults().compare(pages);
        assertEquals(Set.of(), events(r), "five meetings, one account each: " + r.events());
        assertEquals(5, r.unassigned().size());
        for (AnalyzedArticle a : pages) {
            String why = r.unassignedReasons().get(a.id());
            assertTrue(why != null && why.startsWith("no date"), a.name() + ": " + why);
        }
    }

    @Test
    void twoUndatedAccountsOfOneOfThoseMeetingsStillMeet() {
        // stays together: the same day of the year, the same town and palace, the same statements in other words. (The
        // May visit to the same town is left out of this batch: with no day of its own, it is 0.42 to the December pages,
        // and an account alone joins an event from 0.4 up; see docs/evaluation.md, "The five seed articles".)
        ComparisonReport r = Comparison.withDefaults().compare(
                List.of(MINSK_WINTER, MINSK_WINTER_AGAIN, MOSCOW_SPRING, ST_PETERSBURG, COSMONAUTICS));
        assertEquals(Set.of(Set.of(MINSK_WINTER.id(), MINSK_WINTER_AGAIN.id())), events(r), r.unassignedReasons().toString());
    }
}
