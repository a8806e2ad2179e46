package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A check-worthy claim most independent sources carry and some drop, or one that only a single source
 * carries (a scoop or an error; a fact-checker wants both). Copies of one wire story count once, so five
 * copies agreeing is one source, not five.
 */
public final class OmissionDetector implements DiscrepancyDetector {
    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        int total = ctx.independentAccounts();
        if (total < ctx.rules().omissionMinSources()) return out;
        for (AlignedGroup g : ctx.groups()) {
            double worth = g.members().stream().mapToDouble(c -> c.claim().checkWorthiness()).max().orElse(0);
            if (worth < ctx.rules().omissionMinCheckWorthiness()) continue;
            Set<Integer> accounts = new TreeSet<>();
            for (ClaimRef c : g.members()) accounts.add(c.account());
            int carrying = ctx.independent(accounts);
            List<Evidence> ev = g.members().stream().map(c -> new Evidence(c.article(), c.claim().start(), c.claim().end())).toList();
            if (carrying < total && (double) carrying / total > ctx.rules().omissionMajority()) {
                Set<Integer> carriedRoots = new TreeSet<>();
                for (int a : accounts) carriedRoots.add(ctx.copyRoot()[a]);
                List<String> missing = new ArrayList<>();
                boolean reworded = false;
                for (int a = 0; a < ctx.accounts().size(); a++) {
                    if (carriedRoots.contains(ctx.copyRoot()[a])) continue;
                    reworded |= mentionsLoosely(ctx, a, g);
                    missing.add(new Evidence(ctx.accounts().get(a), 0, 0).outlet());
                }
                // an account that tells the claim in words alignment could not match has not dropped it
                if (reworded) continue;
                String summary = "missing from " + String.join(", ", missing) + " — carried by " + carrying + " of " + total
                        + " independent sources: '" + Finding.oneLine(ev.get(0).text()) + "'";
                out.add(new Finding(DiscrepancyType.OMISSION, Severity.MEDIUM, summary, g, ev));
            } else if (carrying == 1 && specific(g) && !carriedElsewhere(ctx, g)) {
                String summary = "only " + ev.get(0).outlet() + " carries: '" + Finding.oneLine(ev.get(0).text()) + "'";
                out.add(new Finding(DiscrepancyType.OMISSION, Severity.LOW, summary, g, ev));
            }
        }
        return out;
    }

    /** Whether account {@code a} has a sentence sharing most of the claim's names, figures and content words. */
    private static boolean mentionsLoosely(EventContext ctx, int a, AlignedGroup g) {
        var article = ctx.accounts().get(a);
        // the claim's core: keys at least half of its carriers share (all keys of a lone claim)
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (ClaimRef c : g.members()) dev.parallax.comparator.align.ClaimFeatures.keys(c, 400).keySet().forEach(k -> counts.merge(k, 1, Integer::sum));
        java.util.Set<String> core = new java.util.HashSet<>();
        counts.forEach((k, n) -> { if (2 * n >= g.members().size()) core.add(k); });
        List<java.util.Set<String>> members = List.of(core);
        for (var claim : dev.parallax.comparator.align.ClaimSource.claimsOf(article, 400, new ArrayList<>())) {
            java.util.Set<String> keys = dev.parallax.comparator.align.ClaimFeatures.keys(new ClaimRef(a, article, claim), 400).keySet();
            for (java.util.Set<String> m : members) {
                int common = 0;
                for (String k : keys) if (m.contains(k)) common++;
                if (m.size() > 0 && (double) common / m.size() >= LOOSE_SHARE) return true;
            }
        }
        return false;
    }

    /** Share of a carrier's content keys another account's sentence must hold to count as a rewording. */
    static final double LOOSE_SHARE = 0.34;

    private static boolean carriedElsewhere(EventContext ctx, AlignedGroup g) {
        java.util.Set<Integer> roots = new java.util.HashSet<>();
        for (ClaimRef c : g.members()) roots.add(ctx.copyRoot()[c.account()]);
        for (int a = 0; a < ctx.accounts().size(); a++) {
            if (!roots.contains(ctx.copyRoot()[a]) && mentionsLoosely(ctx, a, g)) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
            + "hundred|thousand|million|billion)\\s+(hours?|days?|weeks?|months?|years?|minutes?|per ?cent|percent|troops|"
            + "soldiers|people|km|kilometres|kilometers|miles|dollars|euros|roubles|rubles|tonnes|tons|cubic|aircraft|jets|tanks)\\b"
            + "|[$€£]\\s?\\d");

    /** A lone claim is worth flagging when it states a checkable specific: a figure or a day. */
    private static boolean specific(AlignedGroup g) {
        ClaimRef c = g.members().get(0);
        return !c.claim().quantities().isEmpty() || !DateDetector.days(c).isEmpty()
                || c.claim().times().stream().anyMatch(t -> t.duration() != null) || FIGURE.matcher(c.text()).find();
    }
}
