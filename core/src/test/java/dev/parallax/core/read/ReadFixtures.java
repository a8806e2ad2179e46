package dev.parallax.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads fixtures under src/test/resources/read/ through the front door, as a user's file would be. */
final class ReadFixtures {
    private ReadFixtures() {}

    static byte[] bytes(String resource) {
        try (InputStream in = ReadFixtures.class.getResourceAsStream("/read/" + resource)) {
            assertNotNull(in, "missing fixture read/" + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult readFixture(String resource) {
        return ArticleReaders.read(resource, bytes(resource), ReadOptions.defaults());
    }

    static ReadResult read(String name, String content) {
        return ArticleReaders.read(name, content.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    }

    /** The one article of a result that must have read cleanly. */
    static RawArticle onlyArticle(ReadResult result) {
        assertEquals(java.util.List.of(), result.problems(), "problems");
        assertEquals(1, result.articles().size(), "articles");
        return result.articles().get(0);
    }

    /** The one problem of a result that must have failed, asserting its message mentions {@code words}. */
    static ReadProblem onlyProblem(ReadResult result, String words) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        ReadProblem problem = result.problems().get(0);
        assertTrue(problem.message().contains(words), () -> "\"" + problem.message() + "\" should mention \"" + words + "\"");
        return problem;
    }
}
