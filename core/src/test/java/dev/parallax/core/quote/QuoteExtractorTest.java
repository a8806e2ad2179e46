package dev.parallax.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.core.entity.EntityLinker;
import dev.parallax.core.entity.Gazetteer;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.QuoteKind;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.segment.SentenceSegmenter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();
    private static final EntityLinker LINKER = new EntityLinker(Gazetteer.defaults());
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    static QuoteExtraction extract(String text) {
        List<Sentence> sentences = SEGMENTER.segment(text).sentences();
        return EXTRACTOR.extract(text, sentences, LINKER.link(sentences, LocalDate.of(2024, 12, 19)));
    }

    /** Asserts that {@code text} quotes {@code words} and gives them to {@code speakerId}. */
    static Quote assertQuote(String text, String words, String speakerId, QuoteKind kind) {
        List<Quote> quotes = extract(text).quotes();
        for (Quote q : quotes) {
            if (q.text().equals(words)) {
                assertEquals(speakerId, q.speakerId(), "speaker of: " + words);
                assertEquals(kind, q.kind());
                if (q.speakerStart() >= 0) {
                    assertEquals(q.speaker(), text.substring(q.speakerStart(), q.speakerEnd()));
                }
                return q;
            }
        }
        return fail("no quote '" + words + "' in " + quotes);
    }

    @Test
    void namedSpeakerAfterTheQuote() {
        assertQuote("“We will not give in,” Putin said.", "We will not give in", "person:putin", QuoteKind.DIRECT);
        assertQuote("\"Trade is growing,\" said Lukashenko.", "Trade is growing", "person:lukashenko", QuoteKind.DIRECT);
        assertQuote("«The border is calm», Peskov told reporters.", "The border is calm", "person:peskov", QuoteKind.DIRECT);
    }

    @Test
    void rolePhraseAndPronounSpeakers() {
        assertQuote("“We did not fall apart,” said the Belarusian president.", "We did not fall apart",
                "person:lukashenko", QuoteKind.DIRECT);
        assertQuote("Lavrov arrived late. “The talks were frank,” he said.", "The talks were frank", "person:lavrov",
                QuoteKind.DIRECT);
    }

    @Test
    void speakerBeforeAColon() {
        assertQuote("Lukashenko said: “Our armies train together.”", "Our armies train together.", "person:lukashenko",
                QuoteKind.DIRECT);
        assertQuote("Putin: “Nobody will swallow Belarus”", "Nobody will swallow Belarus", "person:putin", QuoteKind.DIRECT);
    }

    @Test
    void aQuoteSplitByItsAttributionIsOneQuote() {
        Quote q = assertQuote("“We will keep training together,” Putin said. “The drills will grow.”",
                "We will keep training together The drills will grow.", "person:putin", QuoteKind.DIRECT);
        assertEquals(0, q.start());
    }

    @Test
    void indirectSpeechWithItsSpeaker() {
        assertQuote("Putin said Moscow and Minsk will hold more exercises.", "Moscow and Minsk will hold more exercises",
                "person:putin", QuoteKind.INDIRECT);
        assertQuote("Lukashenko stressed that the alliance is firm.", "the alliance is firm", "person:lukashenko",
                QuoteKind.INDIRECT);
    }

    @Test
    void whatWasReportedStartsAfterThatAndEndsBeforeWhoRelayedIt() {
        assertQuote("Lukashenko told journalists at the palace late on Friday that the council had met, Northline has learned.",
                "the council had met", "person:lukashenko", QuoteKind.INDIRECT);
        assertQuote("“We stay open,” said Putin, adding that some doors remain shut: “Not all of them.”", "Not all of them.",
                "person:putin", QuoteKind.DIRECT);
    }

    @Test
    void peopleOutrankOrganizationsAndThatClausesOutrankNouns() {
        assertQuote("Lukashenko, who mediated with Wagner fighters, confirmed that Minsk was “taking charge” now.",
                "taking charge", "person:lukashenko", QuoteKind.DIRECT);
        assertQuote("Putin dismissed claims of an offensive and stated that the attack had failed.",
                "the attack had failed", "person:putin", QuoteKind.INDIRECT);
    }

    @Test
    void sourcingIsKept() {
        Quote q = assertQuote("“Thanks for coming,” the Russian president said, according to the Interfax news agency.",
                "Thanks for coming", "person:putin", QuoteKind.DIRECT);
        assertEquals("the Interfax news agency", q.sourcing());
        Quote t = assertQuote("TASS reported that Lukashenko said the drills were over.", "the drills were over",
                "person:lukashenko", QuoteKind.INDIRECT);
        assertEquals("TASS", t.sourcing());
    }

    @Test
    void unmatchedQuoteMarksGiveWarningsNotExceptions() {
        QuoteExtraction open = extract("Putin said: “We will win.\n\nThe talks ended.");
        assertFalse(open.warnings().isEmpty());
        QuoteExtraction close = extract("The harbour stayed shut” for the whole of the week.");
        assertFalse(close.warnings().isEmpty());
        assertTrue(close.quotes().stream().noneMatch(q -> q.kind() == QuoteKind.DIRECT), "no speaker, no quotation");
    }

    @Test
    void aQuotationMissingItsOpeningMarkIsReadFromItsSentenceStartWhenASpeakerFollows() {
        String text = "The ferry talks ended late. Our crossing deal was worth the long night”, declared Lukashenko "
                + "after the session, adding that more routes would follow.";
        Quote q = assertQuote(text, "Our crossing deal was worth the long night", "person:lukashenko", QuoteKind.DIRECT);
        assertEquals(text.indexOf("Our crossing"), q.start(), "no opening mark: the quotation starts with its words");
        assertEquals(text.indexOf("”") + 1, q.end());
        assertTrue(extract(text).warnings().stream().anyMatch(w -> w.contains("missing their opening quote mark")));
        // a quotation mark closing a lone word with no speaker after it is left alone
        assertTrue(extract("Ferries are back” in the bay, the harbour office wrote.").quotes().stream()
                .noneMatch(x -> x.kind() == QuoteKind.DIRECT));
    }

    @Test
    void wordsGivenToTwoPeopleNamedTogetherAreNotGivenToTheSecondAlone() {
        String text = "Lavrov and Lukashenko: “The river crossing will reopen in spring.”";
        Quote q = assertQuote(text, "The river crossing will reopen in spring.", "person:lavrov", QuoteKind.DIRECT);
        assertEquals("Lavrov and Lukashenko", q.speaker(), "the speaker's words name both");
        Quote said = assertQuote("“Grain keeps moving,” Lukashenko and Lavrov said.", "Grain keeps moving",
                "person:lukashenko", QuoteKind.DIRECT);
        assertEquals("Lukashenko and Lavrov", said.speaker());
        // one person named after another in a different role stays the only speaker
        assertQuote("At the talks with Lavrov, Lukashenko said: “The bridge is safe.”", "The bridge is safe.",
                "person:lukashenko", QuoteKind.DIRECT);
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneQuote() {
        List<Quote> quotes = extract("Lukashenko said: “The first part ends here.\n\n“The second part follows.”").quotes();
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("The first part ends here. The second part follows.", quotes.get(0).text());
    }

    @Test
    void twoSpeakersInOneSentenceEachKeepTheirQuote() {
        String text = "“The border stays open,” Putin said, and Lukashenko replied: “We will guard it together.”";
        assertQuote(text, "The border stays open", "person:putin", QuoteKind.DIRECT);
        assertQuote(text, "We will guard it together.", "person:lukashenko", QuoteKind.DIRECT);
        String after = "“Trade must grow,” said Putin. “It already does,” Lukashenko replied.";
        assertQuote(after, "Trade must grow", "person:putin", QuoteKind.DIRECT);
        assertQuote(after, "It already does", "person:lukashenko", QuoteKind.DIRECT);
        String reply = "Putin said the talks were “frank and long”, to which Lukashenko replied that they were “short enough”.";
        assertQuote(reply, "frank and long", "person:putin", QuoteKind.DIRECT);
        assertQuote(reply, "short enough", "person:lukashenko", QuoteKind.DIRECT);
        String answered = "“Will the drills go on?” Lavrov asked. “They will,” Peskov answered.";
        assertQuote(answered, "They will", "person:peskov", QuoteKind.DIRECT);
    }

    @Test
    void aDashBetweenQuoteAndAttributionStillAttributes() {
        assertQuote("“The allies stand together” – said Lukashenko.", "The allies stand together", "person:lukashenko",
                QuoteKind.DIRECT);
        assertQuote("“The allies stand together,” – Lukashenko said.", "The allies stand together", "person:lukashenko",
                QuoteKind.DIRECT);
        assertQuote("“The allies stand together” — the Belarusian president said.", "The allies stand together",
                "person:lukashenko", QuoteKind.DIRECT);
        assertQuote("“We trained – as agreed – with every unit,” Putin said.", "We trained – as agreed – with every unit",
                "person:putin", QuoteKind.DIRECT);
        assertQuote("“We decided – explained the head of the Kremlin – to hold more joint drills.”",
                "We decided to hold more joint drills.", "person:putin",
                QuoteKind.DIRECT);
    }

    @Test
    void aWithClauseNamingWhoIsSpeakingIsIndirectSpeech() {
        assertQuote("The two delegations also covered rail tariffs, with Lukashenko noting that the freight talks had "
                + "been put off twice.", "the freight talks had been put off twice", "person:lukashenko", QuoteKind.INDIRECT);
        assertQuote("Grain was on the agenda too, with the Belarusian leader adding that the harvest broke a record.",
                "the harvest broke a record", "person:lukashenko", QuoteKind.INDIRECT);
        assertQuote("The summit closed early, with Peskov saying that the next round would be held in Sochi.",
                "the next round would be held in Sochi", "person:peskov", QuoteKind.INDIRECT);
        assertTrue(extract("The summit closed early, with rain falling that evening over Minsk.").quotes().isEmpty(),
                "a with-clause without a speaker or a verb of saying is not speech");
    }

    @Test
    void scareQuotesWithoutASpeakerAreNotQuotations() {
        assertTrue(extract("Putin praised the “fraternal bond” between the two armies at the parade in Minsk.")
                .quotes().isEmpty());
        assertTrue(extract("The so-called “buffer zone” was not discussed, the agency wrote.").quotes().isEmpty());
        assertQuote("Lukashenko said the West wants to “break us apart” and will fail.", "break us apart",
                "person:lukashenko", QuoteKind.DIRECT);
        assertQuote("“Never.”", "Never.", null, QuoteKind.DIRECT);
        assertQuote("Officials described the drills as “a routine exercise of both armies” on Monday.",
                "a routine exercise of both armies", null, QuoteKind.DIRECT);
    }
}
