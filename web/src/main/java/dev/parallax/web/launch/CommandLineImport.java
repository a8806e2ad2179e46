package dev.parallax.web.launch;

import dev.parallax.core.model.ReadProblem;
import dev.parallax.web.service.ArticleImportService;
import dev.parallax.web.service.DemoCorpus;
import dev.parallax.web.service.ImportReport;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code parallax import} and {@code parallax demo} once Quarkus is up: same service as the API. */
@ApplicationScoped
@Unremovable
public class CommandLineImport {
    private final ArticleImportService imports;
    private final DemoCorpus demo;

    public CommandLineImport(ArticleImportService imports, DemoCorpus demo) {
        this.imports = imports;
        this.demo = demo;
    }

    public int importPaths(List<Path> paths, String outlet) {
        return report(imports.importPaths(paths, outlet), System.out, System.err);
    }

    public int loadDemo() {
        return report(demo.load(), System.out, System.err);
    }

    /** One line per failure ({@code parallax: file[:line]: reason}), a summary, exit 1 if anything failed. */
    static int report(ImportReport report, PrintStream out, PrintStream err) {
        for (ReadProblem problem : report.failed()) {
            err.println(failureLine(problem));
        }
        out.printf("imported %d new article%s, %d already stored, %d failed%n", report.created().size(),
                report.created().size() == 1 ? "" : "s", report.existing().size(), report.failed().size());
        if (report.job() != null) {
            out.printf("queued analysis job %d (GET %s shows its progress; a running server does the work)%n",
                    report.job().id(), report.job().url());
        }
        return report.failed().isEmpty() ? 0 : 1;
    }

    static String failureLine(ReadProblem problem) {
        String message = problem.message();
        String linePrefix = "line " + problem.line() + ": ";
        if (problem.line() > 0 && message.startsWith(linePrefix)) {
            message = message.substring(linePrefix.length()); // the location already says it
        }
        return "parallax: " + new ReadProblem(problem.source(), problem.line(), message);
    }
}
