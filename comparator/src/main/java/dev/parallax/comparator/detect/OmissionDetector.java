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
                for (int a = 0; a < ctx.accounts().size(); a++) {
                    if (!carriedRoots.contains(ctx.copyRoot()[a])) missing.add(new Evidence(ctx.accounts().get(a), 0, 0).outlet());
                }
                String summary = "missing from " + String.join(", ", missing) + " — carried by " + carrying + " of " + total
                        + " independent sources: '" + Finding.oneLine(ev.get(0).text()) + "'";
                out.add(new Finding(DiscrepancyType.OMISSION, Severity.MEDIUM, summary, g, ev));
            } else if (carrying == 1 && specific(g)) {
                String summary = "only " + ev.get(0).outlet() + " carries: '" + Finding.oneLine(ev.get(0).text()) + "'";
                out.add(new Finding(DiscrepancyType.OMISSION, Severity.LOW, summary, g, ev));
            }
        }
        return out;
    }

    /** A lone claim is worth flagging when it states a checkable specific: a figure or a day. */
    private static boolean specific(AlignedGroup g) {
        ClaimRef c = g.members().get(0);
        return !c.claim().quantities().isEmpty() || !DateDetector.days(c).isEmpty()
                || c.claim().times().stream().anyMatch(t -> t.duration() != null);
    }
}
