package dev.parallax.web.service;

import dev.parallax.core.model.ReadProblem;
import dev.parallax.web.config.ParallaxConfig;
import dev.parallax.web.service.ArticleImportService.NamedInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo corpus shipped on the class path: {@code <location>/index.txt} lists article files
 * relative to {@code <location>}, one per line ({@code #} comments and blank lines are skipped).
 * Loading goes through the ordinary import, so repeating it stores nothing twice.
 */
@ApplicationScoped
public class DemoCorpus {
    private final ArticleImportService imports;
    private final ParallaxConfig config;

    public DemoCorpus(ArticleImportService imports, ParallaxConfig config) {
        this.imports = imports;
        this.config = config;
    }

    public ImportReport load() {
        return load(config.demo().location());
    }

    public ImportReport load(String location) {
        String index = read(location + "/index.txt");
        if (index == null) {
            return new ImportReport(List.of(), List.of(),
                    List.of(new ReadProblem(location + "/index.txt", 0, "the demo corpus is missing from this build")));
        }
        List<NamedInput> inputs = new ArrayList<>();
        List<ReadProblem> missing = new ArrayList<>();
        int lineNo = 0;
        for (String line : index.lines().toList()) {
            lineNo++;
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            String name = location + "/" + path;
            String content = read(name);
            if (content == null) {
                missing.add(new ReadProblem(location + "/index.txt", lineNo, "lists " + path + ", which is not there"));
            } else {
                inputs.add(new NamedInput(name, content.getBytes(StandardCharsets.UTF_8)));
            }
        }
        ImportReport report = imports.importInputs(inputs, null);
        if (missing.isEmpty()) {
            return report;
        }
        List<ReadProblem> failed = new ArrayList<>(missing);
        failed.addAll(report.failed());
        return new ImportReport(report.created(), report.existing(), failed, report.job());
    }

    private static String read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
