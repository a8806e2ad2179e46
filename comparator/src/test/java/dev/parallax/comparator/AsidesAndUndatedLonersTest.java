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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Grouping with the real analyzer and sentence model: a person named once in passing is no main person of an
 * account, and an undated account is weighed by the account of an event it is closest to, not by the event's
 * mean. Every account here is written for this test.
 */
class AsidesAndUndatedLonersTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String published, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, published == null ? null : OffsetDateTime.parse(published + "T12:00:00Z"),
                null, null, text, SourceFormat.TEXT, outlet));
    }

    private static Set<Set<String>> events(ComparisonReport r) {
        return r.events().stream().map(e -> Set.copyOf(e.articles())).collect(Collectors.toSet());
    }

    @Test
    void leadersNamedInPassingDoNotKeepTwoAccountsOfOneMeetingApart() {
        // each account names the two leaders who met, and two other leaders once each, different ones: counted as main
        // people, those asides halve the people the two accounts share
        AnalyzedArticle report = account("Herald", "2031-03-11", "French President Emmanuel Macron received German Chancellor "
                + "Olaf Scholz at the Elysee on Tuesday for talks on a joint fighter jet and on power prices. Macron said the two "
                + "countries would pool their orders for the new aircraft. Scholz told reporters that Berlin wanted the first "
                + "prototype flying within four years. Macron added that both governments would cap industrial power tariffs next "
                + "winter. The chancellor also said Europe could not rely forever on Joe Biden's successors for its defence, and "
                + "Macron recalled that Rishi Sunak had once wanted to join the project. Scholz and Macron agreed to meet again in "
                + "the spring.");
        AnalyzedArticle digest = account("Digest", "2031-03-12", "Emmanuel Macron and Olaf Scholz used their talks on Tuesday to settle "
                + "two quarrels that had soured the relationship. On the warplane, the two sides will buy together, and Scholz wants "
                + "a prototype in the air quickly. On electricity, both capitals will limit what factories pay. Scholz said the "
                + "shadow of Vladimir Putin still hung over European energy markets, while cheap panels from Xi Jinping's China "
                + "undercut European makers. A further summit is planned before summer.");
        // the nearest look-alike: the same two leaders a month earlier, in Berlin, on the budget
        AnalyzedArticle february = account("Gazette", "2031-02-03", "German Chancellor Olaf Scholz hosted French President "
                + "Emmanuel Macron in Berlin on Monday. The two leaders discussed the budget of the European Union and the rules "
                + "for farm subsidies. Macron said the talks had been useful.");
        AnalyzedArticle rome = account("Wire", "2031-03-12", "Italian Prime Minister Giorgia Meloni met Polish President Andrzej "
                + "Duda in Rome on Wednesday to discuss grain imports and migration. Meloni said the talks were frank.");
        ComparisonReport r = Comparison.withDefaults().compare(Accounts.withOtherMeetings(AsidesAndUndatedLonersTest::account, report, digest, february, rome));
        assertEquals(Set.of(Set.of(report.id(), digest.id())), events(r), r.unassignedReasons().toString());
        // stays silent: the digest shares its leaders with the February meeting too, and is not taken into it
        assertTrue(r.unassigned().containsAll(List.of(february.id(), rome.id())), r.unassigned().toString());
    }

    @Test
    void anUndatedAccountJoinsTheEventOfTheOccasionItIsClosestTo() {
        // a visit told by its occasions: the talks twice, a week's listing, the state dinner, the arrival ceremony
        AnalyzedArticle talks = account("Wire", "2031-04-09", "President Joe Biden welcomed Japanese Prime Minister Fumio Kishida "
                + "to the White House on Wednesday and announced that the two allies would merge the planning of their forces under "
                + "a joint headquarters in Tokyo. Biden said a Japanese astronaut would fly on the next lunar landing. Kishida said "
                + "Japan would double the number of students it sends to American universities. The leaders also agreed to build a "
                + "high-speed rail line in Texas with Japanese trains.");
        AnalyzedArticle oval = account("Herald", "2031-04-09", "Fumio Kishida and Joe Biden met in the Oval Office on Wednesday. "
                + "Biden praised Japan for raising its defence spending, and Kishida promised closer work on microchips. At a press "
                + "conference afterwards, Kishida thanked Biden for the welcome.");
        AnalyzedArticle listing = account("Listing", "2031-04-10", "This week at the department. Secretary Antony Blinken travelled "
                + "to Cairo to discuss aid for refugees with Egyptian officials. On Wednesday, President Biden hosted Prime Minister "
                + "Kishida at the White House. The Treasury announced new sanctions on shipping firms. The department also marked a "
                + "week of exchanges for teachers from Africa, and the passport office opened two new centres.");
        AnalyzedArticle dinner = account("Tribune", "2031-04-10", "Guests at Wednesday's state dinner for Fumio Kishida dined on "
                + "miso-glazed salmon and cherry blossom ice cream in the East Room. Jill Biden chose spring flowers from both "
                + "countries for the tables, and a jazz pianist from Osaka played after the toasts. Joe Biden told the guests that "
                + "friendship between nations is built over meals like this one.");
        AnalyzedArticle arrival = account("Bulletin", "2031-04-09", "A nineteen-gun salute and a military band greeted Prime Minister "
                + "Fumio Kishida on the South Lawn on Wednesday morning. President Joe Biden and the First Lady stood with Kishida "
                + "and his wife as troops in ceremonial dress passed in review. Schoolchildren waved small flags of both countries "
                + "along the fence.");
        // undated, and about the talks only: close to the first report, far from the dinner, the parade and the listing
        AnalyzedArticle editorial = account("Editorial", null, "When Fumio Kishida sat down with Joe Biden, the most striking "
                + "promise was a joint headquarters that will merge the planning of both forces in Tokyo. A Japanese astronaut will "
                + "fly on a lunar landing, and Japanese trains will run on a new high-speed rail line in Texas. The alliance, long a "
                + "shield, is becoming a workshop.");
        // the nearest look-alike: undated too, one of the same leaders, another meeting
        AnalyzedArticle canberra = account("Letters", null, "Fumio Kishida and Australian Prime Minister Anthony Albanese agreed in "
                + "Canberra to ship hydrogen from Queensland to Japanese steel mills. Albanese said the deal would create thousands "
                + "of jobs, and Kishida promised Japanese investment in new ports.");
        ComparisonReport r = Comparison.withDefaults().compare(Accounts.withOtherMeetings(AsidesAndUndatedLonersTest::account, talks, oval, listing, dinner, arrival, editorial, canberra));
        assertEquals(Set.of(Set.of(talks.id(), oval.id(), listing.id(), dinner.id(), arrival.id(), editorial.id())), events(r),
                r.unassignedReasons().toString());
        // stays silent: the other undated meeting is close to no account of the visit, and its reason says so
        assertTrue(r.unassigned().contains(canberra.id()), r.unassigned().toString());
        assertTrue(r.unassignedReasons().get(canberra.id()).contains("too little in common"), r.unassignedReasons().toString());
    }
}
