package dev.parallax.core.read;

import static dev.parallax.core.read.ReadFixtures.readFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    @Test
    void goodLinesAreReadAndBadLinesNamedByNumber() {
        ReadResult result = readFixture("json/articles.jsonl");
        assertEquals(List.of("A", "B", "E"), result.articles().stream().map(RawArticle::outlet).toList());
        assertEquals(SourceFormat.JSON_LINES, result.articles().get(0).format());
        assertEquals(OffsetDateTime.parse("2024-12-19T10:00Z"), result.articles().get(0).published());
        assertEquals(OffsetDateTime.parse("2024-12-19T00:00Z"), result.articles().get(1).published());
        assertEquals(List.of(3, 4), result.problems().stream().map(ReadProblem::line).toList());
        assertTrue(result.problems().get(0).message().startsWith("line 3: not valid JSON"), result.problems().toString());
        assertTrue(result.problems().get(1).message().startsWith("line 4: the object has no \"text\""), result.problems().toString());
    }

    @Test
    void anUnreadableDateNamesItsLineAndKeepsTheArticle() {
        ReadResult result = ReadFixtures.read("a.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\", \"published\": \"soon\"}\n");
        assertEquals(2, result.articles().size());
        ReadProblem problem = ReadFixtures.onlyProblem(result, "line 2: the object: published \"soon\" is not a date");
        assertEquals(2, problem.line());
    }

    @Test
    void twoValuesOnALineIsAProblem() {
        ReadResult result = ReadFixtures.read("a.jsonl", "{\"text\": \"a\"} {\"text\": \"b\"}\n");
        ReadFixtures.onlyProblem(result, "line 1: more than one JSON value");
    }

    @Test
    void aLineThatIsNotAnObjectIsAProblem() {
        ReadFixtures.onlyProblem(ReadFixtures.read("a.ndjson", "[1, 2]\n"), "line 1: not a JSON object");
    }

    @Test
    void theSizeLimitAppliesToEachLine() {
        String small = "{\"text\": \"short\"}\n";
        String big = "{\"text\": \"" + "x".repeat(200) + "\"}\n";
        byte[] content = (small + big + small + small).getBytes(StandardCharsets.UTF_8);
        ReadResult result = ArticleReaders.read("a.jsonl", content, new ReadOptions(null, 100));
        assertEquals(3, result.articles().size());
        ReadProblem problem = ReadFixtures.onlyProblem(result, "larger than the 100 bytes limit (212 bytes)");
        assertEquals(2, problem.line());
    }
}
