package dev.parallax.comparator.eval;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.report.Span;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.read.ArticleReaders;
import dev.parallax.core.read.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Measures the comparison against gold data laid out as {@code <suite>/<event-key>/<outlet>.txt} plus an
 * optional {@code expected.json} per event folder. Each suite is read and compared as one batch; event
 * grouping is scored by pairwise precision/recall of same-event pairs and the share of gold events
 * reproduced exactly; discrepancies by precision and recall per type (a found discrepancy matches an
 * expected one when the type is equal and every expected evidence string occurs, case-insensitive and
 * whitespace-collapsed, in its evidence texts), and HIGH-severity precision. An event folder whose expected.json names
 * its {@code reference} (the official record's files) is compared with those accounts as records, and the verdicts on
 * its quotations are scored against its {@code fidelity} entries ({@link FidelityScore}).
 */
public final class Evaluation {
    private final Comparison comparison;
    private final Function<Path, List<AnalyzedArticle>> loader;

    /** @param loader reads and analyzes one article file (its outlet defaulting to the file name) */
    public Evaluation(Comparison comparison, Function<Path, List<AnalyzedArticle>> loader) {
        this.comparison = comparison;
        this.loader = loader;
    }

    /** Core's readers and analyzer, the default comparison. */
    public static Evaluation withDefaults() {
        return with(ArticleAnalyzer.withDefaults());
    }

    /** Core's readers, the given analyzer (with sentence embeddings, say), the default comparison. */
    public static Evaluation with(ArticleAnalyzer analyzer) {
        return new Evaluation(Comparison.withDefaults(), file -> {
            String name = file.getFileName().toString();
            String outlet = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            List<AnalyzedArticle> out = new ArrayList<>();
            for (RawArticle raw : ArticleReaders.readPaths(List.of(file), ReadOptions.defaults().withDefaultOutlet(outlet)).articles()) {
                out.add(analyzer.analyze(raw));
            }
            return out;
        });
    }

    /** Counts for one discrepancy type (or for HIGH severity). */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? Double.NaN : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? Double.NaN : (double) truePositives / (truePositives + falseNegatives);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
        }
    }

    /**
     * @param pairs       same-event pairs: found and gold (tp), found only (fp), gold only (fn)
     * @param exactEvents gold events whose accounts form exactly one found event (or stay unassigned, for a lone account)
     * @param misses      one line per missed expected discrepancy and per false positive, for reading
     */
    public record Result(int suites, int articles, int goldEvents, Counts pairs, int exactEvents,
                         Map<DiscrepancyType, Counts> byType, Counts high, List<String> misses, FidelityScore fidelity) {
        /** The figures without a fidelity score (no folder names a record). */
        public Result(int suites, int articles, int goldEvents, Counts pairs, int exactEvents,
                      Map<DiscrepancyType, Counts> byType, Counts high, List<String> misses) {
            this(suites, articles, goldEvents, pairs, exactEvents, byType, high, misses, FidelityScore.empty());
        }

        public double pairF1() {
            double p = pairs.precision(), r = pairs.recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double exactRate() {
            return goldEvents == 0 ? Double.NaN : (double) exactEvents / goldEvents;
        }

        public Counts total() {
            Counts c = new Counts(0, 0, 0);
            for (Counts x : byType.values()) c = c.plus(x);
            return c;
        }
    }

    public Result run(Path dir) {
        List<Path> suites = suites(dir);
        int articles = 0, goldEvents = 0, exact = 0;
        Counts pairs = new Counts(0, 0, 0), high = new Counts(0, 0, 0);
        Map<DiscrepancyType, Counts> byType = new EnumMap<>(DiscrepancyType.class);
        for (DiscrepancyType t : DiscrepancyType.values()) byType.put(t, new Counts(0, 0, 0));
        List<String> misses = new ArrayList<>();
        FidelityScore fidelity = FidelityScore.empty();
        for (Path suite : suites) {
            Map<String, String> goldOf = new HashMap<>();
            Map<String, Set<String>> gold = new TreeMap<>();
            Map<String, List<ExpectedDiscrepancy>> expected = new TreeMap<>();
            Map<String, ExpectedReader.Expected> expectations = new TreeMap<>();
            Map<String, Map<String, AnalyzedArticle>> files = new TreeMap<>();
            Set<String> records = new HashSet<>();
            List<AnalyzedArticle> all = new ArrayList<>();
            for (Path event : children(suite, true)) {
                String key = suite.getFileName() + "/" + event.getFileName();
                Set<String> ids = new HashSet<>();
                Map<String, AnalyzedArticle> byFile = new HashMap<>();
                for (Path file : children(event, false)) {
                    String n = file.getFileName().toString();
                    if (n.equals("expected.json") || n.startsWith(".") || n.equalsIgnoreCase("README.md")) continue;
                    for (AnalyzedArticle a : loader.apply(file)) {
                        all.add(a);
                        ids.add(a.id());
                        goldOf.put(a.id(), key);
                        byFile.putIfAbsent(n, a);
                    }
                }
                if (ids.isEmpty()) continue;
                gold.put(key, ids);
                files.put(key, byFile);
                Path exp = event.resolve("expected.json");
                if (Files.isRegularFile(exp)) {
                    try {
                        ExpectedReader.Expected e = ExpectedReader.read(exp);
                        expected.put(key, e.discrepancies());
                        expectations.put(key, e);
                        for (String file : e.reference()) {
                            AnalyzedArticle record = byFile.get(file);
                            if (record == null) throw new IOException(exp + ": the reference " + file + " is not in the folder");
                            records.add(record.id());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            articles += all.size();
            goldEvents += gold.size();
            ComparisonReport report = comparison.compare(all, records);

            // grouping
            Map<String, String> foundOf = new HashMap<>();
            for (Event e : report.events()) for (String id : e.articles()) foundOf.put(id, e.id());
            List<String> ids = new ArrayList<>(goldOf.keySet());
            ids.sort(null);
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    boolean g = goldOf.get(ids.get(i)).equals(goldOf.get(ids.get(j)));
                    String fi = foundOf.get(ids.get(i)), fj = foundOf.get(ids.get(j));
                    boolean f = fi != null && fi.equals(fj);
                    if (g && f) tp++;
                    else if (f) fp++;
                    else if (g) fn++;
                }
            }
            pairs = pairs.plus(new Counts(tp, fp, fn));
            Set<Set<String>> foundSets = new HashSet<>();
            for (Event e : report.events()) foundSets.add(Set.copyOf(e.articles()));
            for (String id : report.unassigned()) foundSets.add(Set.of(id));
            for (Map.Entry<String, Set<String>> g : gold.entrySet()) {
                if (foundSets.contains(g.getValue())) exact++;
                else misses.add("grouping: " + g.getKey() + " (" + g.getValue().size() + " accounts) not reproduced exactly");
            }

            // discrepancies, judged against the gold event holding most of a found event's accounts
            Map<String, List<Discrepancy>> foundFor = new TreeMap<>();
            for (Event e : report.events()) {
                Map<String, Integer> votes = new TreeMap<>();
                for (String id : e.articles()) votes.merge(goldOf.getOrDefault(id, "?"), 1, Integer::sum);
                String key = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
                foundFor.computeIfAbsent(key, k -> new ArrayList<>()).addAll(e.discrepancies());
            }
            for (Map.Entry<String, List<ExpectedDiscrepancy>> ex : expected.entrySet()) {
                List<Discrepancy> found = foundFor.getOrDefault(ex.getKey(), List.of());
                boolean[] used = new boolean[found.size()];
                for (ExpectedDiscrepancy want : ex.getValue()) {
                    int hit = -1;
                    for (int i = 0; i < found.size() && hit < 0; i++) {
                        if (!used[i] && matches(found.get(i), want)) hit = i;
                    }
                    if (hit >= 0) {
                        used[hit] = true;
                        byType.merge(want.type(), new Counts(1, 0, 0), Counts::plus);
                        if (found.get(hit).severity() == Severity.HIGH) high = high.plus(new Counts(1, 0, 0));
                    } else {
                        byType.merge(want.type(), new Counts(0, 0, 1), Counts::plus);
                        misses.add("missed " + want.type() + " in " + ex.getKey() + ": " + want.evidence()
                                + (want.note() == null ? "" : " (" + want.note() + ")"));
                    }
                }
                for (int i = 0; i < found.size(); i++) {
                    if (used[i]) continue;
                    Discrepancy d = found.get(i);
                    byType.merge(d.type(), new Counts(0, 1, 0), Counts::plus);
                    if (d.severity() == Severity.HIGH) high = high.plus(new Counts(0, 1, 0));
                    misses.add("false " + d.type() + "/" + d.severity() + " in " + ex.getKey() + ": " + d.summary());
                }
            }

            // verdicts against the record, wherever the report put the gold event's accounts
            for (Map.Entry<String, ExpectedReader.Expected> ex : expectations.entrySet()) {
                if (ex.getValue().fidelity().isEmpty()) continue;
                Set<String> members = gold.get(ex.getKey());
                List<dev.parallax.comparator.report.Fidelity> found = new ArrayList<>();
                for (Event e : report.events()) {
                    for (var f : e.fidelity()) if (members.contains(f.article())) found.add(f);
                }
                FidelityScore score = FidelityScore.of(ex.getKey(), ex.getValue().fidelity(), found, files.get(ex.getKey()));
                fidelity = fidelity.plus(score);
            }
        }
        misses.addAll(fidelity.misses());
        return new Result(suites.size(), articles, goldEvents, pairs, exact, byType, high, misses, fidelity);
    }

    static boolean matches(Discrepancy found, ExpectedDiscrepancy want) {
        if (found.type() != want.type()) return false;
        StringBuilder all = new StringBuilder();
        for (Span s : found.evidence()) all.append(normalize(s.text())).append(" \u0000 ");
        String hay = all.toString();
        for (String e : want.evidence()) if (!hay.contains(normalize(e))) return false;
        return true;
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('“', '"').replace('”', '"').replaceAll("\\s+", " ").strip();
    }

    /** A directory of suites, or a single suite (its children are event folders holding article files). */
    private static List<Path> suites(Path dir) {
        List<Path> kids = children(dir, true);
        boolean dirIsSuite = kids.stream().anyMatch(k -> children(k, false).stream().anyMatch(Files::isRegularFile));
        return dirIsSuite ? List.of(dir) : kids;
    }

    private static List<Path> children(Path dir, boolean directories) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> directories ? Files.isDirectory(p) : Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures as a fact-checker's team would read them. */
    public static String format(Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Evaluation: %d suite(s), %d articles, %d gold events%n", r.suites(), r.articles(), r.goldEvents()));
        b.append(String.format(Locale.ROOT, "Event grouping: pairwise precision %s, recall %s, F1 %s; exact events %d/%d (%s)%n",
                pct(r.pairs().precision()), pct(r.pairs().recall()), pct(r.pairF1()), r.exactEvents(), r.goldEvents(), pct(r.exactRate())));
        b.append(String.format(Locale.ROOT, "%-14s %5s %5s %5s %10s %8s%n", "type", "tp", "fp", "fn", "precision", "recall"));
        for (Map.Entry<DiscrepancyType, Counts> e : r.byType().entrySet()) {
            Counts c = e.getValue();
            b.append(String.format(Locale.ROOT, "%-14s %5d %5d %5d %10s %8s%n", e.getKey(), c.truePositives(), c.falsePositives(),
                    c.falseNegatives(), pct(c.precision()), pct(c.recall())));
        }
        Counts t = r.total();
        b.append(String.format(Locale.ROOT, "%-14s %5d %5d %5d %10s %8s%n", "ALL", t.truePositives(), t.falsePositives(),
                t.falseNegatives(), pct(t.precision()), pct(t.recall())));
        b.append(String.format(Locale.ROOT, "HIGH severity: %d found, precision %s%n", r.high().truePositives() + r.high().falsePositives(),
                pct(r.high().precision())));
        if (r.fidelity().expected() > 0) {
            b.append("Against the record (").append(r.fidelity().expected()).append(" quotations with an expected verdict):\n");
            b.append(r.fidelity().format());
        }
        if (!r.misses().isEmpty()) {
            b.append("Details:\n");
            for (String m : r.misses()) b.append("  ").append(m).append('\n');
        }
        return b.toString();
    }

    private static String pct(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
    }
}
