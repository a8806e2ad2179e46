package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.ClaimFeatures;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A concrete fact one outlet tells in two of its own pages of the event and every other outlet leaves out: the
 * length of the talks in both stories of a two-day visit, a named programme or strategy in both the meeting summary
 * and the press-conference transcript of one government office. An outlet that tells a fact twice stands by it; what
 * {@link OmissionDetector} asks of two independent sources (that one writer's idiosyncrasy is not taken for everyone
 * else's omission) the second page of one outlet does not give, so the fact must also be concrete: a figure with its
 * unit ("close to three and a half hours", "12 percent", "$40 billion"), or a name other than a person's or a place's
 * (a strategy, a programme, a body) written alike in both statements.
 *
 * <p>The two statements tell one fact when they are close in meaning and share most of the shorter one's words. The fact
 * is reported as left out by the other outlets whose account, in the same language, is long enough to have carried it,
 * appeared after the event began, and covers the same part of the event: one of its statements is close in meaning to
 * the fact's (the talks, the defence part of the summit), or is aligned with a statement next to it in one of the two
 * pages. Stays silent when any other outlet tells it in any words: a statement close in meaning, a figure of the same
 * unit (a different figure is a conflict, not an omission), the name anywhere in its account or all of the name's words
 * but one; when the outlet tells the fact in one page only (a single writer's detail); for copies of one page; and for a
 * figure written as part of a compound ("a three-day visit"), which describes the occasion rather than telling a fact
 * of it.
 */
public final class RepeatedFactOmissionDetector implements DiscrepancyDetector {
    /** Two statements of one outlet this close in meaning (sentence embeddings) may tell one fact... */
    static final double SAME_FACT = 0.65;
    /** ...when they also share this much of the shorter statement's content words (a long sentence adds other matters). */
    static final double SHARED_WORDS = 0.5;
    /** Another outlet's statement this close in meaning tells the fact in its own words. */
    static final double TOLD = 0.85;
    /** Another outlet's statement this close in meaning tells the same part of the event: it could have carried the fact. */
    static final double COVERS = 0.5;
    /** An account of fewer sentences is a brief or a listing item: too short to be expected to carry a detail. */
    static final int MIN_SENTENCES = 6;

    /** A number (digits, a fraction, or number words joined by hyphens) and, after a space, the unit it counts. */
    private static final Pattern FIGURE = Pattern.compile("(?i)(?<![\\p{L}\\d-])(?:\\d[\\d.,]*(?:\\s+\\d/\\d)?|\\d/\\d|"
            + "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred"
            + "|thousand|half|dozen)(?:-(?:and-a-half|and-a-quarter|one|two|three|four|five|six|seven|eight|nine))?)"
            + "\\s+(hours?|minutes?|days?|weeks?|months?|years?|per\\s?cent|percent|troops|soldiers|people|kilomet(?:re|er)s|miles"
            + "|dollars|euros|yen|roubles|rubles|tonnes|tons|aircraft|jets|tanks|missiles)\\b"
            + "|([$€£¥])\\s?\\d[\\d.,]*(?:\\s+(?:million|billion|trillion))?");

    @Override
    public List<Finding> detect(EventContext ctx) {
        int n = ctx.accounts().size();
        List<Finding> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!twoPagesOfOneOutlet(ctx, i, j)) continue;
                for (ClaimRef s : ctx.statements(i)) {
                    for (ClaimRef t : ctx.statements(j)) {
                        if (reported.contains(key(s)) || reported.contains(key(t))) continue;
                        if (!sameFact(ctx, s, t)) continue;
                        Fact fact = concrete(s, t);
                        if (fact == null) continue;
                        List<String> missing = leftOutBy(ctx, s, t, fact);
                        if (missing.isEmpty()) continue;
                        reported.add(key(s));
                        reported.add(key(t));
                        Evidence first = new Evidence(s.article(), s.claim().start(), s.claim().end());
                        String summary = "only " + first.outlet() + " tells, in two of its pages, " + fact.what() + ": '"
                                + Finding.oneLine(first.text()) + "' — left out by " + String.join(", ", missing);
                        out.add(new Finding(DiscrepancyType.OMISSION, Severity.LOW, summary, null,
                                List.of(first, new Evidence(t.article(), t.claim().start(), t.claim().end()))));
                    }
                }
            }
        }
        return out;
    }

    private static String key(ClaimRef c) {
        return c.account() + ":" + c.claim().start();
    }

    /** Two pages of one outlet, not copies of one page, in one language. */
    private static boolean twoPagesOfOneOutlet(EventContext ctx, int i, int j) {
        return ctx.source(i).equals(ctx.source(j)) && ctx.copyRoot()[i] != ctx.copyRoot()[j]
                && Objects.equals(ctx.accounts().get(i).language(), ctx.accounts().get(j).language());
    }

    /** Whether two statements tell one fact: close in meaning, and sharing most of the shorter one's words. */
    private static boolean sameFact(EventContext ctx, ClaimRef s, ClaimRef t) {
        double close = ctx.meaning(s, t);
        if (Double.isNaN(close) || close < SAME_FACT) return false;
        Set<String> a = ClaimFeatures.keys(s, 400).keySet(), b = ClaimFeatures.keys(t, 400).keySet();
        Set<String> shared = new TreeSet<>(a);
        shared.retainAll(b);
        return shared.size() >= SHARED_WORDS * Math.min(a.size(), b.size());
    }

    /**
     * What makes a fact concrete: a figure's unit both statements count in, or a name both write alike.
     *
     * @param unit  the unit of the figure (folded, singular), or null
     * @param names the name's folded words, or null
     * @param what  how the summary calls it
     */
    record Fact(String unit, String names, String what) {
        /**
         * Whether another outlet's statement tells the fact in its own words: a figure in the same unit (a different
         * figure is a conflict, not an omission), or the name, or all of its words but one ("the maritime strategy").
         */
        boolean tellsIt(ClaimRef o) {
            if (unit != null) return figures(o.text()).containsKey(unit);
            if (Words.fold(o.text()).contains(names)) return true;
            Set<String> words = new TreeSet<>();
            for (String w : names.split("\\s+")) {
                String k = Words.contentKey(w);
                if (k != null) words.add(k);
            }
            Set<String> there = new TreeSet<>();
            for (var w : Words.split(o.text())) {
                String k = Words.contentKey(w.text());
                if (k != null) there.add(k);
            }
            long held = words.stream().filter(there::contains).count();
            return held >= 2 && held >= words.size() - 1;
        }
    }

    private static Fact concrete(ClaimRef s, ClaimRef t) {
        Map<String, String> figures = figures(s.text());
        figures.keySet().retainAll(figures(t.text()).keySet());
        if (!figures.isEmpty()) {
            var figure = figures.entrySet().iterator().next();
            return new Fact(figure.getKey(), null, "'" + figure.getValue() + "'");
        }
        Map<String, String> names = names(s);
        names.keySet().retainAll(names(t).keySet());
        if (!names.isEmpty()) {
            var name = names.entrySet().iterator().next();
            return new Fact(null, name.getKey(), "'" + name.getValue() + "'");
        }
        return null;
    }

    /**
     * The statement's figures by the unit they count in, folded and singular ("hours" and "hour" are one unit; "$" is
     * "dollar"): the first figure of each unit, as written.
     */
    static Map<String, String> figures(String text) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                out.putIfAbsent(switch (m.group(2)) {
                    case "€" -> "euro";
                    case "£" -> "pound";
                    case "¥" -> "yen";
                    default -> "dollar";
                }, m.group());
                continue;
            }
            String u = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
            out.putIfAbsent(u.endsWith("s") ? u.substring(0, u.length() - 1) : u, m.group());
        }
        return out;
    }

    /** Two capitalized words or more, joined by nothing or by "of", "for", "and", "on": the way a strategy, programme or body is named. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}’'.-]+(?:\\s+(?:(?:of|for|and|on|the)\\s+)?\\p{Lu}[\\p{L}’'.-]+)+");
    /**
     * Last words that make a capitalized run the name of a thing told of the meeting (a strategy, a treaty, a programme,
     * a council) rather than of a person; the occasion itself (the visit, the summit, the dinner) is what every account is about.
     */
    static final Set<String> HEADS;
    static {
        Set<String> heads = new TreeSet<>(NamedThingDetector.HEADS);
        heads.addAll(TopicOmissionDetector.BODIES);
        heads.removeAll(Set.of("visit", "summit", "dinner"));
        HEADS = Set.copyOf(heads);
    }

    /**
     * The names of things the statement writes, by their folded words, as written: two capitalized words or more ending
     * in a word for a document, a plan, a programme or a body ("National Maritime Strategy", "Coastal Shield Programme"),
     * cut after that word and without the article or the capital of the sentence's first word before them.
     */
    static Map<String, String> names(ClaimRef c) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = NAME.matcher(c.text());
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().split("\\s+")));
            while (!words.isEmpty() && !HEADS.contains(Words.fold(words.get(words.size() - 1)))) words.remove(words.size() - 1);
            while (!words.isEmpty() && Words.STOPWORDS.contains(Words.fold(words.get(0)))) words.remove(0);
            if (words.size() < 2) continue;
            String run = String.join(" ", words);
            out.putIfAbsent(Words.fold(run), run);
        }
        return out;
    }

    /**
     * The other outlets that tell the part of the event the fact belongs to but not the fact; empty when one of them
     * tells it in any words (then nobody left it out).
     */
    private static List<String> leftOutBy(EventContext ctx, ClaimRef s, ClaimRef t, Fact fact) {
        Set<Integer> around = new TreeSet<>();
        around.addAll(aroundIt(ctx, s));
        around.addAll(aroundIt(ctx, t));
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < ctx.accounts().size(); k++) {
            if (ctx.source(k).equals(ctx.source(s.account()))) continue;
            AnalyzedArticle other = ctx.accounts().get(k);
            if (!Objects.equals(other.language(), s.article().language())) continue;
            if (fact.names() != null && Words.fold(other.text()).contains(fact.names())) return List.of();
            boolean covers = around.contains(k);
            for (ClaimRef o : ctx.statements(k)) {
                double close = Math.max(meaning(ctx, o, s), meaning(ctx, o, t));
                if (close >= TOLD || fact.tellsIt(o)) return List.of();
                if (close >= COVERS) covers = true;
            }
            // a preview could not tell it, a brief need not
            if (!covers || ctx.beforeTheEvent(k) || other.sentences().size() < MIN_SENTENCES) continue;
            String outlet = new Evidence(other, 0, 0).outlet();
            if (!missing.contains(outlet)) missing.add(outlet);
        }
        return missing;
    }

    /** Statements on either side of the fact this far apart in its page are the material around it. */
    static final int AROUND = 2;

    /** The accounts that tell one of the statements around the fact in its page: their claims are aligned with it. */
    private static Set<Integer> aroundIt(EventContext ctx, ClaimRef fact) {
        Set<Integer> out = new TreeSet<>();
        List<ClaimRef> l = ctx.statements(fact.account());
        int at = l.indexOf(fact);
        for (int d = -AROUND; d <= AROUND; d++) {
            if (d == 0 || at + d < 0 || at + d >= l.size()) continue;
            out.addAll(ctx.alignedWith(l.get(at + d)));
        }
        return out;
    }

    private static double meaning(EventContext ctx, ClaimRef a, ClaimRef b) {
        double close = ctx.meaning(a, b);
        return Double.isNaN(close) ? 0 : close;
    }
}
