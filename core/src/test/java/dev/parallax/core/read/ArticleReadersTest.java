package dev.parallax.core.read;

import static dev.parallax.core.read.ReadFixtures.onlyArticle;
import static dev.parallax.core.read.ReadFixtures.onlyProblem;
import static dev.parallax.core.read.ReadFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.SourceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReadersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a.txt       | Body text.                                        | TEXT",
            "a.TEXT      | Body text.                                        | TEXT",
            "noextension | Body text.                                        | TEXT",
            "a.htm       | <p>Body text.</p>                                 | HTML",
            "a.txt       | <html><body><p>Body text.</p></body></html>       | HTML",
            "a.json      | {\"text\": \"Body text.\"}                        | JSON",
            "a.jsonl     | {\"text\": \"Body text.\"}                        | JSON_LINES",
            "a.ndjson    | {\"text\": \"Body text.\"}                        | JSON_LINES",
            "upload.dat  | <!doctype html><p>Body text.</p>                  | HTML",
            "upload.dat  | [{\"text\": \"Body text.\"}]                      | JSON",
            "upload.dat  | Body text.                                        | TEXT",
    })
    void picksTheReaderByNameAndContent(String name, String content, SourceFormat expected) {
        RawArticle article = onlyArticle(read(name, content));
        assertEquals(expected, article.format());
        assertEquals("Body text.", article.text());
    }

    @Test
    void unknownExtensionWithBinaryContentIsUnknownFormat() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        onlyProblem(ArticleReaders.read("photo.png", png, ReadOptions.defaults()), "unknown format");
    }

    @Test
    void emptyInputIsAProblem() {
        onlyProblem(ArticleReaders.read("a.txt", new byte[0], ReadOptions.defaults()), "empty input");
        onlyProblem(read("a.txt", " \n\t\n"), "empty input");
        onlyProblem(ArticleReaders.read("a.txt", null, ReadOptions.defaults()), "empty input");
    }

    @Test
    void inputOverTheLimitIsRefusedWithItsSize() {
        byte[] big = "x".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        onlyProblem(ArticleReaders.read("a.txt", big, ReadOptions.defaults()),
                "larger than the 2 MB limit (3145728 bytes)");
    }

    @Test
    void invalidUtf8NamesTheByte() {
        byte[] content = {'a', 'b', 'c', (byte) 0xC3, 'x'};
        onlyProblem(ArticleReaders.read("a.txt", content, ReadOptions.defaults()), "not valid UTF-8 at byte 3");
    }

    @Test
    void problemsNameTheirSource() {
        ReadProblem problem = onlyProblem(read("uploads/a.json", "{\"title\": \"x\"}"), "has no");
        assertEquals("uploads/a.json", problem.source());
        assertEquals("input", onlyProblem(ArticleReaders.read(null, new byte[0], null), "empty").source());
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderSkippingNonArticles(@TempDir Path dir) throws IOException {
        write(dir.resolve("tass/b.txt"), "title: Second\n---\nA folder names no outlet.");
        write(dir.resolve("tass/a.txt"), "outlet: Named Outlet\n---\nThe header names the outlet.");
        write(dir.resolve("belta/c.json"), "{\"text\": \"A JSON article in a folder.\"}");
        write(dir.resolve("belta/expected.json"), "{\"expected\": true}");
        write(dir.resolve("belta/index.txt"), "not an article");
        write(dir.resolve("README.md"), "notes");
        write(dir.resolve(".hidden/secret.txt"), "hidden");
        write(dir.resolve("tass/.draft.txt"), "hidden");

        ReadResult result = ArticleReaders.readPaths(List.of(dir), ReadOptions.defaults());
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(dir.resolve("belta/c.json").toString(), dir.resolve("tass/a.txt").toString(),
                dir.resolve("tass/b.txt").toString()), result.articles().stream().map(RawArticle::source).toList());
        assertEquals(java.util.Arrays.asList(null, "Named Outlet", null), result.articles().stream().map(RawArticle::outlet).toList());
    }

    @Test
    void theDefaultOutletNamesTheOutletOfFilesInAFolder(@TempDir Path dir) throws IOException {
        write(dir.resolve("tass/a.txt"), "Body.");
        ReadResult result = ArticleReaders.readPaths(List.of(dir), ReadOptions.defaults().withDefaultOutlet("Flag"));
        assertEquals("Flag", onlyArticle(result).outlet());
    }

    @Test
    void aGivenFileIsReadEvenWithANameSkippedInFolders(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("reuters/index.txt"), "Body.");
        RawArticle article = onlyArticle(ArticleReaders.readPaths(List.of(file), ReadOptions.defaults()));
        assertEquals(null, article.outlet());
        assertEquals(file.toString(), article.source());
    }

    @Test
    void missingAndUnreadableFilesAreProblemsNamingTheFile(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nope.txt");
        Path good = write(dir.resolve("x/good.txt"), "Body.");
        ReadResult result = ArticleReaders.readPaths(List.of(missing, good), ReadOptions.defaults());
        assertEquals(1, result.articles().size());
        ReadProblem problem = onlyProblem(result, "no such file");
        assertEquals(missing.toString(), problem.source());
    }

    @Test
    void oversizedFileIsRefusedBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("x/big.txt"), "y".repeat(500));
        ReadResult result = ArticleReaders.readPaths(List.of(file), new ReadOptions(null, 100));
        assertTrue(onlyProblem(result, "larger than the 100 bytes limit (500 bytes)").source().endsWith("big.txt"));
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
