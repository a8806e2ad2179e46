package dev.parallax.web.cli;

import dev.parallax.comparator.eval.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
            out.print(Evaluation.format(Evaluation.withDefaults().run(dir)));
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("parallax: " + dir + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
