package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.model.Modality;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The same claim asserted in one account and hedged, expected or conditional in another ("announced" vs
 * "is expected to"); asserted against denied is HIGH. The analyzer's modality is used, with a few cue
 * phrases as a second opinion where it saw a plain assertion.
 */
public final class HedgeDetector implements DiscrepancyDetector {
    private static final Pattern EXPECTED = Pattern.compile(
            "\\b(is|are) (expected|set|due|scheduled|likely|poised) to\\b|\\bplans? to\\b|\\bwill reportedly\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGED = Pattern.compile(
            "\\b(reportedly|allegedly|may have|possibly|perhaps|apparently|is said to|are said to|it is believed|is likely to|are likely to)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITIONAL = Pattern.compile("\\b(unless|provided that|on condition that)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”]*[\"”]");

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        Set<Modality> soft = EnumSet.of(Modality.HEDGED, Modality.EXPECTED, Modality.CONDITIONAL);
        for (AlignedGroup g : ctx.aligned()) {
            List<ClaimRef> asserted = new ArrayList<>(), softened = new ArrayList<>(), denied = new ArrayList<>();
            for (ClaimRef c : g.members()) {
                Modality m = modality(c);
                if (m == Modality.ASSERTED) asserted.add(c);
                else if (m == Modality.DENIED) denied.add(c);
                else if (soft.contains(m)) softened.add(c);
            }
            if (asserted.isEmpty() || (softened.isEmpty() && denied.isEmpty())) continue;
            List<Evidence> ev = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (ClaimRef c : g.members()) {
                Modality m = modality(c);
                if (m != Modality.ASSERTED && !soft.contains(m) && m != Modality.DENIED) continue;
                Evidence e = new Evidence(c.article(), c.claim().start(), c.claim().end());
                ev.add(e);
                parts.add(e.outlet() + " (" + m.name().toLowerCase(Locale.ROOT) + "): '" + Finding.oneLine(e.text()) + "'");
            }
            Severity severity = denied.isEmpty() ? Severity.MEDIUM : Severity.HIGH;
            out.add(new Finding(DiscrepancyType.HEDGE, severity, String.join("; ", parts), g, ev));
        }
        return out;
    }

    /**
     * Explicit cue phrases decide first ("is expected to" is expected whatever else the sentence says); an
     * announcement or a done deed ("announced it will", "have been put") is asserted; otherwise the
     * analyzer's modality stands. Only the claim's own words count, not words inside quotation marks.
     */
    static Modality modality(ClaimRef c) {
        Modality m = c.claim().modality() == null ? Modality.ASSERTED : c.claim().modality();
        String text = QUOTED.matcher(c.text()).replaceAll(" ");
        if (EXPECTED.matcher(text).find()) return Modality.EXPECTED;
        if (HEDGED.matcher(text).find()) return Modality.HEDGED;
        if (CONDITIONAL.matcher(text).find()) return Modality.CONDITIONAL;
        if (m == Modality.DENIED) return m;
        if (ASSERTIVE.matcher(text).find()) return Modality.ASSERTED;
        return m;
    }

    private static final Pattern ASSERTIVE = Pattern.compile(
            "\\b(announced|confirmed|declared|signed|agreed|has been|have been|was|were)\\b", Pattern.CASE_INSENSITIVE);
}
