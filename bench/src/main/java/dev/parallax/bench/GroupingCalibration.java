package dev.parallax.bench;

import dev.parallax.comparator.ComparisonConfig;
import dev.parallax.comparator.ComparisonConfig.PairWeights;
import dev.parallax.comparator.event.EventGrouper;
import dev.parallax.comparator.event.GroupingCalibrator;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Fits the event grouping's pair weights and threshold ({@code ComparisonConfig.EventRules}) on labelled
 * events, with the analyzer the application uses (sentence model included), and prints them with the B-cubed
 * F1 each labelled set reaches, before and after, and left out in turn. Each argument is a folder whose
 * sub-folders are gold events (the fixtures' suites, a field set laid out the same way); each folder is
 * grouped as one batch, as `parallax compare` would.
 *
 * <pre>java -cp ... dev.parallax.bench.GroupingCalibration FOLDER...</pre>
 *
 * The printed weights go into {@code PairWeights.defaults()} and {@code EventRules.defaults()} by hand, with
 * the figures in docs/evaluation.md: the build never rewrites code.
 */
public final class GroupingCalibration {
    private GroupingCalibration() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: GroupingCalibration FOLDER...   (each FOLDER holds one sub-folder per gold event)");
            System.exit(2);
        }
        AnalyzerConfig config = AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared());
        // -Dlead=600 measures another lead length than the analyzer's default
        if (System.getProperty("lead") != null) config = config.withMeaning(config.meaning().withLeadChars(Integer.getInteger("lead")));
        ArticleAnalyzer analyzer = new ArticleAnalyzer(config);
        List<GroupingCalibrator.Batch> batches = new ArrayList<>();
        for (String arg : args) batches.add(batch(analyzer, Path.of(arg)));
        ComparisonConfig.EventRules start = ComparisonConfig.EventRules.defaults();
        Map<String, Double> before = new TreeMap<>();
        for (GroupingCalibrator.Batch b : batches) {
            before.put(b.name(), GroupingCalibrator.bcubedF1(new EventGrouper(start).group(b.articles()), b.labels()));
        }
        GroupingCalibrator.Result fitted = GroupingCalibrator.fit(batches, start);
        System.out.printf(Locale.ROOT, "pairs: %d same event, %d different events%n", fitted.positivePairs(), fitted.negativePairs());
        double[] w = fitted.rules().weights().asArray();
        StringBuilder java = new StringBuilder("new PairWeights(");
        for (int i = 0; i < w.length; i++) {
            System.out.printf(Locale.ROOT, "  %-13s %6.2f%n", PairWeights.NAMES.get(i), w[i]);
            java.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", w[i]));
        }
        System.out.println("  threshold     " + fitted.rules().threshold());
        System.out.println("  attach        " + fitted.rules().attachThreshold());
        System.out.println(java.append(")"));
        System.out.println("B-cubed F1 per labelled set: before -> fitted");
        for (GroupingCalibrator.Batch b : batches) {
            System.out.printf(Locale.ROOT, "  %-20s %.3f -> %.3f%n", b.name(), before.get(b.name()), fitted.f1ByBatch().get(b.name()));
        }
        if (batches.size() > 1) {
            System.out.println("left out in turn (fitted on the others, measured on it):");
            for (GroupingCalibrator.Batch out : batches) {
                List<GroupingCalibrator.Batch> rest = new ArrayList<>(batches);
                rest.remove(out);
                GroupingCalibrator.Result r = GroupingCalibrator.fit(rest, start);
                System.out.printf(Locale.ROOT, "  %-20s %.3f (threshold %.2f)%n", out.name(),
                        GroupingCalibrator.bcubedF1(new EventGrouper(r.rules()).group(out.articles()), out.labels()), r.rules().threshold());
            }
        }
    }

    /** The articles of every event sub-folder (whose name starts with a digit), labelled by that folder. */
    static GroupingCalibrator.Batch batch(ArticleAnalyzer analyzer, Path folder) throws IOException {
        List<Path> events;
        try (Stream<Path> s = Files.list(folder)) {
            events = s.filter(Files::isDirectory).filter(p -> Character.isDigit(p.getFileName().toString().charAt(0))).sorted().toList();
        }
        ReadResult read = ArticleReaders.readPaths(events, ReadOptions.defaults());
        if (!read.problems().isEmpty()) throw new IOException(read.problems().get(0).toString());
        ArticleAnalyzer learned = analyzer.learningFrom(read.articles());
        List<AnalyzedArticle> articles = read.articles().parallelStream().map(learned::analyze).toList();
        List<String> labels = new ArrayList<>();
        for (RawArticle raw : read.articles()) labels.add(Path.of(raw.source()).getParent().getFileName().toString());
        return new GroupingCalibrator.Batch(folder.getFileName().toString(), articles, labels);
    }
}
