package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The same event placed differently in aligned claims: "Palace of Independence" vs "Palace of Freedom". */
public final class PlaceDetector implements DiscrepancyDetector {
    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, Evidence> places = new LinkedHashMap<>();
            ChangeScan.forEachChange(ctx, g, (l, r, c) -> {
                int[][] spans = NameChanges.substitution(l, r, c);
                if (spans == null) return;
                if (!NameChanges.placeLike(l, spans[0][0], spans[0][1]) && !NameChanges.placeLike(r, spans[1][0], spans[1][1])) return;
                EntityDetector.put(places, new Evidence(l.article(), spans[0][0], spans[0][1]));
                EntityDetector.put(places, new Evidence(r.article(), spans[1][0], spans[1][1]));
            });
            if (!places.isEmpty()) {
                List<Evidence> ev = List.copyOf(places.values());
                out.add(new Finding(DiscrepancyType.PLACE, Severity.HIGH, Finding.summarize(ev), g, ev));
            }
        }
        return out;
    }
}
