package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One process applied to different ground by different accounts: "denuclearization of North Korea" against
 * "denuclearization of the Korean Peninsula", "demilitarization of Donbas" against "of Ukraine". The process is
 * a noun of making or undoing ("-ization", "unification", "annexation", "occupation") followed by "of" and a
 * place the linker knows; an account counts for one ground only when it never writes the process of another
 * place, so an account that names both (the peninsula, then the North) disagrees with no one.
 */
public final class ScopeDetector implements DiscrepancyDetector {
    private static final Pattern PROCESS_OF = Pattern.compile(
            "(?i)\\b(\\p{L}+i[sz]ation|(?:re)?unification|annexation|occupation)\\s+of\\s+(?:the\\s+)?");

    /** A process applied to a place, "denuclearization of North Korea", from {@code start} to {@code end} of the text. */
    private record Use(String process, String place, int start, int end) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        // process -> place -> account -> evidence
        Map<String, Map<String, Map<Integer, Evidence>>> seen = new TreeMap<>();
        for (int i = 0; i < ctx.accounts().size(); i++) {
            AnalyzedArticle a = ctx.accounts().get(i);
            for (Use u : uses(a)) {
                seen.computeIfAbsent(u.process(), k -> new TreeMap<>()).computeIfAbsent(u.place(), k -> new TreeMap<>())
                        .putIfAbsent(i, new Evidence(a, u.start(), u.end()));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (var process : seen.entrySet()) {
            Map<String, Map<Integer, Evidence>> places = process.getValue();
            if (places.size() < 2) continue;
            // accounts that write the process of one place only
            Map<String, List<Evidence>> only = new TreeMap<>();
            for (var place : places.entrySet()) {
                for (var account : place.getValue().entrySet()) {
                    boolean single = places.entrySet().stream()
                            .noneMatch(other -> !other.getKey().equals(place.getKey()) && other.getValue().containsKey(account.getKey()));
                    if (single) only.computeIfAbsent(place.getKey(), k -> new ArrayList<>()).add(account.getValue());
                }
            }
            if (only.size() < 2) continue;
            Set<String> outlets = new TreeSet<>();
            Map<String, Evidence> ev = new LinkedHashMap<>();
            for (List<Evidence> list : only.values()) {
                for (Evidence e : list) {
                    outlets.add(e.outlet());
                    EntityDetector.put(ev, e);
                }
            }
            if (outlets.size() < 2) continue;
            List<Evidence> list = List.copyOf(ev.values());
            out.add(new Finding(DiscrepancyType.ENTITY, Severity.MEDIUM, process.getKey() + " of what: " + Finding.summarize(list), null, list));
        }
        return out;
    }

    /** Every process an account applies to a place the linker knows that starts right where the process's "of" ends. */
    private static List<Use> uses(AnalyzedArticle a) {
        List<Use> out = new ArrayList<>();
        Matcher m = PROCESS_OF.matcher(a.text());
        while (m.find()) {
            for (EntityMention e : a.mentions()) {
                if (e.start() == m.end() && e.kind() == EntityKind.PLACE && e.entityId() != null && e.match() != MatchKind.ROLE
                        && e.match() != MatchKind.UNKNOWN) {
                    out.add(new Use(m.group(1).toLowerCase(java.util.Locale.ROOT).replace("isation", "ization"), e.entityId(), m.start(), e.end()));
                    break;
                }
            }
        }
        return out;
    }
}
