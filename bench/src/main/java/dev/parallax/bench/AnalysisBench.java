package dev.parallax.bench;

import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.meaning.MeaningLimits;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Analysis throughput of {@link ArticleAnalyzer} (clean, segment, link, times, numbers, quotes,
 * claims) on generated ~4 KB English news articles: names in several transliterations, role
 * phrases, dates, figures and quotations, built from seeded templates so every run sees the same
 * text. One analyzer instance is shared by all threads, as in the application.
 *
 * <p>With {@code meaning} as third argument the analyzer also embeds the lead, claims and quotes with
 * the sentence model, as the application does ({@link MiniLmSentenceEncoder}, default
 * {@link MeaningLimits}); the bench then also reports the model's load time and its cost per sentence
 * on one thread.
 *
 * <p>With {@code limits} as third argument it compares {@link MeaningLimits} instead: each variant
 * analyzes the same articles on one thread, the variants interleaved run after run, so that they
 * share whatever load the machine has; it prints CPU milliseconds per article.
 *
 * <pre>java -cp ... dev.parallax.bench.AnalysisBench [articles=5000] [runs=5] [meaning|limits]</pre>
 */
public final class AnalysisBench {
    private static final String[] PEOPLE = {"Vladimir Putin", "Alexander Lukashenko", "Aleksandr Lukashenko",
            "Alyaksandr Lukashenka", "Dmitry Peskov", "Dimitri Peskov", "Sergei Lavrov", "Sergei Shoigu",
            "Maxim Ryzhenkov", "Volodymyr Zelensky", "Igor Petrenko", "Anna Sidorova"};
    private static final String[] ROLES = {"the Belarusian leader", "the Russian president", "the head of the Kremlin",
            "his Belarusian counterpart", "the Kremlin spokesman", "the head of state"};
    private static final String[] PLACES = {"Minsk", "Moscow", "St. Petersburg", "Sochi", "Valaam", "the Kremlin",
            "the Palace of Independence", "the Konstantinovsky Palace", "Kiev", "Kyiv", "Brest", "Novo-Ogaryovo"};
    private static final String[] THINGS = {"S-400 systems", "Iskander missiles", "the Oreshnik system", "Su-24 aircraft",
            "S-400 Iskander missiles", "joint air defence units", "a regional grouping of troops"};
    private static final String[] BODIES = {"the Supreme State Council of the Union State", "the CSTO", "the EAEU",
            "NATO", "the Union State"};
    private static final String[] AGENCIES = {"Interfax", "TASS", "BelTA", "Reuters", "RIA Novosti", "EFE"};
    private static final String[] WHEN = {"on Wednesday", "yesterday", "last week", "on 19 December", "on Dec. 20",
            "last month", "just over two months ago", "in 2023", "on Thursday", "today"};
    private static final String[] DURATIONS = {"six months", "half a year", "a year and a half", "eighteen months",
            "two weeks", "three days"};
    private static final String[] VERBS = {"said", "stressed", "noted", "told reporters", "added", "emphasised"};

    private AnalysisBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean meaning = args.length > 2 && args[2].equals("meaning");
        if (args.length > 2 && args[2].equals("limits")) {
            compareLimits(generate(count, 20241219L), runs);
            return;
        }
        List<RawArticle> articles = generate(count, 20241219L);
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "%d articles, %.1f MB (%.0f bytes each on average); load average %s%n", count,
                bytes / 1e6, (double) bytes / count, loadAverage());
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        if (meaning) {
            analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));
            sentenceCost(articles.subList(0, Math.min(40, count)));
        }
        // warm-up: let the JIT compile the hot paths before anything is timed
        run(analyzer, articles.subList(0, Math.min(meaning ? 200 : 2000, count)), 2);
        if (meaning) {
            spansPerArticle(analyzer, articles.subList(0, Math.min(200, count)));
        }
        for (int threads : new int[] {1, 2}) {
            double[] seconds = new double[runs];
            double[] cpuSeconds = new double[runs];
            for (int r = 0; r < runs; r++) {
                double[] timing = run(analyzer, articles, threads);
                seconds[r] = timing[0];
                cpuSeconds[r] = timing[1];
                System.out.printf(Locale.ROOT, "  %d thread(s), run %d: %.2f s wall, %.2f MB/s, %.1f articles/s;"
                                + " %.2f s CPU, %.2f MB per CPU-second, %.1f articles per CPU-second; load average %s%n",
                        threads, r + 1, seconds[r], bytes / 1e6 / seconds[r], count / seconds[r], cpuSeconds[r],
                        bytes / 1e6 / cpuSeconds[r], count / cpuSeconds[r], loadAverage());
            }
            double median = median(seconds);
            double cpuMedian = median(cpuSeconds);
            System.out.printf(Locale.ROOT, "%d thread(s): median %.2f s wall = %.2f MB/s, %.1f articles/s;"
                            + " median %.2f MB per CPU-second = %.1f articles per CPU-second (per core, whatever else"
                            + " shares the machine)%n",
                    threads, median, bytes / 1e6 / median, count / median, bytes / 1e6 / cpuMedian, count / cpuMedian);
        }
    }

    /**
     * The model's load time (the first call loads it), then the sentence model alone on this thread:
     * every claim of {@code sample} encoded, after a warm-up pass, in wall and CPU milliseconds per sentence.
     */
    private static void sentenceCost(List<RawArticle> sample) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        MiniLmSentenceEncoder encoder = MiniLmSentenceEncoder.shared();
        long wall = System.nanoTime();
        long cpu = mx.getCurrentThreadCpuTime();
        double load = encoder.load();
        System.out.printf(Locale.ROOT, "model load: %.0f ms (%.0f ms wall and %.0f ms CPU with class loading, on this"
                + " thread)%n", load, (System.nanoTime() - wall) / 1e6, (mx.getCurrentThreadCpuTime() - cpu) / 1e6);
        ArticleAnalyzer plain = ArticleAnalyzer.withDefaults();
        List<String> claims = new ArrayList<>();
        for (RawArticle raw : sample) {
            plain.analyze(raw).claims().forEach(c -> claims.add(c.text()));
        }
        double chars = claims.stream().mapToInt(String::length).average().orElse(0);
        encoder.encode(claims.subList(0, Math.min(300, claims.size())));
        for (int r = 0; r < 3; r++) {
            wall = System.nanoTime();
            cpu = mx.getCurrentThreadCpuTime();
            encoder.encode(claims);
            System.out.printf(Locale.ROOT, "sentence model, one thread: %d claims of %.0f characters on average:"
                            + " %.2f ms wall, %.2f ms CPU per sentence; load average %s%n", claims.size(), chars,
                    (System.nanoTime() - wall) / 1e6 / claims.size(), (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / claims.size(),
                    loadAverage());
        }
    }

    /** CPU milliseconds per article of several {@link MeaningLimits}, interleaved so they share the load. */
    private static void compareLimits(List<RawArticle> articles, int runs) throws Exception {
        MeaningLimits d = MeaningLimits.defaults();
        Map<String, MeaningLimits> variants = new LinkedHashMap<>();
        variants.put("no embeddings", null);
        variants.put("lead only (" + d.leadChars() + " chars)", d.withMaxStatements(0).withMaxQuotes(0));
        variants.put("defaults: lead " + d.leadChars() + " chars, " + d.maxStatements() + " statements, " + d.maxQuotes() + " quotes", d);
        variants.put("lead " + d.leadChars() + " chars, 12 statements", d.withMaxStatements(12));
        variants.put("lead 600 chars, " + d.maxStatements() + " statements", d.withLeadChars(600));
        variants.put("every statement and quote", d.withMaxStatements(Integer.MAX_VALUE).withMaxQuotes(Integer.MAX_VALUE));
        Map<String, ArticleAnalyzer> analyzers = new LinkedHashMap<>();
        variants.forEach((name, limits) -> analyzers.put(name, limits == null ? ArticleAnalyzer.withDefaults()
                : new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()).withMeaning(limits))));
        MiniLmSentenceEncoder.shared().load();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        analyzers.keySet().forEach(name -> cpu.put(name, new double[runs]));
        for (ArticleAnalyzer analyzer : analyzers.values()) {
            run(analyzer, articles.subList(0, Math.min(30, articles.size())), 1);
        }
        for (int r = 0; r < runs; r++) {
            for (Map.Entry<String, ArticleAnalyzer> e : analyzers.entrySet()) {
                cpu.get(e.getKey())[r] = run(e.getValue(), articles, 1)[1] * 1000 / articles.size();
            }
            System.out.printf(Locale.ROOT, "run %d done; load average %s%n", r + 1, loadAverage());
        }
        for (Map.Entry<String, double[]> e : cpu.entrySet()) {
            double median = median(e.getValue());
            System.out.printf(Locale.ROOT, "%-45s median %.1f ms CPU per article = %.1f articles per CPU-second; runs %s%n",
                    e.getKey(), median, 1000 / median, Arrays.toString(Arrays.stream(e.getValue())
                            .map(v -> Math.round(v * 10) / 10.0).toArray()));
        }
    }

    /** What the default limits embed of a generated article. */
    private static void spansPerArticle(ArticleAnalyzer analyzer, List<RawArticle> sample) {
        long spans = 0, claims = 0, quotes = 0, capped = 0;
        for (RawArticle raw : sample) {
            AnalyzedArticle a = analyzer.analyze(raw);
            spans += a.meaning().vectors().size();
            claims += a.claims().size();
            quotes += a.quotes().size();
            capped += a.warnings().stream().anyMatch(w -> w.startsWith("meaning: embedded")) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "per article: %.1f spans embedded of %.1f claims and %.1f quotes (+ the lead);"
                + " cap hit in %d of %d articles%n", (double) spans / sample.size(), (double) claims / sample.size(),
                (double) quotes / sample.size(), capped, sample.size());
    }

    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Wall-clock seconds and summed CPU seconds of the worker threads to analyze every article with
     * {@code threads} threads sharing one analyzer. CPU time is what "per core" means on a machine
     * that other processes share.
     */
    static double[] run(ArticleAnalyzer analyzer, List<RawArticle> articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long sink = 0;
        AtomicLong cpuNanos = new AtomicLong();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long cpuStart = mx.getCurrentThreadCpuTime();
                    long claims = 0;
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        AnalyzedArticle a = analyzer.analyze(articles.get(i));
                        claims += a.claims().size() + a.mentions().size();
                    }
                    cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
                    return claims;
                }));
            }
            for (Future<Long> f : futures) {
                sink += f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 0) {
            throw new IllegalStateException("analysis found nothing: the benchmark text is broken");
        }
        return new double[] {seconds, cpuNanos.get() / 1e9};
    }

    static List<RawArticle> generate(int count, long seed) {
        Random random = new Random(seed);
        List<RawArticle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder(4400);
            String headline = pick(random, PEOPLE) + " and " + pick(random, PEOPLE) + " meet in " + pick(random, PLACES);
            while (b.length() < 4000) {
                b.append(paragraph(random)).append("\n\n");
            }
            out.add(new RawArticle(pick(random, AGENCIES), "https://bench.example/" + i, headline,
                    OffsetDateTime.parse("2024-12-19T18:00:00Z").minusDays(random.nextInt(400)), null, "en",
                    b.toString().strip(), SourceFormat.TEXT, "bench-" + i));
        }
        return out;
    }

    private static String paragraph(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> pick(r, PEOPLE) + " arrived in " + pick(r, PLACES) + " " + pick(r, WHEN) + " for talks with "
                    + pick(r, ROLES) + ", according to the " + pick(r, AGENCIES) + " news agency. The visit will last "
                    + pick(r, DURATIONS) + ", and the two leaders are expected to attend a session of " + pick(r, BODIES) + ".";
            case 1 -> "“We will continue to hold joint exercises and to strengthen our armed forces,” " + pick(r, ROLES) + " "
                    + pick(r, VERBS) + ". “Nobody is going to absorb anyone, and " + (r.nextInt(90) + 10)
                    + " per cent of our trade is already settled in national currencies.”";
            case 2 -> "Trade between the two countries reached $" + (r.nextInt(40) + 10) + "." + r.nextInt(10)
                    + " billion " + pick(r, WHEN) + ", up from about " + (r.nextInt(30) + 5) + " billion roubles a year "
                    + "earlier, while some " + (r.nextInt(9000) + 1000) + " troops remain about " + (r.nextInt(60) + 20)
                    + " km from the border.";
            case 3 -> pick(r, PEOPLE) + " " + pick(r, VERBS) + " that " + pick(r, THINGS) + " would be deployed in "
                    + pick(r, PLACES) + " within " + pick(r, DURATIONS) + ", and that the decision may be reviewed if "
                    + "the situation changes. " + pick(r, AGENCIES) + " reported that the " + (r.nextInt(5) + 3)
                    + "th round of consultations ended " + pick(r, WHEN) + ".";
            case 4 -> "Ratings have dropped from " + (r.nextInt(20) + 80) + "% to either " + (r.nextInt(20) + 5)
                    + "% or " + (r.nextInt(20) + 25) + "%, " + pick(r, ROLES) + " said: “The decline is sharp. "
                    + "Our people see everything.” The Kremlin denied that " + pick(r, THINGS) + " had been moved.";
            case 5 -> "In a statement, " + pick(r, AGENCIES) + " quoted " + pick(r, PEOPLE) + " as saying that "
                    + pick(r, BODIES) + " would meet " + pick(r, WHEN) + " in " + pick(r, PLACES)
                    + ". Mr. Peskov, speaking to Gen. Ivanov in St. Petersburg, declined to comment on V. Petrov.";
            default -> "Share on Facebook\nAdvertisement\n" + pick(r, PEOPLE) + " begins his fifth term in office "
                    + pick(r, WHEN) + ". Lukashneko, Iskandar and Konstantinovskiy Palace are spelled differently here,"
                    + " as scraped copy often does.";
        };
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
