package dev.parallax.bench;

import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.ReadResult;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Read + clean throughput on generated noisy articles (~4 KB, text with header, with share
 * buttons, ads, captions, a dateline and glued words), and cleaning time for one huge
 * single-line input at two sizes, whose ratio shows whether cleaning stays linear.
 *
 * <p>Arguments: articles per run (default 5000), runs (default 5).
 */
public final class CleanerBench {

    private static final String[] WORDS = ("the talks president minister said on monday troops drills gas price "
            + "security alliance border forces agreed joint exercises capital palace press conference statement "
            + "economy sanctions visit delegation treaty system missiles defence union state integration").split(" ");
    private static final String[] NOISE = {"- Share on Facebook", "- Share on VK", "Advertisement",
            "Read more: Minsk hosts allies", "Tags: talks, Minsk", "© 2024 Bench Outlet. All rights reserved.",
            "Photo: pool picture", "Leave a Reply",
            "Our site stores cookies so pages load faster. By continuing you consent. Accept"};

    private CleanerBench() {}

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ArticleCleaner cleaner = new ArticleCleaner();
        ReadOptions options = ReadOptions.defaults();

        List<byte[]> inputs = new ArrayList<>();
        Random random = new Random(7);
        long bytes = 0;
        for (int i = 0; i < articles; i++) {
            byte[] input = article(random, i).getBytes(StandardCharsets.UTF_8);
            inputs.add(input);
            bytes += input.length;
        }
        runArticles(inputs, cleaner, options); // warm-up: one full pass, so the JIT has compiled the stages
        double[] rates = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long checksum = runArticles(inputs, cleaner, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            rates[r] = articles / seconds;
            System.out.printf("run %d: %.0f articles/s, %.1f MB/s (checksum %d)%n", r + 1, rates[r],
                    bytes / seconds / 1e6, checksum);
        }
        System.out.printf("read+clean median: %.0f articles/s (%d articles of ~%d bytes)%n", median(rates), articles,
                bytes / articles);

        double small = hugeLine(cleaner, 1_000_000, runs);
        double large = hugeLine(cleaner, 5_000_000, runs);
        System.out.printf("one line of 1 MB: %.0f ms, 5 MB: %.0f ms, ratio %.2f (5.0 = linear)%n", small, large,
                large / small);
    }

    private static long runArticles(List<byte[]> inputs, ArticleCleaner cleaner, ReadOptions options) {
        long checksum = 0;
        for (int i = 0; i < inputs.size(); i++) {
            ReadResult read = ArticleReaders.read("bench-" + i + ".txt", inputs.get(i), options);
            for (RawArticle raw : read.articles()) {
                CleanedArticle cleaned = cleaner.clean(raw);
                checksum += cleaned.text().length() + cleaned.removed().size();
            }
        }
        return checksum;
    }

    /** Median milliseconds to clean one article whose body is a single line of {@code chars} characters. */
    private static double hugeLine(ArticleCleaner cleaner, int chars, int runs) {
        StringBuilder line = new StringBuilder(chars + 100);
        Random random = new Random(chars);
        while (line.length() < chars) {
            line.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(20) == 0 ? "Iskanderdelivered " : " ");
        }
        RawArticle raw = new RawArticle("Bench", null, "Huge", null, null, "en", "Huge\n" + line, null, "bench");
        cleaner.clean(raw); // warm-up
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            cleaner.clean(raw);
            ms[r] = (System.nanoTime() - start) / 1e6;
        }
        return median(ms);
    }

    private static String article(Random random, int index) {
        StringBuilder out = new StringBuilder(4500);
        out.append("outlet: Bench Outlet ").append(index % 7).append('\n')
                .append("title: Talks number ").append(index).append('\n')
                .append("published: 2024-12-19T10:00:00Z\n---\n")
                .append("Section\n\nTalks number ").append(index).append("\n\n")
                .append("MINSK, Dec 19 (Bench) - ");
        while (out.length() < 4000) {
            int sentence = 8 + random.nextInt(20);
            for (int w = 0; w < sentence; w++) {
                out.append(w == 0 ? "The" : WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            out.append(random.nextInt(30) == 0 ? "Kremlintalks ended." : "today.");
            if (random.nextInt(3) == 0) {
                out.append("\n\n");
                if (random.nextInt(3) == 0) {
                    out.append(NOISE[random.nextInt(NOISE.length)]).append("\n\n");
                }
            } else {
                out.append(' ');
            }
        }
        return out.append('\n').toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
