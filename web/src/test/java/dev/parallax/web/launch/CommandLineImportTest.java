package dev.parallax.web.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.core.model.ReadProblem;
import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.ImportedArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineImportTest {

    @Test
    void eachFailureIsOneLineNamingFileAndLineAndTheExitCodeSaysSomethingFailed() {
        ImportReport report = new ImportReport(
                List.of(new ImportedArticle("a".repeat(64), "created", "Tass", "T", "a.txt")),
                List.of(),
                List.of(new ReadProblem("batch.jsonl", 3, "line 3: not valid JSON (unexpected '}')"),
                        new ReadProblem("page.html", 0, "the page has no article text")));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int code = CommandLineImport.report(report, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, code);
        assertEquals(List.of("parallax: batch.jsonl:3: not valid JSON (unexpected '}')",
                "parallax: page.html: the page has no article text"), err.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals("imported 1 new article, 0 already stored, 2 failed", out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void aCleanImportExitsZero() {
        ImportReport report = new ImportReport(List.of(), List.of(), List.of());
        assertEquals(0, CommandLineImport.report(report, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())));
    }
}
