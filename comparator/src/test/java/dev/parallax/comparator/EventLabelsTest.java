package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.comparator.report.ComparisonReport;
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
 * An event's label names where the meeting took place and who took part, as real coverage writes them: a
 * spokesman quoted in every account speaks of the meeting and is no participant; accounts in another language
 * are labelled with the leaders' names, not with a headline or "event"; a dateline's "The Kremlin, Moscow"
 * reads as a place in a sentence. Every account here is written for this test.
 */
class EventLabelsTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String published, String language, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse(published + "T12:00:00Z"), null, language, text,
                SourceFormat.TEXT, outlet));
    }

    private static String label(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return r.events().get(0).label();
    }

    @Test
    void aSpokesmanQuotedInEveryAccountIsNoParticipant() {
        String label = label(
                account("Wire", "2031-02-14", null, "Vladimir Putin received Alexander Lukashenko in Sochi on Friday for talks on "
                        + "gas prices. Kremlin spokesman Dmitry Peskov said the leaders would also discuss a joint air defence "
                        + "system. Peskov told reporters no documents would be signed."),
                account("Herald", "2031-02-14", null, "Alexander Lukashenko flew to Sochi to meet Vladimir Putin on Friday. The "
                        + "talks were expected to last several hours, Dmitry Peskov, the Kremlin's spokesman, said. Peskov added "
                        + "that the two presidents might go skiing."),
                account("Courier", "2031-02-15", null, "Putin and Lukashenko spent Friday in Sochi talking about gas and air "
                        + "defence. Dmitry Peskov said afterwards that the talks had been useful, and Peskov declined to give "
                        + "details."));
        assertEquals("Lukashenko and Putin in Sochi, 2031-02-14", label);
    }

    @Test
    void aMinisterWhoTookPartStaysInTheLabel() {
        // stays: a foreign minister who holds talks is a participant, not a voice
        String label = label(
                account("Wire", "2031-02-27", null, "Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Fidan in "
                        + "Moscow on Thursday. Lavrov said the two sides discussed grain shipments, and Fidan said Ankara "
                        + "wanted the talks to continue."),
                account("Herald", "2031-02-27", null, "Sergei Lavrov and Hakan Fidan held talks in Moscow on Thursday about "
                        + "grain. Fidan said Turkey was ready to mediate, and Lavrov thanked him."));
        assertEquals("Fidan and Lavrov in Moscow, 2031-02-27", label);
    }

    @Test
    void accountsInAnotherLanguageAreLabelledWithTheLeadersNames() {
        String label = label(
                account("Zeitung", "2031-04-21", "de", "Wladimir Putin und Alexander Lukaschenko haben sich am Montag in Minsk "
                        + "getroffen. Putin sagte, beide Länder würden ihre Zusammenarbeit vertiefen."),
                account("Rundschau", "2031-04-21", "de", "Putin und Lukaschenko sprachen am Montag in Minsk über Gaspreise. "
                        + "Lukaschenko sagte, das Treffen sei nützlich gewesen."));
        // published on the Monday the accounts name ("am Montag" is read as a weekday)
        assertEquals("Alexander Lukashenko and Vladimir Putin, 2031-04-21", label);
    }

    @Test
    void aDatelinesPlaceReadsAsAPlaceInASentence() {
        String label = label(
                account("Kremlin", "2031-05-06", null, "Talks with Alexander Lukashenko\n\nMay 6, 2031, The Kremlin, Moscow\n\nVladimir Putin held talks with Alexander "
                        + "Lukashenko. Putin said trade had grown."),
                account("Agency", "2031-05-06", null, "Meeting with Alexander Lukashenko\n\nMay 6, 2031, The Kremlin, Moscow\n\nAlexander Lukashenko met Vladimir Putin for "
                        + "talks on trade. Lukashenko said he was satisfied."));
        assertEquals("Lukashenko and Putin in the Kremlin, Moscow, 2031-05-06", label);
    }

    @Test
    void anAgencyDatelineIsWhereTheStoryWasFiledNotWhereTheOpeningPutsTheMeeting() {
        // a wire filed from its Moscow desk says in its first sentence that the talks are in Sochi
        String label = label(
                account("Wire", "2031-09-15", null, "MOSCOW, Sept 15 (Wire) - Alexander Lukashenko flew to Sochi on Monday for "
                        + "talks with Vladimir Putin on a new loan. The Kremlin said the talks would last several hours."),
                account("Herald", "2031-09-15", null, "Vladimir Putin received Alexander Lukashenko in Sochi on Monday and promised "
                        + "him a loan. Lukashenko thanked Putin for his support."),
                account("Courier", "2031-09-16", null, "The two presidents met in Sochi on Monday. Putin offered Lukashenko a loan "
                        + "and Lukashenko promised closer ties."));
        assertEquals("Lukashenko and Putin in Sochi, 2031-09-15", label);
    }

    @Test
    void aDatelineStandsWhenOnlyALaterSentenceNamesAnotherPlace() {
        // stays: the first sentence says nothing of where; a minister's trip to Kyiv further down is no venue of the meeting
        String label = label(
                account("Wire", "2031-09-12", null, "WASHINGTON, Sept 12 (Wire) - Joe Biden and Keir Starmer ended their talks on "
                        + "Friday without a decision on long-range missiles. The two foreign ministers had travelled to Kyiv "
                        + "earlier in the week to hear Ukraine's case."),
                account("Herald", "2031-09-12", null, "Joe Biden received Keir Starmer on Friday. Biden said Ukraine would prevail, "
                        + "and Starmer said the coming weeks would be decisive."));
        assertEquals("Biden and Starmer in Washington, 2031-09-12", label);
    }

    @Test
    void aDatelineNamingTheVenueTownStands() {
        // stays: "MINSK" and a meeting at the Palace of Independence agree (the palace lies in Minsk)
        String label = label(
                account("Wire", "2031-05-23", null, "MINSK, May 23 (Wire) - Vladimir Putin and Alexander Lukashenko held talks at "
                        + "the Palace of Independence on Friday about joint exercises."),
                account("Herald", "2031-05-23", null, "MINSK, May 23 (Herald) - Putin and Lukashenko met at the Palace of "
                        + "Independence on Friday and discussed joint exercises."),
                account("Courier", "2031-05-23", null, "Putin and Lukashenko met at the Palace of Independence on Friday and "
                        + "spoke about joint exercises."));
        assertEquals("Lukashenko and Putin in Minsk, 2031-05-23", label);
    }

    @Test
    void everyParticipantIsNamedTheSameWay() {
        // the accounts write "Lukashenko" alone but Putin only in full: the label names both by one word
        String label = label(
                account("Wire", "2031-06-09", null, "Vladimir Putin received Lukashenko in Sochi on Monday. Lukashenko asked "
                        + "Vladimir Putin for a loan."),
                account("Herald", "2031-06-09", null, "Lukashenko met Vladimir Putin in Sochi on Monday and spoke about the "
                        + "loan; Vladimir Putin agreed."));
        assertEquals("Lukashenko and Putin in Sochi, 2031-06-09", label);
    }
}
