package dev.parallax.bench;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordDiffer;
import dev.parallax.comparator.record.FidelityCheck;
import dev.parallax.comparator.record.FidelityRules;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The check against the record at the size the issue asks for: a generated transcript of about 10,000 words (two
 * speakers taking turns, every sentence different: topics, places and figures varied) and 25 generated accounts of
 * about 5 KB that quote it, each with eight quotations (word for word, paraphrased, a figure changed, a negation lost,
 * a modal hardened, the words given to the other speaker, words not in the record) and reported speech around them.
 * Everything is analyzed once by core's analyzer (not timed); then {@link FidelityCheck#check} is timed warm, and
 * for context the whole comparison of the event with its record.
 *
 * <p>Usage: FidelityBench [accounts] [recordWords] [runs] (default 25 10000 9). With {@code -Dbench.show=true} it prints the
 * quotations whose verdict is not what the generator made of them; {@code -Dbench.dump=FILE} writes the generated record.
 * A sanity line counts verdicts by what each quotation was made to be (as said, paraphrased, a figure changed, ...).
 */
public final class FidelityBench {
    private static final String[] TOPICS = {"trade", "energy", "transport", "the harvest", "customs", "the border", "education",
            "health care", "the railway", "shipping", "industry", "investment", "tourism", "science", "the ports", "fisheries"};
    private static final String[] PLACES = {"Minsk", "Moscow", "Kazan", "Brest", "Gomel", "Vitebsk", "Samara", "Omsk", "Tver", "Pskov"};
    private static final String[] TEMPLATES = {
            "Cooperation on %s grew by %d percent in the last year, and we expect more in %s.",
            "We are not going to cut the budget for %s, and the %d projects in %s will go ahead.",
            "The new agreement on %s could be signed within %d months, the ministers in %s told us.",
            "Our teams in %s have finished %d of the tasks we set for %s.",
            "As for %s, we want to build %d new plants together, starting in %s.",
            "We agreed to consult each other on %s before any new rules are set, and to meet %d times a year in %s.",
            "Talks on %s were held in a frank atmosphere, and %d documents were prepared in %s.",
            "I am sure that %s will remain a priority for the next %d years, whatever happens in %s.",
    };

    /** What each generated quotation was made to be, by its words: for a sanity line beside the timings. */
    private static final Map<String, String> PLANTED = new java.util.HashMap<>();

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        int recordWords = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        Random random = new Random(17);
        List<String[]> sentences = new ArrayList<>(); // {speaker, sentence}
        String record = transcript(random, recordWords, sentences);
        if (System.getProperty("bench.dump") != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("bench.dump")), record);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        OffsetDateTime day = OffsetDateTime.parse("2024-05-23T18:00:00+03:00");
        AnalyzedArticle transcript = analyzer.analyze(new RawArticle("Office of the President", null, "Beginning of the talks", day,
                null, "en", record, SourceFormat.TEXT, "record"));
        List<AnalyzedArticle> all = new ArrayList<>();
        all.add(transcript);
        long bytes = 0;
        for (int i = 0; i < accounts; i++) {
            String text = account(random, i, sentences);
            bytes += text.length();
            all.add(analyzer.analyze(new RawArticle("Outlet " + i, null, "Talks on the Volga " + i, day, null, "en", text,
                    SourceFormat.TEXT, "account-" + i)));
        }
        FidelityCheck check = new FidelityCheck(FidelityRules.defaults(), new PassageDiffer(new WordDiffer(400)));
        Set<String> records = Set.of(transcript.id());
        for (int i = 0; i < 3; i++) check.check(all, records, List.of()); // warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs], cpu = new double[runs];
        FidelityCheck.Outcome outcome = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            outcome = check.check(all, records, List.of());
            ms[r] = (System.nanoTime() - t0) / 1e6;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        Map<FidelityVerdict, Integer> verdicts = new EnumMap<>(FidelityVerdict.class);
        Map<String, Map<FidelityVerdict, Integer>> byKind = new java.util.TreeMap<>();
        Map<String, Integer> accountOf = new java.util.HashMap<>();
        for (int i = 0; i < accounts; i++) accountOf.put(all.get(i + 1).id(), i);
        for (FidelityCheck.Checked c : outcome.checked()) {
            verdicts.merge(c.fidelity().verdict(), 1, Integer::sum);
            String kind = PLANTED.getOrDefault(accountOf.get(c.fidelity().article()) + "|" + c.fidelity().quote().text(),
                    c.fidelity().kind().equals("INDIRECT") ? "reported" : "?");
            byKind.computeIfAbsent(kind, k -> new EnumMap<>(FidelityVerdict.class)).merge(c.fidelity().verdict(), 1, Integer::sum);
            boolean odd = kind.equals("as said") && c.fidelity().verdict() != FidelityVerdict.VERBATIM
                    || kind.equals("other speaker") && c.fidelity().verdict() != FidelityVerdict.ALTERED
                    || kind.equals("figure changed") && c.fidelity().verdict() != FidelityVerdict.ALTERED;
            if (odd && Boolean.getBoolean("bench.show")) {
                System.out.println("  " + kind + " -> " + c.fidelity().verdict() + " speaker=" + c.fidelity().speaker() + "/"
                        + c.fidelity().speakerWords() + " record=" + c.fidelity().recordSpeaker() + ": " + c.fidelity().quote().text()
                        + "\n      record: " + (c.fidelity().record() == null ? null : c.fidelity().record().text()) + "\n      " + c.fidelity().reasons());
            }
        }
        System.out.printf(Locale.ROOT, "record: %d words, %d sentences; accounts=%d avg size=%.1f KB; quotations checked=%d %s%n",
                recordWords, sentences.size(), accounts, bytes / 1024.0 / accounts, outcome.checked().size(), verdicts);
        System.out.println("verdicts by what the generator made of each quotation: " + byKind);
        System.out.printf(Locale.ROOT, "fidelity check: runs=%d median=%.1f ms min=%.1f ms max=%.1f ms; CPU median=%.1f ms%n",
                runs, ms[runs / 2], ms[0], ms[runs - 1], cpu[runs / 2]);
        Comparison comparison = Comparison.withDefaults();
        comparison.compareAsOneEvent(all, records);
        double[] whole = new double[3];
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            comparison.compareAsOneEvent(all, records);
            whole[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(whole);
        System.out.printf(Locale.ROOT, "whole comparison of the event with its record: median of 3 = %.1f ms%n", whole[1]);
    }

    /** Two speakers taking turns of a few paragraphs until the record has about {@code words} words. */
    private static String transcript(Random random, int words, List<String[]> sentences) {
        StringBuilder b = new StringBuilder("Beginning of the talks\n\n");
        String[] labels = {"President of Russia Vladimir Putin", "President of Belarus Alexander Lukashenko"};
        String[] speakers = {"Putin", "Lukashenko"};
        int count = 0, turn = 0;
        while (count < words) {
            int who = turn++ % 2;
            b.append(labels[who]).append(": ");
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs && count < words; p++) {
                if (p > 0) b.append("\n\n");
                for (int s = 0; s < 3 + random.nextInt(3); s++) {
                    String sentence = String.format(Locale.ROOT, TEMPLATES[random.nextInt(TEMPLATES.length)],
                            TOPICS[random.nextInt(TOPICS.length)], 2 + random.nextInt(90), PLACES[random.nextInt(PLACES.length)]);
                    sentences.add(new String[] {speakers[who], sentence});
                    b.append(s > 0 ? " " : "").append(sentence);
                    count += sentence.split("\\s+").length;
                }
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    /** About 5 KB: narrative, eight quotations of the record in several kinds, reported speech, background. */
    private static String account(Random random, int i, List<String[]> sentences) {
        StringBuilder b = new StringBuilder("Vladimir Putin hosted Alexander Lukashenko for talks on Thursday, the press service said.\n\n");
        for (int q = 0; q < 8; q++) {
            String[] said = sentences.get(random.nextInt(sentences.size()));
            String original = said[1].substring(0, said[1].length() - 1);
            String words = original;
            String speaker = said[0];
            String kind = "as said";
            switch (q % 8) {
                case 1 -> words = words.replace("We agreed", "We decided").replace("teams", "people");
                case 2 -> {
                    words = words.replaceFirst("\\d+", Integer.toString(100 + random.nextInt(50)));
                    kind = "figure changed";
                }
                case 3, 4 -> words = words.replace("are not going", "are going").replace("could", "will").replace("want to", "will");
                case 5 -> {
                    speaker = speaker.equals("Putin") ? "Lukashenko" : "Putin";
                    kind = "other speaker";
                }
                case 6 -> {
                    words = "Sanctions will never stop our work on " + TOPICS[random.nextInt(TOPICS.length)];
                    kind = "not said";
                }
                default -> { }
            }
            if (kind.equals("as said") && !words.equals(original)) kind = words.contains("will") && original.contains("could")
                    || original.contains("not going") ? "modal or negation changed" : "paraphrased";
            PLANTED.put(i + "|" + words, kind);
            b.append('"').append(words).append(",\" ").append(speaker).append(" said.\n\n");
            if (q % 3 == 0) {
                String[] reported = sentences.get(random.nextInt(sentences.size()));
                b.append(reported[0]).append(" said that ").append(Character.toLowerCase(reported[1].charAt(0)))
                        .append(reported[1].substring(1)).append("\n\n");
            }
        }
        int filler = 0;
        while (b.length() < 5000) {
            b.append("Background ").append(i).append('.').append(filler++)
                    .append(": the two countries signed the Union State treaty in 1999 and have since agreed on dozens of joint")
                    .append(" programmes covering customs, energy, transport and defence.\n\n");
        }
        return b.toString();
    }
}
