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
import java.util.List;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report here instead of standard output")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders (read recursively)")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReadResult read = ArticleReaders.readPaths(paths, ReadOptions.defaults().withDefaultOutlet(outlet));
        if (!read.problems().isEmpty()) {
            for (ReadProblem p : read.problems()) err.println("parallax: " + p);
            err.flush();
            return 1;
        }
        if (read.articles().isEmpty()) {
            err.println("parallax: " + paths.get(0) + ": no articles found");
            err.flush();
            return 1;
        }
        // what an outlet repeats across the given articles (slogan, footer) is learned as its boilerplate
        ArticleAnalyzer analyzer = CliAnalysis.analyzer().learningFrom(read.articles());
        List<AnalyzedArticle> articles = CliAnalysis.analyzeAll(analyzer, read.articles());
        Comparison comparison = Comparison.withDefaults();
        ComparisonReport report = oneEvent ? comparison.compareAsOneEvent(articles) : comparison.compare(articles);
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
}
