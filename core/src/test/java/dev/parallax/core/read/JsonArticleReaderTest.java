package dev.parallax.core.read;

import static dev.parallax.core.read.ReadFixtures.onlyArticle;
import static dev.parallax.core.read.ReadFixtures.read;
import static dev.parallax.core.read.ReadFixtures.readFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArticleReaderTest {

    @Test
    void oneObjectWithEveryField() {
        RawArticle article = onlyArticle(readFixture("json/one-object.json"));
        assertEquals("Minsk Courier", article.outlet());
        assertEquals("https://courier.example/drills", article.url());
        assertEquals("Drills agreed", article.title());
        assertEquals(OffsetDateTime.parse("2024-12-19T00:00Z"), article.published());
        assertEquals("A. Writer", article.byline());
        assertEquals("en", article.language());
        assertEquals("The two leaders met.\n\nThey agreed on drills.", article.text());
        assertEquals(SourceFormat.JSON, article.format());
    }

    @Test
    void arrayKeepsTheGoodObjectsAndNamesTheBadOnes() {
        ReadResult result = readFixture("json/array.json");
        assertEquals(List.of("A", "Page Outlet"), result.articles().stream().map(RawArticle::outlet).toList());
        RawArticle fromHtml = result.articles().get(1);
        assertEquals("From html", fromHtml.title(), "the object's own title wins over the page's");
        assertEquals("Para one.\n\nPara two.", fromHtml.text());
        assertEquals(2, result.problems().size(), () -> result.problems().toString());
        assertTrue(result.problems().get(0).message().contains("item 1 has no \"text\" or \"html\""));
        assertEquals(3, result.problems().get(0).line());
        assertTrue(result.problems().get(1).message().contains("item 3 of the array is not an object"));
    }

    @Test
    void syntaxErrorKeepsWhatCameBefore() {
        ReadResult result = readFixture("json/broken.json");
        assertEquals(1, result.articles().size());
        assertEquals("Kept.", result.articles().get(0).text());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().startsWith("not valid JSON ("), result.problems().toString());
    }

    @Test
    void objectWithoutTextIsAProblem() {
        ReadResult result = read("a.json", "{\"outlet\": \"X\", \"title\": \"T\"}");
        assertEquals(List.of(), result.articles());
        ReadFixtures.onlyProblem(result, "has no \"text\" or \"html\" member");
    }

    @Test
    void htmlWithoutArticleTextIsAProblem() {
        ReadFixtures.onlyProblem(read("a.json", "{\"html\": \"<nav>Home</nav>\"}"), "the object has an \"html\" member with no article text");
    }

    @Test
    void scalarTopLevelIsAProblem() {
        ReadFixtures.onlyProblem(read("a.json", "\"just a string\""), "must be an article object or an array");
    }

    @Test
    void outletIsNullWhenNothingNamesIt() {
        assertNull(onlyArticle(read("a.json", "{\"text\": \"Body.\"}")).outlet());
    }

    @Test
    void numbersAndNullsInFieldsDoNotBreakReading() {
        RawArticle article = onlyArticle(read("a.json", "{\"title\": 42, \"byline\": null, \"text\": \"Body.\"}"));
        assertEquals("42", article.title());
        assertNull(article.byline());
    }
}
