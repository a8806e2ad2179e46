package dev.parallax.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.QuoteKind;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transcripts written for these tests in the forms governments print them. */
class TranscriptTurnExtractorTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static AnalyzedArticle analyze(String text) {
        return ANALYZER.analyze(new RawArticle("Test Office", null, null, OffsetDateTime.parse("2023-06-08T12:00:00Z"), null,
                null, text, SourceFormat.TEXT, "test"));
    }

    private static List<Quote> turns(AnalyzedArticle a) {
        return a.quotes().stream().filter(q -> q.kind() == QuoteKind.TRANSCRIPT).toList();
    }

    @Test
    void capitalLabelsGiveEveryPassageItsSpeaker() {
        AnalyzedArticle a = analyze("Rose Garden\n\n3:10 P.M. EDT\n\n"
                + "PRESIDENT BIDEN: Welcome, Prime Minister. We have a lot to talk about today.\n\n"
                + "We will start with trade and then turn to energy.\n\n"
                + "PRIME MINISTER SUNAK: Thank you, Joe. It is good to be back here.\n\n"
                + "Q Mr. President, will you visit London soon?\n\n"
                + "PRESIDENT BIDEN: Yes, I will.\n\n3:25 P.M. EDT");
        List<Quote> turns = turns(a);
        assertEquals(5, turns.size(), turns.toString());
        assertEquals("person:biden", turns.get(0).speakerId());
        assertEquals("Welcome, Prime Minister. We have a lot to talk about today.", turns.get(0).text());
        assertEquals("PRESIDENT BIDEN", turns.get(0).speaker());
        assertEquals("person:biden", turns.get(1).speakerId(), "the turn goes on in the next paragraph");
        assertEquals("person:sunak", turns.get(2).speakerId());
        assertNull(turns.get(3).speakerId());
        assertEquals("Q", turns.get(3).speaker());
        assertEquals("person:biden", turns.get(4).speakerId());
        // every sentence of a turn is a claim of that speaker
        for (Claim c : a.claims()) {
            if (c.text().contains("trade and then turn to energy")) {
                assertEquals("person:biden", c.speakerId());
                return;
            }
        }
        throw new AssertionError("no claim for the second paragraph: " + a.claims());
    }

    @Test
    void titleAndNameLabelsWithAnAside() {
        AnalyzedArticle a = analyze("President of Russia Vladimir Putin: Colleagues, we have held useful talks today.\n\n"
                + "President of China Xi Jinping (retranslated): Thank you, Mr President, for the warm welcome in Moscow.");
        List<Quote> turns = turns(a);
        assertEquals(List.of("person:putin", "person:xi"), turns.stream().map(Quote::speakerId).toList());
        assertTrue(turns.get(1).text().startsWith("Thank you"), turns.get(1).text());
    }

    @Test
    void labelsInOtherScripts() {
        AnalyzedArticle a = analyze("ПРЕЗИДЕНТ БАЙДЕН: Дякую всім, хто прийшов сьогодні.\n\nПРЕЗИДЕНТ ЗЕЛЕНСЬКИЙ: Дякую, пане "
                + "Президенте.");
        assertEquals(List.of("person:biden", "person:zelensky"), turns(a).stream().map(Quote::speakerId).toList());
    }

    @Test
    void nameAndFullStopLabelsWhenThePageUsesThemThroughout() {
        AnalyzedArticle a = analyze("July 3, 2023\n\nPrime Minister Kishida. I am glad to announce the agreement today.\n\n"
                + "We will keep working together.\n\nPresident Biden. Let me thank my friend first.");
        assertEquals(List.of("person:kishida", "person:kishida", "person:biden"),
                turns(a).stream().map(Quote::speakerId).toList());
    }

    @Test
    void aBracketedHeadingNamesTheSpeakerOfWhatFollows() {
        AnalyzedArticle a = analyze("Joint Press Conference\n\n[Opening Statement by Prime Minister Kishida]\n\n"
                + "I thank the President for inviting me.\n\nOur alliance has never been stronger.");
        assertEquals(List.of("person:kishida", "person:kishida"), turns(a).stream().map(Quote::speakerId).toList());
    }

    @Test
    void aHeadlineQuotingSomeoneIsNotATranscript() {
        AnalyzedArticle a = analyze("Putin: “We will meet again soon”\n\nThe Russian president spoke after the talks in Minsk.");
        assertTrue(turns(a).isEmpty(), a.quotes().toString());
    }

    @Test
    void aLabelOnALineOfItsOwn() {
        AnalyzedArticle a = analyze("PRESIDENT BIDEN:\n\nWe have a lot to talk about.\n\nPRIME MINISTER SUNAK:\n\nIndeed we do.");
        assertEquals(List.of("person:biden", "person:sunak"), turns(a).stream().map(Quote::speakerId).toList());
    }

    @Test
    void aHeadlineNamingItsSpeakerIsNotATurn() {
        AnalyzedArticle a = analyze("Putin: Talks With Minsk Went Well\n\nThe Russian president spoke after the talks.\n\n"
                + "Lukashenko: trade is the priority\n\nHe added that trade grew.");
        assertTrue(turns(a).isEmpty(), a.quotes().toString());
    }

    @Test
    void anArticleWithOneCapitalWordAndAColonIsNotATranscript() {
        AnalyzedArticle a = analyze("UPDATE: The talks resumed on Monday in Oslo.\n\nThe ministers met for two hours.");
        assertTrue(turns(a).isEmpty(), a.quotes().toString());
    }
}
