package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a detector found, before ids, code point offsets and ranking are attached. {@code group} may be null. */
public record Finding(DiscrepancyType type, Severity severity, String summary, AlignedGroup group, List<Evidence> evidence) {
    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** "TASS, BelTA: 'S-400 and Iskander systems'; Daily Courier: 'S-400 Iskander missiles'" — outlets sharing words share a clause. */
    public static String summarize(List<Evidence> evidence) {
        Map<String, List<String>> byText = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            List<String> outlets = byText.computeIfAbsent(oneLine(e.text()), t -> new ArrayList<>());
            if (!outlets.contains(e.outlet())) outlets.add(e.outlet());
        }
        List<String> parts = new ArrayList<>();
        byText.forEach((text, outlets) -> parts.add(String.join(", ", outlets) + ": '" + text + "'"));
        return String.join("; ", parts);
    }

    static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }
}
