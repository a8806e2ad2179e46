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

    private record Ground(String place, Evidence evidence) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        // process -> place -> account -> evidence
        Map<String, Map<String, Map<Integer, Evidence>>> seen = new TreeMap<>();
        for (int i = 0; i < ctx.accounts().size(); i++) {
            AnalyzedArticle a = ctx.accounts().get(i);
            String text = a.text();
            Matcher m = PROCESS_OF.matcher(text);
            while (m.find()) {
                Ground g = placeAt(a, m.end());
                if (g == null) continue;
                String process = process(m);
                seen.computeIfAbsent(process, k -> new TreeMap<>()).computeIfAbsent(g.place(), k -> new TreeMap<>())
                        .putIfAbsent(i, new Evidence(a, m.start(), g.evidence().end()));
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
                    ev.putIfAbsent(e.article().id() + ":" + e.start(), e);
                }
            }
            if (outlets.size() < 2) continue;
            List<Evidence> list = List.copyOf(ev.values());
            out.add(new Finding(DiscrepancyType.ENTITY, Severity.MEDIUM, process.getKey() + " of what: " + Finding.summarize(list), null, list));
        }
        return out;
    }

    /** Each place an account gives as the ground of a process, with those processes: "north-korea" -> {"denuclearization"}. */
    static Map<String, Set<String>> grounds(AnalyzedArticle a) {
        Map<String, Set<String>> out = new TreeMap<>();
        Matcher m = PROCESS_OF.matcher(a.text());
        while (m.find()) {
            Ground g = placeAt(a, m.end());
            if (g != null) out.computeIfAbsent(g.place(), k -> new TreeSet<>()).add(process(m));
        }
        return out;
    }

    private static String process(Matcher m) {
        return m.group(1).toLowerCase(java.util.Locale.ROOT).replace("isation", "ization");
    }

    /** The place the linker knows that starts right where the process's "of" ends, or null. */
    private static Ground placeAt(AnalyzedArticle a, int offset) {
        for (EntityMention m : a.mentions()) {
            if (m.start() == offset && m.kind() == EntityKind.PLACE && m.entityId() != null && m.match() != MatchKind.ROLE
                    && m.match() != MatchKind.UNKNOWN) {
                return new Ground(m.entityId(), new Evidence(a, m.start(), m.end()));
            }
        }
        return null;
    }
}
