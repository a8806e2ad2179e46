package dev.parallax.bench;

import dev.parallax.comparator.ComparisonConfig;
import dev.parallax.comparator.event.EventGrouper;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.ArticleMeta;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Meaning;
import dev.parallax.core.model.TimeExpression;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Event grouping at scale: synthetic analyzed articles (records built directly — running the analyzer on
 * 100,000 texts would measure the analyzer) spread over 1,000 events, grouped at several sizes. Prints wall
 * time, peak heap during grouping and pairwise precision/recall against the generated truth.
 *
 * <p>Usage: GroupingBench [sizes...] (default 10000 30000 100000). Run with -Xmx4g to hold the 4 GB bound.
 */
public final class GroupingBench {
    private static final int EVENTS = 1_000;

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) sizes.add(Integer.parseInt(a));
        if (sizes.isEmpty()) sizes = List.of(10_000, 30_000, 100_000);
        System.out.printf(Locale.ROOT, "%8s %10s %12s %10s %10s%n", "articles", "seconds", "peak heap MB", "precision", "recall");
        for (int n : sizes) {
            List<AnalyzedArticle> articles = generate(n, new Random(42));
            int[] truth = new int[n];
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(articles.get(i).id(), i);
                truth[i] = Integer.parseInt(articles.get(i).meta().byline());
            }
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            List<int[]> groups = new EventGrouper(ComparisonConfig.EventRules.defaults()).group(articles);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = peakHeap();
            long[] pr = pairs(groups, truth, n);
            System.out.printf(Locale.ROOT, "%8d %10.2f %12d %10.3f %10.3f%n", n, seconds, peak / (1024 * 1024),
                    (double) pr[0] / (pr[0] + pr[1]), (double) pr[0] / (pr[0] + pr[2]));
        }
    }

    /** Same-event pairs: found in truth (tp), found only (fp), truth only (fn); counted per group, not per pair. */
    private static long[] pairs(List<int[]> groups, int[] truth, int n) {
        long tp = 0, found = 0;
        for (int[] g : groups) {
            found += (long) g.length * (g.length - 1) / 2;
            Map<Integer, Integer> byEvent = new HashMap<>();
            for (int i : g) byEvent.merge(truth[i], 1, Integer::sum);
            for (int c : byEvent.values()) tp += (long) c * (c - 1) / 2;
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int t : truth) sizes.merge(t, 1, Integer::sum);
        long gold = 0;
        for (int c : sizes.values()) gold += (long) c * (c - 1) / 2;
        return new long[]{tp, found - tp, gold - tp};
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    /** n articles over 1,000 events: each event has 2-3 people, a place, a day and its own topic words. */
    static List<AnalyzedArticle> generate(int n, Random random) {
        String[] vocabulary = new String[6_000];
        for (int i = 0; i < vocabulary.length; i++) vocabulary[i] = word(random);
        String[] people = new String[400];
        for (int i = 0; i < people.length; i++) people[i] = capital(word(random)) + " " + capital(word(random));
        String[] places = new String[150];
        for (int i = 0; i < places.length; i++) places[i] = capital(word(random));
        LocalDate start = LocalDate.of(2022, 1, 1);
        record EventSpec(int[] people, int place, LocalDate day, int[] topic, double[] lead) {}
        // the analyzer embeds every article's lead; an event's accounts lead alike (about 0.8), other events' not
        boolean vectors = !"false".equals(System.getProperty("vectors"));
        List<EventSpec> events = new ArrayList<>();
        for (int e = 0; e < EVENTS; e++) {
            int k = 2 + random.nextInt(2);
            int[] who = new int[k];
            for (int i = 0; i < k; i++) who[i] = random.nextInt(people.length);
            int[] topic = new int[40];
            for (int i = 0; i < topic.length; i++) topic[i] = random.nextInt(vocabulary.length);
            double[] lead = new double[LEAD_DIMENSIONS];
            for (int i = 0; i < lead.length; i++) lead[i] = random.nextGaussian();
            events.add(new EventSpec(who, random.nextInt(places.length), start.plusDays(random.nextInt(730)), topic, lead));
        }
        List<AnalyzedArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int e = i % EVENTS;
            EventSpec spec = events.get(e);
            StringBuilder text = new StringBuilder();
            List<EntityMention> mentions = new ArrayList<>();
            for (int p : spec.people()) {
                int s = text.length();
                text.append(people[p]);
                mentions.add(new EntityMention("person:" + p, EntityKind.PERSON, people[p], s, text.length(), MatchKind.EXACT, 1));
                text.append(" met ");
            }
            int ps = text.length();
            text.append(places[spec.place()]);
            mentions.add(new EntityMention("place:" + spec.place(), EntityKind.PLACE, places[spec.place()], ps, text.length(), MatchKind.EXACT, 1));
            text.append(". ");
            for (int w = 0; w < 140; w++) {
                String word = random.nextInt(100) < 45 ? vocabulary[spec.topic()[random.nextInt(spec.topic().length)]]
                        : vocabulary[random.nextInt(vocabulary.length)];
                text.append(word).append(w % 15 == 14 ? ". " : " ");
            }
            List<TimeExpression> times = new ArrayList<>();
            if (random.nextInt(10) < 7) {
                times.add(new TimeExpression(0, 0, "day", spec.day(), spec.day(), Granularity.DAY, null, false));
            }
            LocalDate published = spec.day().plusDays(random.nextInt(3));
            ArticleMeta meta = new ArticleMeta("Outlet " + (i % 97), null, null,
                    published.atTime(12, 0).atOffset(ZoneOffset.UTC), Integer.toString(e), "en", "synthetic");
            Meaning meaning = vectors ? new Meaning("synthetic", LEAD_DIMENSIONS,
                    List.of(new Meaning.SpanVector(Meaning.Role.LEAD, 0, ps, quantized(spec.lead(), random)))) : null;
            out.add(new AnalyzedArticle(String.format(Locale.ROOT, "%064x", i * 2654435761L + 17), meta, text.toString(), null,
                    List.of(), List.of(), mentions, times, List.of(), List.of(), List.of(), "en", meaning, List.of()));
        }
        Collections.shuffle(out, random);
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    static final int LEAD_DIMENSIONS = 384;

    /** The event's lead direction plus noise, as int8 like the analyzer stores it. */
    private static byte[] quantized(double[] direction, Random random) {
        double[] v = new double[direction.length];
        double max = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = direction[i] + 0.5 * random.nextGaussian();
            max = Math.max(max, Math.abs(v[i]));
        }
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (byte) Math.round(v[i] / max * 127);
        return out;
    }

    private static String word(Random r) {
        String letters = "abcdefghiklmnoprstuvyz";
        int len = 4 + r.nextInt(6);
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) b.append(letters.charAt(r.nextInt(letters.length())));
        return b.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
