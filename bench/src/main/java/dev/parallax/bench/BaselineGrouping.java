package dev.parallax.bench;

import dev.parallax.comparator.ComparisonConfig;
import dev.parallax.comparator.event.EventGrouper;
import dev.parallax.comparator.event.GroupingCalibrator;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The yardstick Parallax's event grouping must beat, measured beside it on the same labelled folders: the
 * simple grouper of the project's baseline note (all-MiniLM-L6-v2 over the title and the first 600 characters,
 * cosine similarity, average-link agglomeration at one threshold, merges refused when the publication dates
 * they would join span more than three days). It knows no gazetteer, no dates read from the text and no
 * entities. Each argument is a folder whose sub-folders are gold events, grouped as one batch.
 *
 * <pre>java -cp ... dev.parallax.bench.BaselineGrouping FOLDER...   (-Dthreshold=0.5 -Dwindow=3)</pre>
 *
 * Prints B-cubed precision / recall / F1 of both groupers per folder.
 */
public final class BaselineGrouping {
    private BaselineGrouping() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: BaselineGrouping FOLDER...   (each FOLDER holds one sub-folder per gold event)");
            System.exit(2);
        }
        double threshold = Double.parseDouble(System.getProperty("threshold", "0.5"));
        long windowDays = Long.getLong("window", 3);
        MiniLmSentenceEncoder encoder = MiniLmSentenceEncoder.shared();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(encoder));
        System.out.printf(Locale.ROOT, "%-24s %5s   %-22s %-22s%n", "set", "files", "Parallax P / R / F1", "baseline P / R / F1");
        for (String arg : args) {
            Path folder = Path.of(arg);
            GroupingCalibrator.Batch batch = GroupingCalibration.batch(analyzer, folder);
            List<RawArticle> raws = read(folder);
            List<int[]> parallax = complete(new EventGrouper(ComparisonConfig.EventRules.defaults()).group(batch.articles()), raws.size());
            List<int[]> baseline = baseline(encoder, raws, threshold, windowDays);
            System.out.printf(Locale.ROOT, "%-24s %5d   %-22s %-22s%n", folder.getFileName(), raws.size(),
                    bcubed(parallax, batch.labels()), bcubed(baseline, batch.labels()));
        }
    }

    /** The same articles in the same order as {@link GroupingCalibration#batch}. */
    private static List<RawArticle> read(Path folder) throws IOException {
        List<Path> events;
        try (Stream<Path> s = Files.list(folder)) {
            events = s.filter(Files::isDirectory).filter(p -> Character.isDigit(p.getFileName().toString().charAt(0))).sorted().toList();
        }
        ReadResult read = ArticleReaders.readPaths(events, ReadOptions.defaults());
        return read.articles();
    }

    static List<int[]> baseline(MiniLmSentenceEncoder encoder, List<RawArticle> raws, double threshold, long windowDays) {
        List<String> texts = new ArrayList<>();
        for (RawArticle r : raws) {
            String body = r.text() == null ? "" : r.text();
            texts.add(((r.title() == null ? "" : r.title()) + "\n" + body.substring(0, Math.min(600, body.length()))).strip());
        }
        List<float[]> v = encoder.encode(texts);
        int n = raws.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) sim[i][j] = cosine(v.get(i), v.get(j));
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) clusters.add(new ArrayList<>(List.of(i)));
        while (true) {
            double best = threshold;
            int bi = -1, bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    if (!withinWindow(raws, clusters.get(i), clusters.get(j), windowDays)) continue;
                    double sum = 0;
                    for (int a : clusters.get(i)) for (int b : clusters.get(j)) sum += sim[a][b];
                    double avg = sum / (clusters.get(i).size() * clusters.get(j).size());
                    if (avg >= best) { best = avg; bi = i; bj = j; }
                }
            }
            if (bi < 0) break;
            clusters.get(bi).addAll(clusters.remove(bj));
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> c : clusters) out.add(c.stream().mapToInt(Integer::intValue).toArray());
        return out;
    }

    private static boolean withinWindow(List<RawArticle> raws, List<Integer> a, List<Integer> b, long days) {
        OffsetDateTime min = null, max = null;
        for (List<Integer> c : List.of(a, b)) {
            for (int i : c) {
                OffsetDateTime p = raws.get(i).published();
                if (p == null) continue;
                if (min == null || p.isBefore(min)) min = p;
                if (max == null || p.isAfter(max)) max = p;
            }
        }
        return min == null || Duration.between(min, max).toDays() <= days;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Groups plus a singleton for every article no group holds. */
    private static List<int[]> complete(List<int[]> groups, int n) {
        boolean[] seen = new boolean[n];
        List<int[]> out = new ArrayList<>(groups);
        for (int[] g : groups) for (int i : g) seen[i] = true;
        for (int i = 0; i < n; i++) if (!seen[i]) out.add(new int[] {i});
        return out;
    }

    private static String bcubed(List<int[]> groups, List<String> labels) {
        double[] b = GroupingCalibrator.bcubed(groups, labels);
        return String.format(Locale.ROOT, "%.2f / %.2f / %.3f", b[0], b[1], b[2]);
    }
}
