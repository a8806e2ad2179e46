package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimFeatures;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.align.ClaimSource;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.ContentKeys;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A check-worthy claim that at least two independent sources carry and an account drops although it covers
 * the material around it (a claim next to it in a carrying account is aligned with one of the dropping
 * account's claims); or a specific claim (a figure, a duration) only one source carries while the others
 * cover the material around it (a scoop or an error; a fact-checker wants both). Copies of one wire story
 * count once, so five copies agreeing is one source, not five. An account that tells the claim in other
 * words — in a sentence alignment did not pair, or one the analyzer judged not check-worthy, or one whose
 * meaning is close (sentence embeddings) — has not dropped it. Only accounts in the carriers' language are
 * judged: whether an account in another language tells the claim is not something words can show. That
 * two independent sources chose to report a statement makes it worth checking, whatever the analyzer scored.
 */
public final class OmissionDetector implements DiscrepancyDetector {
    /** Share of a carrier's content keys another account's sentence must hold to count as a rewording. */
    static final double LOOSE_SHARE = 0.34;
    /** A sentence holding this share of the smaller of two key sets (and at least MIN_COMMON keys) tells the same thing. */
    static final double CONTAINMENT = 0.4;
    static final int MIN_COMMON = 3;
    /** How check-worthy a claim stating a figure or a duration counts at least. */
    static final double SPECIFIC_WORTH = 0.6;

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        Map<ClaimRef, AlignedGroup> groupOf = new IdentityHashMap<>();
        Map<String, ClaimRef> refAt = new HashMap<>();
        for (AlignedGroup g : ctx.groups()) {
            for (ClaimRef c : g.members()) {
                groupOf.put(c, g);
                refAt.put(c.account() + ":" + c.claim().start(), c);
            }
        }
        List<List<Claim>> claimsOf = new ArrayList<>();
        List<List<ClaimRef>> statementsOf = new ArrayList<>();
        for (int i = 0; i < ctx.accounts().size(); i++) {
            AnalyzedArticle a = ctx.accounts().get(i);
            List<Claim> claims = ClaimSource.claimsOf(a, Integer.MAX_VALUE, new ArrayList<>());
            claimsOf.add(claims);
            List<ClaimRef> refs = new ArrayList<>();
            for (Claim c : claims) refs.add(new ClaimRef(i, a, c));
            statementsOf.add(refs);
        }
        List<List<Set<String>>> sentenceKeys = new ArrayList<>();
        List<List<Set<String>>> sentenceFigures = new ArrayList<>();
        for (int a = 0; a < ctx.accounts().size(); a++) {
            sentenceKeys.add(sentenceKeys(a, ctx.accounts().get(a), ctx.contentKeys()));
            sentenceFigures.add(sentenceFigures(ctx.accounts().get(a)));
        }
        // how rare each key is among the event's sentences: "two presidents talked" shares nothing specific
        Map<String, Integer> df = new HashMap<>();
        int sentences = 0;
        for (List<Set<String>> l : sentenceKeys) for (Set<String> k : l) {
            sentences++;
            k.forEach(x -> df.merge(x, 1, Integer::sum));
        }
        final int n = Math.max(1, sentences);
        Map<String, Double> weights = new HashMap<>();
        java.util.function.ToDoubleFunction<String> weight = k -> weights.computeIfAbsent(k, x -> Math.log(1.0 + (double) n / df.getOrDefault(x, 1)));

        for (AlignedGroup g : ctx.groups()) {
            String language = g.members().get(0).article().language();
            Set<Integer> peers = new TreeSet<>();
            for (int a = 0; a < ctx.accounts().size(); a++) if (language.equals(ctx.accounts().get(a).language())) peers.add(a);
            int total = ctx.independent(peers);
            if (total < ctx.rules().omissionMinSources()) continue;
            Set<Integer> accounts = new TreeSet<>();
            for (ClaimRef c : g.members()) accounts.add(c.account());
            int carrying = ctx.independent(agreeing(ctx, g));
            double worth = g.members().stream().mapToDouble(c -> c.claim().checkWorthiness()).max().orElse(0);
            boolean specific = specific(g);
            if (specific) worth = Math.max(worth, SPECIFIC_WORTH); // a figure is checkable whatever the analyzer scored
            // if (carrying >= 2) worth = Math.max(worth, SPECIFIC_WORTH); // two sources chose to report it
            if (worth < ctx.rules().omissionMinCheckWorthiness()) continue;
            boolean majority = carrying >= 2 && carrying < total && (double) carrying / total > ctx.rules().omissionMajority();
            boolean lone = carrying == 1 && specific;
            if (!majority && !lone) continue;
            Set<String> covering = covering(ctx, g, groupOf, refAt, claimsOf);
            Set<String> carriedRoots = new TreeSet<>();
            for (int a : accounts) carriedRoots.add(ctx.source(a));
            List<Set<String>> memberKeys = g.members().stream().map(c -> (Set<String>) new java.util.HashSet<>(ClaimFeatures.keys(c, 400, ctx.contentKeys()).keySet())).toList();
            Set<String> core = core(memberKeys, g.members().size());
            List<Evidence> ev = g.members().stream().map(c -> new Evidence(c.article(), c.claim().start(), c.claim().end())).toList();

            // sources that drop the claim although they tell what surrounds it
            List<String> missing = new ArrayList<>();
            boolean reworded = false;
            if (lone) {
                // a lone claim is flagged for its figure: any account stating that figure carries it, wherever it tells it
                for (int a : peers) {
                    if (!carriedRoots.contains(ctx.source(a)) && tellsTheFigure(sentenceKeys.get(a), sentenceFigures.get(a), g, memberKeys)) {
                        reworded = true;
                        break;
                    }
                }
            }
            for (int a : peers) {
                String source = ctx.source(a);
                if (carriedRoots.contains(source)) continue;
                if (!covering.contains(source)) continue;
                if (tellsLoosely(sentenceKeys.get(a), core, memberKeys, weight) || tellsInOtherWords(ctx, statementsOf.get(a), g)
                        || tellsTheFigure(sentenceKeys.get(a), sentenceFigures.get(a), g, memberKeys)) {
                    reworded = true;
                    continue;
                }
                String outlet = new Evidence(ctx.accounts().get(a), 0, 0).outlet();
                if (!missing.contains(outlet)) missing.add(outlet);
            }
            if (reworded) continue; // one account's rewording shows the others may have paraphrased too: not judged
            if (missing.isEmpty()) continue;
            if (majority) {
                String summary = "missing from " + String.join(", ", missing) + " — carried by " + carrying + " of " + total
                        + " independent sources: '" + Finding.oneLine(ev.get(0).text()) + "'";
                out.add(new Finding(DiscrepancyType.OMISSION, Severity.MEDIUM, summary, g, ev));
            } else if (lone && missing.size() * 2 >= total) {
                String summary = "only " + ev.get(0).outlet() + " carries: '" + Finding.oneLine(ev.get(0).text()) + "'";
                out.add(new Finding(DiscrepancyType.OMISSION, Severity.LOW, summary, g, ev));
            }
        }
        return out;
    }

    /** Two carriers' statements this close in meaning (or sharing this much of their words) tell one claim. */
    static final double CARRIERS_AGREE = 0.7;

    /**
     * The accounts whose statement in the group says what another member's does: alignment chains statements
     * (a talks sentence, a photo caption of the day before, another meeting's caption), and only statements
     * that agree make sources that carry one claim.
     */
    static Set<Integer> agreeing(EventContext ctx, AlignedGroup g) {
        Set<Integer> out = new TreeSet<>();
        List<ClaimRef> m = g.members();
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
                ClaimRef a = m.get(i), b = m.get(j);
                double close = ctx.meaning(a, b);
                // written days apart ("21 March" / "March 20"): two moments of a visit, not one claim
                var da = DateDetector.days(a);
                var db = DateDetector.days(b);
                if (!da.isEmpty() && !db.isEmpty() && !DateDetector.overlapAny(da, db)) continue;
                if ((!Double.isNaN(close) && close >= CARRIERS_AGREE) || ChangeScan.equalShare(ctx.diff(a, b)) >= 0.5) {
                    out.add(a.account());
                    out.add(b.account());
                }
            }
        }
        if (m.size() == 1) out.add(m.get(0).account());
        return out;
    }

    /** A sentence of the account this close in meaning to a carrier's statement tells the same thing. */
    static final double TOLD = 0.85;

    /** Whether one of the account's sentences says what a carrier's statement says, by meaning. */
    private static boolean tellsInOtherWords(EventContext ctx, List<ClaimRef> statements, AlignedGroup g) {
        for (ClaimRef ref : statements) {
            for (ClaimRef m : g.members()) {
                double close = ctx.meaning(ref, m);
                if (!Double.isNaN(close) && close >= TOLD) return true;
            }
        }
        return false;
    }

    /** Keys besides the figure a sentence must share with a carrier's statement to tell that figure of it. */
    static final int FIGURE_COMPANIONS = 2;

    /**
     * Whether one of the account's sentences states a carrier's figure ("4,500", "March 3") with at least
     * {@link #FIGURE_COMPANIONS} of that carrier's other keys: "4,500 staff of the tractor works in Minsk downed tools
     * over wages" tells the figure of "some 4,500 workers struck at the Minsk tractor plant for unpaid wages, a day
     * before the minister resigned", however much else the carrier's sentence fuses into it. A figure is what makes a lone claim
     * worth flagging, so an account stating it has not left the claim out (how the two give it is NUMBER's or
     * HEDGE's to compare). Figures of one or two digits alone ("2", "28" aside a day) are too common to count unless
     * they are a day of a month.
     */
    private static boolean tellsTheFigure(List<Set<String>> sentences, List<Set<String>> figures, AlignedGroup g,
                                          List<Set<String>> memberKeys) {
        for (int m = 0; m < g.members().size(); m++) {
            Set<String> own = figures(g.members().get(m).text());
            if (own.isEmpty()) continue;
            for (int i = 0; i < sentences.size(); i++) {
                if (java.util.Collections.disjoint(own, figures.get(i))) continue;
                int companions = 0;
                for (String k : sentences.get(i)) {
                    if (memberKeys.get(m).contains(k) && !FIGURE_KEY.matcher(k).matches()) companions++;
                }
                if (companions >= FIGURE_COMPANIONS) return true;
            }
        }
        return false;
    }

    /** A key that is only a figure: not one of the companions a figure needs. */
    private static final java.util.regex.Pattern FIGURE_KEY = java.util.regex.Pattern.compile("[\\d.,]+");
    /** A number of three digits or more (thousands separators allowed), or a day of a month ("August 9", "9 August"). */
    private static final java.util.regex.Pattern DISTINCT_FIGURE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})\\b"
            + "|(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b"
            + "|(\\d{1,3}(?:,\\d{3})+|\\d{3,})(?![\\d,]))");

    /** The distinct figures of a text, normalized: "100,000" and "100000" as "100000", a day as "aug-9". */
    static Set<String> figures(String text) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = DISTINCT_FIGURE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) out.add(m.group(1).toLowerCase(java.util.Locale.ROOT) + "-" + Integer.parseInt(m.group(2)));
            else if (m.group(3) != null) out.add(m.group(4).toLowerCase(java.util.Locale.ROOT) + "-" + Integer.parseInt(m.group(3)));
            else {
                String digits = m.group(5).replace(",", "");
                // a year is a date, not a figure of the claim
                if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) continue;
                out.add(digits);
            }
        }
        return out;
    }

    /** Each sentence's figures, in the order of {@link #sentenceKeys}. */
    private static List<Set<String>> sentenceFigures(AnalyzedArticle article) {
        List<Set<String>> out = new ArrayList<>();
        for (Claim s : ClaimSource.fromSentences(article)) out.add(figures(s.text()));
        for (Claim c : article.claims()) out.add(figures(c.text()));
        return out;
    }

    /** Keys at least half of the carriers share (all keys of a lone claim). */
    private static Set<String> core(List<Set<String>> memberKeys, int members) {
        Map<String, Integer> counts = new HashMap<>();
        for (Set<String> k : memberKeys) k.forEach(x -> counts.merge(x, 1, Integer::sum));
        Set<String> core = new HashSet<>();
        counts.forEach((k, n) -> {
            if (2 * n >= members) core.add(k);
        });
        return core;
    }

    /** Every sentence of an account, as content keys: the rewording may sit in a sentence that is no claim. */
    private static List<Set<String>> sentenceKeys(int account, AnalyzedArticle article, ContentKeys contentKeys) {
        List<Set<String>> out = new ArrayList<>();
        for (Claim s : ClaimSource.fromSentences(article)) out.add(new java.util.HashSet<>(ClaimFeatures.keys(new ClaimRef(account, article, s), 400, contentKeys).keySet()));
        for (Claim c : article.claims()) out.add(new java.util.HashSet<>(ClaimFeatures.keys(new ClaimRef(account, article, c), 400, contentKeys).keySet()));
        return out;
    }

    /** Whether one of the sentences shares most of the claim's core, or most of one carrier's wording. */
    private static boolean tellsLoosely(List<Set<String>> sentences, Set<String> core, List<Set<String>> memberKeys,
                                        java.util.function.ToDoubleFunction<String> weight) {
        double[] wm = new double[memberKeys.size()];
        for (int i = 0; i < wm.length; i++) for (String k : memberKeys.get(i)) wm[i] += weight.applyAsDouble(k);
        for (Set<String> keys : sentences) {
            if (!core.isEmpty()) {
                int common = 0;
                for (String k : keys) if (core.contains(k)) common++;
                if ((double) common / core.size() >= LOOSE_SHARE) return true;
            }
            double ws = 0;
            for (String k : keys) ws += weight.applyAsDouble(k);
            for (int i = 0; i < wm.length; i++) {
                Set<String> m = memberKeys.get(i);
                int common = 0, central = 0;
                double shared = 0;
                for (String k : keys) {
                    if (m.contains(k)) {
                        common++;
                        shared += weight.applyAsDouble(k);
                        if (core.contains(k)) central++;
                    }
                }
                // the shared words must include the claim's core, not another fact fused into one carrier's sentence
                if (common >= MIN_COMMON && central >= 2 && shared / Math.min(ws, wm[i]) >= CONTAINMENT) return true;
            }
        }
        return false;
    }

    /**
     * The sources that tell the material around the claim: a claim just before or after it in a carrying
     * account is aligned with one of their claims. An account that never gets near that part of the story
     * has not dropped a claim from it.
     */
    private static Set<String> covering(EventContext ctx, AlignedGroup g, Map<ClaimRef, AlignedGroup> groupOf,
                                        Map<String, ClaimRef> refAt, List<List<Claim>> claimsOf) {
        Set<String> out = new HashSet<>();
        for (ClaimRef c : g.members()) {
            List<Claim> claims = claimsOf.get(c.account());
            int at = -1;
            for (int i = 0; i < claims.size() && at < 0; i++) if (claims.get(i).start() == c.claim().start()) at = i;
            if (at < 0) continue;
            for (int d = -2; d <= 2; d++) {
                if (d == 0 || at + d < 0 || at + d >= claims.size()) continue;
                ClaimRef near = refAt.get(c.account() + ":" + claims.get(at + d).start());
                AlignedGroup ng = near == null ? null : groupOf.get(near);
                if (ng != null) for (ClaimRef m : ng.members()) out.add(ctx.source(m.account()));
            }
        }
        return out;
    }

    // the lookahead skips, before trying the alternatives, every position no figure starts at (a digit or the first
    // letter of a number word): the same matches, found without trying them all at every letter
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(?i)(?=[\\dotfsenhmb])\\b(\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
            + "hundred|thousand|million|billion)\\s+(hours?|days?|weeks?|months?|years?|minutes?|per ?cent|percent|troops|"
            + "soldiers|people|km|kilometres|kilometers|miles|dollars|euros|roubles|rubles|tonnes|tons|cubic|aircraft|jets|tanks)\\b"
            + "|[$€£]\\s?\\d");

    /** A lone claim is worth flagging when it states a checkable specific: a figure or a duration. */
    private static boolean specific(AlignedGroup g) {
        ClaimRef c = g.members().get(0);
        return c.claim().quantities().stream().anyMatch(q -> q.kind() != dev.parallax.core.model.QuantityKind.ORDINAL
                        && q.unit() != null && !q.unit().isEmpty())
                || c.claim().times().stream().anyMatch(t -> t.duration() != null) || FIGURE.matcher(c.text()).find();
    }
}
