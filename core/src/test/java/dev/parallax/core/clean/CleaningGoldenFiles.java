package dev.parallax.core.clean;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.model.Removal;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Golden files under src/test/resources/clean/&lt;case&gt;/:
 * <ul>
 *   <li>input.txt: the article as an outlet's page gave it (text with header)</li>
 *   <li>expected.txt: the cleaned text</li>
 *   <li>expected-removals.txt: one removal a line, {@code line<TAB>reason<TAB>text}</li>
 *   <li>expected-dateline.txt (optional): {@code text<TAB>place<TAB>date<TAB>agency}, "-" for null</li>
 *   <li>expected-warnings.txt (optional): one warning a line</li>
 * </ul>
 */
final class CleaningGoldenFiles {
    private CleaningGoldenFiles() {}

    static void assertCleans(String caseName) {
        CleanedArticle cleaned = clean(caseName);
        String dir = caseName + "/";
        String expectedDateline = optional(dir + "expected-dateline.txt");
        String expectedWarnings = optional(dir + "expected-warnings.txt");
        assertAll(caseName,
                () -> assertEquals(stripFinalNewline(required(dir + "expected.txt")), cleaned.text(), "cleaned text"),
                () -> assertEquals(stripFinalNewline(required(dir + "expected-removals.txt")),
                        removals(cleaned.removed()), "removals"),
                () -> assertEquals(expectedDateline == null ? null : stripFinalNewline(expectedDateline),
                        dateline(cleaned.dateline()), "dateline"),
                () -> assertEquals(expectedWarnings == null ? "" : stripFinalNewline(expectedWarnings),
                        String.join("\n", cleaned.warnings()), "warnings"));
    }

    static CleanedArticle clean(String caseName) {
        byte[] input = required(caseName + "/input.txt").getBytes(StandardCharsets.UTF_8);
        ReadResult read = ArticleReaders.read(caseName + "/input.txt", input, ReadOptions.defaults());
        assertEquals(List.of(), read.problems(), "the fixture must read cleanly");
        RawArticle raw = read.articles().get(0);
        return new ArticleCleaner().clean(raw);
    }

    static String removals(List<Removal> removed) {
        StringBuilder out = new StringBuilder();
        for (Removal r : removed) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(r.line()).append('\t').append(r.reason()).append('\t').append(r.text());
        }
        return out.toString();
    }

    static String dateline(Dateline d) {
        if (d == null) {
            return null;
        }
        return String.join("\t", d.text(), orDash(d.place()), d.date() == null ? "-" : d.date().toString(),
                orDash(d.agency()));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String required(String resource) {
        String text = optional(resource);
        assertNotNull(text, "missing golden file clean/" + resource);
        return text;
    }

    private static String optional(String resource) {
        try (InputStream in = CleaningGoldenFiles.class.getResourceAsStream("/clean/" + resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
