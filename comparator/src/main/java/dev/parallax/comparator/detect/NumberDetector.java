package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.QuantityKind;
import dev.parallax.core.model.TimeExpression;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The same quantity reported differently in aligned claims. Values are compared normalized (a duration in
 * days: "six months" and "half a year" agree), ranges and offered alternatives count as agreeing when they
 * overlap, and an approximate figure gets a tolerance. Sums in different currencies are never compared by value,
 * but the same exact sum in another currency is a finding (one account has the currency wrong). Numbers that are
 * part of a date are the DateDetector's.
 */
public final class NumberDetector implements DiscrepancyDetector {
    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        double tol = ctx.rules().approximateTolerance();
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, Evidence> ev = new LinkedHashMap<>();
            // a wrong currency is its own finding, apart from the group's differing figures
            Map<String, Evidence> currency = new LinkedHashMap<>();
            boolean high = false;
            List<ClaimRef> m = g.members();
            List<Map<String, List<Value>>> slots = m.stream().map(NumberDetector::values).toList();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    // figures of claims worded too differently may answer different questions
                    if (ChangeScan.equalShare(ctx.diff(m.get(i), m.get(j))) < ChangeScan.MIN_EQUAL_SHARE) continue;
                    for (Map.Entry<String, List<Value>> e : slots.get(i).entrySet()) {
                        List<Value> other = slots.get(j).get(e.getKey());
                        if (other == null || agree(e.getValue(), other, tol)) continue;
                        for (Value v : e.getValue()) EntityDetector.put(ev, withUnit(m.get(i), v.start, v.end));
                        for (Value v : other) EntityDetector.put(ev, withUnit(m.get(j), v.start, v.end));
                        high |= e.getValue().stream().noneMatch(v -> v.approximate) || other.stream().noneMatch(v -> v.approximate);
                    }
                    for (Value[] pair : sameSumInAnotherCurrency(slots.get(i), slots.get(j))) {
                        EntityDetector.put(currency, withUnit(m.get(i), pair[0].start, pair[0].end));
                        EntityDetector.put(currency, withUnit(m.get(j), pair[1].start, pair[1].end));
                    }
                }
            }
            // figures the analyzer did not extract: a changed number in otherwise equal wording
            ChangeScan.forEachChange(ctx, g, (l, r, c) -> {
                if (c.kind() != dev.parallax.comparator.diff.WordDiffer.Kind.CHANGE || c.spellingOnly()) return;
                if (!l.claim().quantities().isEmpty() && !r.claim().quantities().isEmpty()) return;
                if (ChangeScan.wordCount(c.left()) > 4 || ChangeScan.wordCount(c.right()) > 4) return;
                if (!hasFigure(c.left()) || !hasFigure(c.right())) return;
                if (DateDetector.dateLike(l, c.leftStart(), c.leftEnd()) || DateDetector.dateLike(r, c.rightStart(), c.rightEnd())) return;
                EntityDetector.put(ev, figure(l, c.leftStart(), c.leftEnd()));
                EntityDetector.put(ev, figure(r, c.rightStart(), c.rightEnd()));
            });
            high |= !ev.isEmpty();
            if (!ev.isEmpty()) {
                List<Evidence> list = List.copyOf(ev.values());
                out.add(new Finding(DiscrepancyType.NUMBER, high ? Severity.HIGH : Severity.MEDIUM, Finding.summarize(list), g, list));
            }
            if (!currency.isEmpty()) {
                List<Evidence> list = List.copyOf(currency.values());
                out.add(new Finding(DiscrepancyType.NUMBER, Severity.HIGH, Finding.summarize(list), g, list));
            }
        }
        return out;
    }

    /** A number that is not a year. */
    private static boolean hasFigure(String s) {
        for (var w : ChangeScan.words(s)) {
            String t = w.text();
            if (!ChangeScan.isNumber(t)) continue;
            if (t.matches("(19|20)\\d\\d")) continue;
            return true;
        }
        return false;
    }

    /** The changed words with a currency sign before and a percent sign after, as written. */
    private static Evidence figure(ClaimRef ref, int start, int end) {
        String text = ref.article().text();
        int s = start, e = end;
        if (s > 0 && "$€£¥₽".indexOf(text.charAt(s - 1)) >= 0) s--;
        if (e < text.length() && text.charAt(e) == '%') e++;
        return withUnit(ref, s, e);
    }

    private static final java.util.Set<String> UNITS = java.util.Set.of("hours", "hour", "days", "day", "weeks", "months",
            "years", "km", "kilometres", "miles", "percent", "troops", "soldiers", "people", "billion", "million", "thousand",
            "dollars", "euros", "roubles", "rubles", "tonnes", "minutes");

    /** The figure and the unit word right after it ("five" + "hours"), so the evidence says what was counted. */
    private static Evidence withUnit(ClaimRef ref, int start, int end) {
        String text = ref.article().text();
        var next = ChangeScan.wordAfter(text, end);
        if (next != null && next.end() <= ref.claim().end() && text.substring(end, next.start()).isBlank()
                && UNITS.contains(dev.parallax.comparator.text.Words.fold(next.text()))) {
            end = next.end();
        }
        return new Evidence(ref.article(), start, end);
    }

    private record Value(double low, double high, List<Double> alternatives, boolean approximate, int start, int end,
                         dev.parallax.core.model.Bound bound, boolean percent) {}

    /** The claim's figures by slot (kind and unit). */
    private static Map<String, List<Value>> values(ClaimRef ref) {
        Map<String, List<Value>> out = new TreeMap<>();
        List<TimeExpression> times = ref.claim().times();
        for (Quantity q : ref.claim().quantities()) {
            if (q.kind() == QuantityKind.ORDINAL) continue;
            if (times.stream().anyMatch(t -> t.start() < q.end() && q.start() < t.end() && t.duration() == null)) continue;
            double hi = q.max() == null ? q.value() : q.max();
            out.computeIfAbsent(q.kind() + ":" + q.unit(), k -> new ArrayList<>())
                    .add(new Value(q.value(), hi, q.alternatives(), q.approximate(), q.start(), q.end(), q.bound(),
                            q.kind() == QuantityKind.PERCENT));
        }
        for (TimeExpression t : times) {
            if (t.duration() == null) continue;
            if (out.getOrDefault("DURATION:day", List.of()).stream().anyMatch(v -> v.start < t.end() && t.start() < v.end)) continue;
            double days = days(t.duration());
            out.computeIfAbsent("DURATION:day", k -> new ArrayList<>())
                    .add(new Value(days, days, List.of(), false, t.start(), t.end(), dev.parallax.core.model.Bound.EXACT, false));
        }
        return out;
    }

    /**
     * The same sum told in two currencies ("$50 billion" against "€50 billion"): an exchange never keeps the
     * figure, so one account has the currency wrong. Silent when either claim also gives a figure in the other's
     * currency (an account that converts says both), for approximate figures, and for "¥", written for the yen
     * and the yuan alike.
     */
    private static List<Value[]> sameSumInAnotherCurrency(Map<String, List<Value>> a, Map<String, List<Value>> b) {
        List<Value[]> out = new ArrayList<>();
        for (Map.Entry<String, List<Value>> x : a.entrySet()) {
            if (!x.getKey().startsWith(MONEY) || b.containsKey(x.getKey())) continue;
            for (Map.Entry<String, List<Value>> y : b.entrySet()) {
                if (!y.getKey().startsWith(MONEY) || a.containsKey(y.getKey()) || eitherCurrency(x.getKey(), y.getKey())) continue;
                for (Value u : x.getValue()) for (Value v : y.getValue()) {
                    if (u.approximate || v.approximate || !u.alternatives.isEmpty() || !v.alternatives.isEmpty()) continue;
                    if (Math.abs(u.low - v.low) <= SAME_SUM * Math.max(u.low, v.low) && u.low > 0) out.add(new Value[] {u, v});
                }
            }
        }
        return out;
    }

    private static final String MONEY = QuantityKind.MONEY + ":";
    /** Relative difference under which two stated sums are the same figure (rounding of a double, not of a writer). */
    private static final double SAME_SUM = 1e-6;

    /** "¥" is the yen or the yuan: a "¥" figure may be either of them. */
    private static boolean eitherCurrency(String x, String y) {
        String u = x.substring(MONEY.length()), v = y.substring(MONEY.length());
        return u.contains("/") && java.util.Arrays.asList(u.split("/")).contains(v)
                || v.contains("/") && java.util.Arrays.asList(v.split("/")).contains(u);
    }

    static double days(Period p) {
        return p.getYears() * 365.25 + p.getMonths() * 30.44 + p.getDays();
    }

    /** Two slots agree when some figure of one matches some figure of the other. */
    private static boolean agree(List<Value> a, List<Value> b, double tol) {
        for (Value x : a) for (Value y : b) if (match(x, y, tol)) return true;
        return false;
    }

    /**
     * Two figures agree when what each allows overlaps: an exact figure is a point, "about" a band of the
     * tolerance around it, "over" everything from it up, "nearly" the band just under it. "2 hours 45 minutes"
     * and "over three hours" do not overlap; "nearly 4 1/2 hours" and "nearly four-and-a-half hours" do.
     */
    private static boolean match(Value x, Value y, double tol) {
        double[] a = allowed(x, tol), b = allowed(y, tol);
        if (a[1] >= b[0] - 1e-9 && b[1] >= a[0] - 1e-9) return true;
        // figures offered as alternatives ("either 14% or 30%") agree when one alternative matches
        if (x.alternatives.isEmpty() && y.alternatives.isEmpty()) return false;
        double t = (x.approximate || y.approximate) ? tol : 1e-6;
        for (double ax : x.alternatives.isEmpty() ? List.of(x.low) : x.alternatives)
            for (double ay : y.alternatives.isEmpty() ? List.of(y.low) : y.alternatives)
                if (Math.abs(ax - ay) <= t * Math.max(Math.abs(ax), Math.abs(ay)) + 1e-9) return true;
        return false;
    }

    /**
     * Points either side of an approximate share: "about 90%" is said of 85% to 95%, not of 77%, so a share's
     * band is the relative tolerance but never wider than rounding to the nearest ten points allows.
     */
    private static final double PERCENT_POINTS = 5;

    /** The interval of true values a stated figure allows. */
    private static double[] allowed(Value v, double tol) {
        double lo = Math.min(v.low, v.high), hi = Math.max(v.low, v.high);
        double below = v.percent ? Math.min(lo * tol, PERCENT_POINTS) : lo * tol;
        double above = v.percent ? Math.min(hi * tol, PERCENT_POINTS) : hi * tol;
        return switch (v.bound == null ? (v.approximate ? dev.parallax.core.model.Bound.ABOUT : dev.parallax.core.model.Bound.EXACT) : v.bound) {
            case EXACT -> new double[] {lo * (1 - 1e-6), hi * (1 + 1e-6)};
            case ABOUT -> new double[] {lo - below, hi + above};
            case AT_LEAST -> new double[] {lo * (1 - 1e-6), Double.MAX_VALUE};
            case AT_MOST -> new double[] {lo - below, hi * (1 + 1e-6)};
        };
    }
}
