package dev.parallax.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `parallax compare` end to end on files, without Quarkus or a database. */
class CompareCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path article(String folder, String outlet, String published, String body) throws IOException {
        Path f = dir.resolve(folder).resolve(outlet.toLowerCase().replace(' ', '-') + ".txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "outlet: " + outlet + "\ntitle: Putin visits Minsk\npublished: " + published + "\n---\n" + body + "\n");
        return f;
    }

    private void visit() throws IOException {
        article("visit", "Wire One", "2022-12-19T19:00:00+03:00", "MINSK, Dec 19 (Wire One) - Russian President Vladimir Putin held talks in Minsk on Monday with Belarusian President Alexander Lukashenko.\n\nThe talks at the Palace of Independence lasted about three hours.\n\nLukashenko said the S-400 and Iskander systems supplied by Russia were now on combat duty.");
        article("visit", "Courier", "2022-12-19T21:00:00+03:00", "Vladimir Putin held talks in Minsk on Monday with Belarusian leader Aleksandr Lukashenko.\n\nThe meeting took place at the Palace of Freedom.\n\nLukashenko said the S-400 Iskander missiles supplied by Russia were now on combat duty.");
    }

    @Test
    void comparesAFolderAndPrintsJsonWithSourcesAndDiscrepancies() throws IOException {
        visit();
        Run r = run(new CompareCommand(), "--format", "json", dir.resolve("visit").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"events\""), r.out());
        assertTrue(r.out().contains("\"source\" : \"" + dir.resolve("visit").resolve("courier.txt")), r.out());
        assertTrue(r.out().contains("\"type\" : \"ENTITY\""), r.out());
    }

    @Test
    void writesAStandaloneHtmlFile() throws IOException {
        visit();
        Path html = dir.resolve("report.html");
        Run r = run(new CompareCommand(), "--format", "html", "-o", html.toString(), dir.resolve("visit").toString());
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("Palace of Freedom"));
        assertFalse(page.contains("<script") || page.contains("http://") || page.contains("src="), "no external resources");
    }

    @Test
    void oneEventComparesAccountsTheGrouperWouldKeepApart() throws IOException {
        // a month apart: the grouper never puts these in one event; the user says they are one
        article("apart", "Wire One", "2022-12-19T19:00:00+03:00", "MINSK, Dec 19 (Wire One) - Russian President Vladimir Putin held talks in Minsk on Monday with Belarusian President Alexander Lukashenko.\n\nThe talks lasted about three hours.");
        article("apart", "Courier", "2023-01-20T21:00:00+03:00", "Vladimir Putin held talks in Minsk with Belarusian leader Aleksandr Lukashenko.\n\nThe talks lasted about five hours.");
        Run grouped = run(new CompareCommand(), "--format", "json", dir.resolve("apart").toString());
        assertEquals(0, grouped.exit(), grouped.err());
        assertTrue(grouped.out().contains("\"events\" : [ ]"), grouped.out());
        assertTrue(grouped.out().contains("\"unassignedReasons\""), grouped.out());
        Run one = run(new CompareCommand(), "--format", "json", "--one-event", dir.resolve("apart").toString());
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().contains("\"unassigned\" : [ ]"), one.out());
        assertTrue(one.out().contains("\"type\" : \"NUMBER\""), one.out());
    }

    @Test
    void textIsTheDefaultFormat() throws IOException {
        visit();
        Run r = run(new CompareCommand(), dir.resolve("visit").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Parallax comparison: 2 articles, 1 events"), r.out());
    }

    @Test
    void unreadableInputExitsNonZeroWithOneLineNamingTheFile() {
        Path missing = dir.resolve("nope.txt");
        Run r = run(new CompareCommand(), missing.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("parallax: " + missing + ": "), r.err());
    }

    @Test
    void evalPrintsPrecisionAndRecallPerType() throws IOException {
        visit();
        Files.writeString(dir.resolve("visit/expected.json"),
                "{\"discrepancies\": [{\"type\": \"ENTITY\", \"evidence\": [\"S-400 and Iskander\", \"S-400 Iskander missiles\"], \"note\": \"fused\"}]}");
        Run r = run(new EvalCommand(), dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Event grouping: pairwise precision 1.00, recall 1.00"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("ENTITY\\s+1\\s+0\\s+0\\s+1.00\\s+1.00")), r.out());
    }

    @Test
    void evalOfAMissingFolderNamesIt() {
        Run r = run(new EvalCommand(), dir.resolve("absent").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("absent: no such folder"));
    }
}
