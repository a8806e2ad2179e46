package dev.parallax.web.cli;

import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.ReadProblem;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import dev.parallax.core.render.AnalysisRenderers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `parallax analyze`: reads articles and prints what core understood of each (sentences, entities,
 * times, numbers, quotes, claims). Runs without the database or the HTTP server. Exit code 1 when
 * any input could not be read; nothing is printed to stdout then.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyze articles: entities, times, numbers, quotes and claims, as JSON or text.")
public final class AnalyzeCommand implements Callable<Integer> {

    /** How the analysis is printed. */
    public enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--outlet", description = "outlet for articles whose input does not name one")
    String outlet;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "article files or folders")
    List<Path> files;

    private final ArticleAnalyzer analyzer;

    public AnalyzeCommand() {
        this(CliAnalysis.analyzer());
    }

    public AnalyzeCommand(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadResult read = ArticleReaders.readPaths(files, ReadOptions.defaults().withDefaultOutlet(outlet));
        for (ReadProblem problem : read.problems()) {
            err.println("parallax: " + problem);
        }
        err.flush();
        if (!read.problems().isEmpty()) {
            return 1;
        }
        // what an outlet repeats across the given articles (slogan, footer) is learned as its boilerplate
        ArticleAnalyzer learned = analyzer.learningFrom(read.articles());
        List<AnalyzedArticle> analyses = CliAnalysis.analyzeAll(learned, read.articles());
        out.print(format == Format.json ? AnalysisRenderers.json(analyses) : AnalysisRenderers.text(analyses));
        out.flush();
        return 0;
    }
}
