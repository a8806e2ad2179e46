package dev.parallax.web.cli;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.render.ReportHtmlRenderer;
import dev.parallax.comparator.render.ReportJsonRenderer;
import dev.parallax.comparator.render.ReportTextRenderer;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `parallax compare`: read -> analyze -> compare, without the database or the HTTP server, and print the
 * report. Unreadable input stops it with one line per problem naming the file.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare accounts of the same events: group them, align their claims and list the discrepancies.")
public final class CompareCommand implements Callable<Integer> {
    enum Format { json, text, html }

    @Option(names = "--format", defaultValue = "text", description = "json, text or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--outlet", paramLabel = "NAME", description = "outlet for articles that do not name one")
    String outlet;

    @Option(names = "--one-event", description = "compare every given account as one event, without grouping")
    boolean oneEvent;

    @Option(names = "--record", paramLabel = "FILE", description = "the official record of its event (a transcript, a readout,"
            + " a joint statement): every quotation of the other accounts is checked against it; repeat for several")
    List<Path> records = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report here instead of standard output")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders (read recursively)")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReadOptions options = ReadOptions.defaults().withDefaultOutlet(outlet);
        ReadResult read = ArticleReaders.readPaths(paths, options);
        ReadResult marked = records.isEmpty() ? null : ArticleReaders.readPaths(records, options);
        List<ReadProblem> problems = new ArrayList<>(read.problems());
        if (marked != null) problems.addAll(marked.problems());
        if (!problems.isEmpty()) {
            for (ReadProblem p : problems) err.println("parallax: " + p);
            err.flush();
            return 1;
        }
        List<RawArticle> raws = withRecords(read.articles(), marked == null ? List.of() : marked.articles());
        if (raws.isEmpty()) {
            err.println("parallax: " + paths.get(0) + ": no articles found");
            err.flush();
            return 1;
        }
        if (marked != null && marked.articles().isEmpty()) {
            err.println("parallax: " + records.get(0) + ": no article found to use as the record");
            err.flush();
            return 1;
        }
        // what an outlet repeats across the given articles (slogan, footer) is learned as its boilerplate
        ArticleAnalyzer analyzer = CliAnalysis.analyzer().learningFrom(raws);
        List<AnalyzedArticle> articles = CliAnalysis.analyzeAll(analyzer, raws);
        Set<String> recordIds = new TreeSet<>();
        for (int i = 0; i < raws.size(); i++) if (raws.get(i).record()) recordIds.add(articles.get(i).id());
        Comparison comparison = Comparison.withDefaults();
        ComparisonReport report = oneEvent ? comparison.compareAsOneEvent(articles, recordIds) : comparison.compare(articles, recordIds);
        String rendered = switch (format) {
            case json -> new ReportJsonRenderer().render(report);
            case text -> new ReportTextRenderer().render(report);
            case html -> new ReportHtmlRenderer().render(report, articles, comparison);
        };
        if (output != null) {
            try {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("parallax: " + output + ": cannot write the report: " + e.getMessage());
                err.flush();
                return 1;
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
        }
        return 0;
    }

    /**
     * The articles of the PATHs and of the --record files, those marked as records (by --record or by their own
     * "record: true"); a record file also found under a PATH is read once.
     */
    static List<RawArticle> withRecords(List<RawArticle> read, List<RawArticle> records) {
        Set<String> recordSources = new HashSet<>();
        List<RawArticle> out = new ArrayList<>();
        for (RawArticle r : records) {
            out.add(r.withRecord(true));
            recordSources.add(key(r));
        }
        for (RawArticle r : read) {
            if (!recordSources.contains(key(r))) out.add(r);
        }
        return out;
    }

    private static String key(RawArticle r) {
        String source = r.source() == null ? "" : r.source();
        try {
            source = Path.of(source).toAbsolutePath().normalize().toString();
        } catch (RuntimeException notAPath) {
            // an upload name or "api": compared as written
        }
        return source + "\u0000" + r.text();
    }
}
