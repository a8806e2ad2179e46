package dev.parallax.core.read;

import static dev.parallax.core.read.ReadFixtures.onlyArticle;
import static dev.parallax.core.read.ReadFixtures.onlyProblem;
import static dev.parallax.core.read.ReadFixtures.read;
import static dev.parallax.core.read.ReadFixtures.readFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class HeaderTextReaderTest {

    @Test
    void headerKeysAreCaseInsensitiveAndFillTheArticle() {
        RawArticle article = onlyArticle(readFixture("text/with-header.txt"));
        assertEquals("Minsk Courier", article.outlet());
        assertEquals("https://courier.example/talks", article.url());
        assertEquals("Two presidents agree on joint drills", article.title());
        assertEquals(OffsetDateTime.parse("2024-12-19T14:05Z"), article.published());
        assertEquals("Staff reporter", article.byline());
        assertEquals("en", article.language());
        assertEquals(SourceFormat.TEXT_WITH_HEADER, article.format());
        assertEquals("text/with-header.txt", article.source());
        assertEquals("The two leaders met in the capital on Thursday.\n\nThey agreed to hold joint exercises next year.",
                article.text());
    }

    @Test
    void textWithoutHeaderIsAllBodyAndTakesTheDefaultOutlet() {
        ReadResult result = ArticleReaders.read("no-header.txt", ReadFixtures.bytes("text/no-header.txt"),
                ReadOptions.defaults().withDefaultOutlet("Given Outlet"));
        RawArticle article = onlyArticle(result);
        assertEquals(SourceFormat.TEXT, article.format());
        assertEquals("Given Outlet", article.outlet());
        assertNull(article.title());
        assertEquals(true, article.text().startsWith("The two leaders met"));
        assertEquals(true, article.text().contains("status: unclear\n---\nA horizontal rule"));
    }

    @Test
    void missingOutletIsLeftForStorageToDecide() {
        RawArticle article = onlyArticle(read("a.txt", "title: Only a title\n---\nBody."));
        assertNull(article.outlet());
        assertEquals("Only a title", article.title());
        assertEquals("Body.", article.text());
    }

    @Test
    void windowsLineEndingsBecomeNewlines() {
        RawArticle article = onlyArticle(read("a.txt", "outlet: X\r\n---\r\nOne.\r\n\r\nTwo.\r\n"));
        assertEquals("One.\n\nTwo.", article.text());
    }

    @Test
    void aHeaderOfUnknownKeysOnlyIsText() {
        RawArticle article = onlyArticle(read("a.txt", "Note: draft\n---\nBody."));
        assertEquals(SourceFormat.TEXT, article.format());
        assertEquals("Note: draft\n---\nBody.", article.text());
    }

    @Test
    void unreadableDateIsReportedButTheArticleIsKept() {
        ReadResult result = readFixture("text/bad-date.txt");
        onlyProblem(result, "published \"the day after tomorrow\" is not a date");
        assertEquals(1, result.articles().size());
        assertNull(result.articles().get(0).published());
        assertEquals("Talks were held.", result.articles().get(0).text());
    }

    @Test
    void headerWithoutBodyIsAProblem() {
        ReadResult result = readFixture("text/header-only.txt");
        onlyProblem(result, "no article text");
        assertEquals(0, result.articles().size());
    }

    @Test
    void latin1FileIsRefusedWithTheBytePosition() {
        onlyProblem(readFixture("text/latin1.txt"), "not valid UTF-8 at byte 11");
    }

    @Test
    void byteOrderMarkIsNotText() {
        byte[] withBom = ("\uFEFFoutlet: X\n---\nBody.").getBytes(StandardCharsets.UTF_8);
        RawArticle article = onlyArticle(ArticleReaders.read("a.txt", withBom, ReadOptions.defaults()));
        assertEquals("X", article.outlet());
    }
}
