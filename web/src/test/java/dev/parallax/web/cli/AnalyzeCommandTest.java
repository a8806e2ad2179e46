package dev.parallax.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Plain picocli, no Quarkus: the command must work without the application around it. */
class AnalyzeCommandTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AnalyzeCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path article(Path dir) throws IOException {
        Path file = dir.resolve("visit.txt");
        Files.writeString(file, "Title: Putin arrives in Minsk\nPublished: 2024-12-19\n\n"
                + "Russian President Vladimir Putin arrived in Minsk on Thursday for talks with Alexander Lukashenko.\n\n"
                + "“We will keep training together,” Lukashenko said.\n");
        return file;
    }

    @Test
    void printsJsonForReadableFiles(@TempDir Path dir) throws IOException {
        Run r = run("--format", "json", "--outlet", "Test Wire", article(dir).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("["), r.out());
        assertTrue(r.out().contains("\"outlet\" : \"Test Wire\""), r.out());
        assertTrue(r.out().contains("\"entity\" : \"person:lukashenko\""), r.out());
        assertTrue(r.out().contains("\"claims\""));
    }

    @Test
    void printsTextByDefault(@TempDir Path dir) throws IOException {
        Run r = run("--outlet", "Test Wire", article(dir).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("-- Claims"), r.out());
        assertTrue(r.out().contains("person:putin"), r.out());
    }

    @Test
    void unreadableInputsAreReportedOneLineEachAndExitOne(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.txt");
        Run r = run("--outlet", "Test Wire", article(dir).toString(), missing.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("parallax: " + missing), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void linesAnOutletRepeatsAcrossTheGivenFilesAreRemovedAsItsBoilerplate(@TempDir Path dir) throws IOException {
        String footer = "Tips for the newsroom go to the desk line";
        String[] bodies = {"Putin arrived in Minsk on Thursday.", "Lukashenko met Lavrov in Moscow.",
                "The council approved the budget."};
        for (int i = 0; i < bodies.length; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "outlet: Test Wire\npublished: 2024-12-19\n---\n"
                    + bodies[i] + "\n\n" + footer + "\n");
        }
        Run r = run("--format", "json", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("outlet-boilerplate"), r.out());
        assertTrue(r.out().contains("Lukashenko met Lavrov in Moscow."), r.out());
        Run one = run("--format", "json", dir.resolve("a0.txt").toString());
        assertTrue(!one.out().contains("outlet-boilerplate"), "a single article teaches nothing");
    }

    @Test
    void anUnknownFormatIsAUsageError(@TempDir Path dir) throws IOException {
        Run r = run("--format", "xml", article(dir).toString());
        assertEquals(2, r.exit());
    }
}
