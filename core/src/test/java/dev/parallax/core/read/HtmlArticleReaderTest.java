package dev.parallax.core.read;

import static dev.parallax.core.read.ReadFixtures.onlyArticle;
import static dev.parallax.core.read.ReadFixtures.onlyProblem;
import static dev.parallax.core.read.ReadFixtures.read;
import static dev.parallax.core.read.ReadFixtures.readFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    @Test
    void semanticPageGivesTheArticleTextWithoutWidgets() {
        RawArticle article = onlyArticle(readFixture("html/semantic-article.html"));
        assertEquals(SourceFormat.HTML, article.format());
        assertEquals("""
                The two leaders met in the capital on Thursday.

                They agreed to hold the [air-defence] drills
                next year.

                The talks lasted four hours.""", article.text());
    }

    @Test
    void metadataComesFromTheHead() {
        RawArticle article = onlyArticle(readFixture("html/semantic-article.html"));
        assertEquals("Presidents agree on joint drills", article.title());
        assertEquals("https://courier.example/drills", article.url(), "canonical wins over og:url");
        assertEquals("Minsk Courier", article.outlet());
        assertEquals(OffsetDateTime.parse("2024-12-19T14:05+03:00"), article.published());
        assertEquals("A. Writer", article.byline());
        assertEquals("en", article.language());
    }

    @Test
    void withoutSemanticMarkupTheDensestParagraphBlockIsTheBody() {
        RawArticle article = onlyArticle(readFixture("html/plain-page.html"));
        assertEquals("""
                The first paragraph of the story is long enough to matter here.

                The second paragraph adds the detail that the prime ministers will meet.

                The third paragraph quotes the president at some length.""", article.text());
        assertEquals("Talks in Moscow", article.title());
        assertEquals(OffsetDateTime.parse("2024-04-12T00:00Z"), article.published(), "JSON-LD datePublished");
        assertNull(article.outlet());
        assertNull(article.url());
    }

    @Test
    void titleFromH1AndDateFromTimeElement() {
        RawArticle article = onlyArticle(readFixture("html/time-element.html"));
        assertEquals("Summit ends", article.title());
        assertEquals(OffsetDateTime.parse("2024-06-05T00:00Z"), article.published());
        assertEquals("Summit ends\n\n5 June\n\nThe summit ended.", article.text());
    }

    @Test
    void pageWithNoArticleTextIsAProblem() {
        onlyProblem(readFixture("html/script-only.html"), "no article text found in the HTML");
    }

    @Test
    void htmlContentIsRecognizedWhateverTheExtension() {
        RawArticle article = onlyArticle(read("saved.txt", "<!DOCTYPE html><html><body><p>Hello there.</p></body></html>"));
        assertEquals(SourceFormat.HTML, article.format());
        assertEquals("Hello there.", article.text());
    }

    @Test
    void aWrapperNamedLikeAWidgetIsKeptWhenItHoldsTheStory() {
        RawArticle article = onlyArticle(read("p.html", "<html><body><div class=\"layout has-sidebar\">"
                + "<p>The whole story sits in here.</p><p>Second paragraph.</p></div>"
                + "<div class=\"sidebar\"><p>Elsewhere</p></div></body></html>"));
        assertEquals("The whole story sits in here.\n\nSecond paragraph.", article.text());
    }
}
