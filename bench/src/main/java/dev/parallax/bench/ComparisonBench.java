package dev.parallax.bench;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One event told by 25 accounts of about 5 KB each (generated variants of one story: copies, dropped and
 * reordered paragraphs, changed figures, transliterated names, rephrased quotes), analyzed once by core's
 * real analyzer, then compared repeatedly. Prints the median wall time of {@code Comparison.compare}.
 *
 * <p>Usage: ComparisonBench [accounts] [runs] (default 25 7).
 *
 * <p>Or {@code ComparisonBench accounts runs PATH...}: the first {@code accounts} articles read from the
 * given files and folders (in path order), analyzed as the application analyzes them (with the sentence
 * model), compared as one event ({@code compareAsOneEvent}) and as a batch to group ({@code compare}).
 * Real coverage, unlike the generated story, has the variety of wording that alignment meets in use.
 */
public final class ComparisonBench {
    private static final String[] PARAGRAPHS = {
            "MINSK - Russian President Vladimir Putin arrived in Minsk on Thursday for two days of talks with Belarusian President Alexander Lukashenko on security, trade and energy prices.",
            "The two leaders met at the Palace of Independence, where the talks lasted about %d hours according to the press service of the Belarusian president.",
            "\"We are not going to absorb anyone, that makes no sense,\" Putin told reporters after the talks, dismissing suggestions that Moscow wanted to take over its neighbour.",
            "Lukashenko said the S-400 and Iskander systems delivered by Russia had been put on combat duty and would stay in Belarus for as long as needed.",
            "Trade between the two countries grew by %d%% last year and reached a record level, Putin said, adding that Belarus would keep paying a low price for Russian gas.",
            "The leaders agreed to hold joint military exercises next year and to train Belarusian aircrews to fly planes that can carry special warheads.",
            "Belarus hosts a joint regional grouping of forces set up in October, which Minsk says includes up to %d Russian troops.",
            "Kyiv has said it fears that Moscow could again use Belarusian territory to attack Ukraine from the north, as it did in February of last year.",
            "The Kremlin said the talks covered the integration programmes of the Union State, which were approved three years ago and are now largely in force.",
            "Critics of the Belarusian government say the alliance leaves Minsk ever more dependent on Russian loans, energy and markets for its goods.",
            "Putin is expected to travel to St Petersburg on Friday for an informal summit of leaders of former Soviet republics.",
            "Analysts said the visit was meant to show that the alliance remains solid despite Western sanctions against both countries.",
    };
    private static final String[][] VARIANTS = {
            {"Alexander", "Aleksandr", "Alyaksandr"}, {"Lukashenko", "Lukashenka", "Lukashneko"}, {"Iskander", "Iskandar"},
            {"absorb anyone", "swallow anyone", "take anyone over"}, {"Palace of Independence", "Palace of Freedom"},
            {"Kyiv", "Kiev"}, {"had been put on combat duty", "are expected to enter combat duty"},
    };

    public static void main(String[] args) throws java.io.IOException {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        if (args.length > 2) {
            real(accounts, runs, Arrays.copyOfRange(args, 2, args.length));
            return;
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        List<AnalyzedArticle> articles = new ArrayList<>();
        Random random = new Random(11);
        long bytes = 0;
        for (int i = 0; i < accounts; i++) {
            String text = account(random, i);
            bytes += text.length();
            articles.add(analyzer.analyze(new RawArticle("Outlet " + i, null, "Putin in Minsk for talks " + i,
                    OffsetDateTime.parse("2024-05-23T18:00:00+03:00"), null, "en", text, SourceFormat.TEXT, "bench-" + i)));
        }
        Comparison comparison = Comparison.withDefaults();
        for (int i = 0; i < 3; i++) comparison.compare(articles); // warm-up
        double[] ms = new double[runs], cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        ComparisonReport report = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            report = comparison.compare(articles);
            ms[r] = (System.nanoTime() - t0) / 1e6;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        // on a shared machine the thread's CPU time is the steadier figure; wall time is what a user waits
        System.out.printf(Locale.ROOT, "accounts=%d avg size=%.1f KB runs=%d median=%.1f ms min=%.1f ms max=%.1f ms; CPU median=%.1f ms%n",
                accounts, bytes / 1024.0 / accounts, runs, ms[runs / 2], ms[0], ms[runs - 1], cpu[runs / 2]);
        System.out.printf(Locale.ROOT, "events=%d claim groups=%d discrepancies=%d warnings=%d%n", report.events().size(),
                report.events().stream().mapToInt(e -> e.claimGroups().size()).sum(),
                report.events().stream().mapToInt(e -> e.discrepancies().size()).sum(), report.warnings().size());
    }

    private static void real(int accounts, int runs, String[] paths) throws java.io.IOException {
        List<java.nio.file.Path> list = new ArrayList<>();
        for (String p : paths) list.add(java.nio.file.Path.of(p));
        var read = dev.parallax.core.read.ArticleReaders.readPaths(list, dev.parallax.core.read.ReadOptions.defaults());
        if (!read.problems().isEmpty()) throw new java.io.IOException(read.problems().get(0).toString());
        List<RawArticle> raws = read.articles().subList(0, Math.min(accounts, read.articles().size()));
        ArticleAnalyzer analyzer = new ArticleAnalyzer(dev.parallax.core.AnalyzerConfig.defaults()
                .withEncoder(dev.parallax.meaning.MiniLmSentenceEncoder.shared())).learningFrom(raws);
        List<AnalyzedArticle> articles = raws.stream().map(analyzer::analyze).toList();
        long bytes = raws.stream().mapToLong(r -> r.text().length()).sum();
        Comparison comparison = Comparison.withDefaults();
        for (String mode : List.of("one event", "grouped")) {
            java.util.function.Supplier<ComparisonReport> run = mode.equals("grouped")
                    ? () -> comparison.compare(articles) : () -> comparison.compareAsOneEvent(articles);
            for (int i = 0; i < 5; i++) run.get(); // warm-up
            double[] ms = new double[runs], cpu = new double[runs];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            ComparisonReport report = null;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
                report = run.get();
                ms[r] = (System.nanoTime() - t0) / 1e6;
                cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%s: accounts=%d avg size=%.1f KB runs=%d median=%.1f ms min=%.1f ms; CPU median=%.1f ms;"
                    + " events=%d discrepancies=%d%n", mode, articles.size(), bytes / 1024.0 / articles.size(), runs, ms[runs / 2], ms[0],
                    cpu[runs / 2], report.events().size(), report.events().stream().mapToInt(e -> e.discrepancies().size()).sum());
        }
    }

    /** About 5 KB: the story's paragraphs (some dropped, some swapped), names and figures varied, filler added. */
    private static String account(Random random, int i) {
        StringBuilder b = new StringBuilder();
        List<String> paragraphs = new ArrayList<>();
        for (String p : PARAGRAPHS) {
            if (random.nextInt(10) == 0) continue;
            String text = p.contains("%d") ? String.format(Locale.ROOT, p, pick(random, p)) : p;
            for (String[] v : VARIANTS) text = text.replace(v[0], v[random.nextInt(v.length)]);
            paragraphs.add(text);
        }
        if (random.nextBoolean() && paragraphs.size() > 4) java.util.Collections.swap(paragraphs, 2, 3);
        for (String p : paragraphs) b.append(p).append("\n\n");
        int filler = 0;
        while (b.length() < 5000) {
            b.append("Background ").append(i).append('.').append(filler++)
                    .append(": the two countries signed the Union State treaty in 1999 and have since agreed on dozens of joint programmes covering customs, energy, transport and defence.\n\n");
        }
        return b.toString();
    }

    private static int pick(Random random, String p) {
        if (p.contains("hours")) return random.nextInt(4) == 0 ? 5 : 3;
        if (p.contains("%%")) return random.nextInt(4) == 0 ? 30 : 14;
        return random.nextInt(4) == 0 ? 12000 : 9000;
    }

}
