package dev.parallax.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Speakers as government pages and wire stories name them, in sentences written for these tests. */
class RealShapesSpeakerTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static Quote quote(String text, String words) {
        AnalyzedArticle a = ANALYZER.analyze(new RawArticle("Test Outlet", null, null, null, null, null, text,
                SourceFormat.TEXT, "test"));
        return a.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError(words + " not in " + a.quotes()));
    }

    @Test
    void aPronounAfterAQuoteIsTheSubjectOfTheParagraphBefore() {
        Quote q = quote("Talks in Kyiv\n\nVolodymyr Zelensky noted that Joe Biden's visit was a strong signal of support.\n\n"
                + "“Thank you for coming, it means a great deal,” he said.", "Thank you for coming");
        assertEquals("person:zelensky", q.speakerId());
    }

    @Test
    void aParticipleOfSayingIntroducesTheQuotation() {
        Quote q = quote("Donald Trump defended the deal on Tuesday, saying the region \"has changed for good.\"",
                "has changed for good");
        assertEquals("person:trump", q.speakerId());
        // the person named last is the object, not the one saying it
        Quote object = quote("Donald Trump defended his deal with Kim Jong Un, saying the region \"has changed for good.\"",
                "has changed for good");
        assertEquals("person:trump", object.speakerId());
    }

    @Test
    void aColonClosingTheParagraphBeforeAQuotation() {
        Quote q = quote("Leaders met in Washington this month.\n\nAs President Biden stated:\n\n"
                + "“Our values are the source of our strength and of our alliance.”", "Our values are");
        assertEquals("person:biden", q.speakerId());
    }

    @Test
    void aTitleBeforeANameIsThatPersonsEvenWithoutADate() {
        Quote q = quote("The two countries signed a space agreement. Its goal is \"furthering exploration of the Moon,\" "
                + "said Secretary of State Antony Blinken in a statement.", "furthering exploration");
        assertEquals("person:blinken", q.speakerId());
    }
}
