package dev.parallax.bench;

import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the comparator timed against each other in one process, run by run: the same accounts,
 * analyzed once with this classpath's core and sentence model, compared as one event by comparator jar A and
 * by jar B in turn (who goes first alternates). On a machine shared with other work the load swings within
 * seconds; two invocations run one after the other see different machines, while the two halves of one pair
 * here see the same one. Prints each build's medians and the median of the per-run ratios B / A.
 *
 * <p>Usage: {@code ComparisonAB runs A.jar B.jar PATH...} (the first 25 articles of the paths). The jars are
 * built comparator artifacts (parallax-comparator-*.jar); core and meaning must be the same for both.
 */
public final class ComparisonAB {
    private static final String COMPARATOR = "dev.parallax.comparator.";
    private static final int ACCOUNTS = 25;
    private static final int WARM_UP = 10;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ComparisonAB runs A.jar B.jar PATH...");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        List<AnalyzedArticle> articles = analyzed(Arrays.copyOfRange(args, 3, args.length));
        Build[] builds = {new Build(Path.of(args[1])), new Build(Path.of(args[2]))};
        for (int i = 0; i < WARM_UP; i++) for (Build b : builds) b.compare(articles);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] wall = new double[2][runs], cpu = new double[2][runs];
        double[] wallRatio = new double[runs], cpuRatio = new double[runs];
        for (int r = 0; r < runs; r++) {
            for (int turn = 0; turn < 2; turn++) {
                int k = r % 2 == 0 ? turn : 1 - turn;
                long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
                builds[k].compare(articles);
                wall[k][r] = (System.nanoTime() - t0) / 1e6;
                cpu[k][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            wallRatio[r] = wall[1][r] / wall[0][r];
            cpuRatio[r] = cpu[1][r] / cpu[0][r];
        }
        for (int k = 0; k < 2; k++) {
            System.out.printf(Locale.ROOT, "%s: wall median=%.1f ms min=%.1f ms; CPU median=%.1f ms min=%.1f ms%n",
                    k == 0 ? "A" : "B", median(wall[k]), min(wall[k]), median(cpu[k]), min(cpu[k]));
        }
        System.out.printf(Locale.ROOT, "B/A per run: wall median=%.3f; CPU median=%.3f (quartiles %.3f-%.3f); runs=%d%n",
                median(wallRatio), median(cpuRatio), quantile(cpuRatio, 0.25), quantile(cpuRatio, 0.75), runs);
    }

    private static List<AnalyzedArticle> analyzed(String[] paths) throws IOException {
        List<Path> list = new ArrayList<>();
        for (String p : paths) list.add(Path.of(p));
        var read = ArticleReaders.readPaths(list, ReadOptions.defaults());
        if (!read.problems().isEmpty()) throw new IOException(read.problems().get(0).toString());
        List<RawArticle> raws = read.articles().subList(0, Math.min(ACCOUNTS, read.articles().size()));
        ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()))
                .learningFrom(raws);
        return raws.stream().map(analyzer::analyze).toList();
    }

    /** One comparator jar, its classes loaded from it before the classpath's (everything else is shared). */
    private static final class Build {
        private final Object comparison;
        private final Method compare;

        Build(Path jar) throws Exception {
            ClassLoader loader = new ComparatorFirst(jar.toUri().toURL(), ComparisonAB.class.getClassLoader());
            Class<?> type = Class.forName(COMPARATOR + "Comparison", true, loader);
            comparison = type.getMethod("withDefaults").invoke(null);
            compare = type.getMethod("compareAsOneEvent", List.class);
        }

        void compare(List<AnalyzedArticle> articles) throws Exception {
            compare.invoke(comparison, articles);
        }
    }

    /** Loads the comparator's classes from its jar, not from the parent; all other classes from the parent. */
    private static final class ComparatorFirst extends URLClassLoader {
        ComparatorFirst(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(COMPARATOR)) return super.loadClass(name, resolve);
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) c = findClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) (q * (sorted.length - 1) + 0.5)];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
