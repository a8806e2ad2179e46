package dev.parallax.web.launch;

import dev.parallax.core.model.ReadProblem;
import dev.parallax.web.service.ArticleImportService;
import dev.parallax.web.service.DemoCorpus;
import dev.parallax.web.service.ImportReport;
import dev.parallax.web.service.Workspace;
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
    private final Workspace workspace;

    public CommandLineImport(ArticleImportService imports, DemoCorpus demo, Workspace workspace) {
        this.imports = imports;
        this.demo = demo;
        this.workspace = workspace;
    }

    public int importPaths(List<Path> paths, String outlet) {
        ImportReport report = imports.importPaths(paths, outlet);
        int code = report(report, System.out, System.err);
        workspace.demoNotice(report).ifPresent(notice -> System.out.println("note: " + notice));
        return code;
    }

    public int loadDemo() {
        return report(demo.load(), System.out, System.err);
    }

    public int removeDemo() {
        DemoCorpus.Removed removed = demo.remove();
        System.out.printf("removed the demo corpus: %d article%s, %d outlet%s, %d event%s, %d review%s%n",
                removed.articles(), removed.articles() == 1 ? "" : "s", removed.outlets(),
                removed.outlets() == 1 ? "" : "s", removed.events(), removed.events() == 1 ? "" : "s",
                removed.reviews(), removed.reviews() == 1 ? "" : "s");
        if (removed.job() != null) {
            System.out.printf("queued analysis job %d for events that keep real accounts (GET %s)%n",
                    removed.job().id(), removed.job().url());
        }
        return 0;
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
