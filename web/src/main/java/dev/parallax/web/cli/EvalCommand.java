package dev.parallax.web.cli;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.eval.Evaluation;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `parallax eval DIR`: scores grouping and discrepancy detection against gold folders, without the database. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate against DIR laid out as <suite>/<event-key>/<outlet>.txt with optional expected.json per event.")
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "a folder of suites, or one suite")
    Path dir;

    @Spec
    CommandSpec spec;

    /** The default evaluation, its articles analyzed with sentence embeddings as the application does. */
    static Evaluation evaluation() {
        ArticleAnalyzer analyzer = CliAnalysis.analyzer();
        return new Evaluation(Comparison.withDefaults(), file -> {
            String name = file.getFileName().toString();
            String outlet = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            return CliAnalysis.analyzeAll(analyzer,
                    ArticleReaders.readPaths(List.of(file), ReadOptions.defaults().withDefaultOutlet(outlet)).articles());
        });
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("parallax: " + dir + ": no such folder");
            err.flush();
            return 1;
        }
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.print(Evaluation.format(evaluation().run(dir)));
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("parallax: " + dir + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
