package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same event placed differently: a name swapped in aligned claims ("Palace of Independence" vs
 * "Palace of Freedom"), or accounts naming venues (palaces, halls, residences) that never overlap — one
 * account's venues all differ from another's.
 */
public final class PlaceDetector implements DiscrepancyDetector {
    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>(venues(ctx));
        for (AlignedGroup g : ctx.aligned()) {
            Map<String, Evidence> places = new LinkedHashMap<>();
            ChangeScan.forEachChange(ctx, g, (l, r, c) -> {
                int[][] spans = NameChanges.substitution(l, r, c);
                if (spans == null) return;
                if (!NameChanges.venues(l, spans[0], r, spans[1])) return;
                EntityDetector.put(places, new Evidence(l.article(), spans[0][0], spans[0][1]));
                EntityDetector.put(places, new Evidence(r.article(), spans[1][0], spans[1][1]));
            });
            if (!places.isEmpty() && out.stream().noneMatch(f -> sameTexts(f, places.values()))) {
                List<Evidence> ev = List.copyOf(places.values());
                out.add(new Finding(DiscrepancyType.PLACE, Severity.HIGH, Finding.summarize(ev), g, ev));
            }
        }
        return out;
    }

    private static boolean sameTexts(Finding f, java.util.Collection<Evidence> ev) {
        java.util.Set<String> a = new java.util.TreeSet<>(), b = new java.util.TreeSet<>();
        f.evidence().forEach(e -> a.add(dev.parallax.comparator.text.Words.normalizeEvidence(e.text())));
        ev.forEach(e -> b.add(dev.parallax.comparator.text.Words.normalizeEvidence(e.text())));
        return a.equals(b);
    }

    /** Venue mentions (a name holding a place word) per account, compared across accounts. */
    private static List<Finding> venues(EventContext ctx) {
        List<java.util.Map<String, Evidence>> byAccount = new ArrayList<>();
        for (var a : ctx.accounts()) {
            java.util.Map<String, Evidence> venues = new java.util.TreeMap<>();
            for (var m : a.mentions()) {
                if (m.entityId() == null || m.match() == dev.parallax.core.model.MatchKind.ROLE) continue;
                if (m.start() < 0 || m.end() > a.text().length()) continue;
                boolean venue = dev.parallax.comparator.text.Words.split(m.surface()).stream()
                        .anyMatch(w -> ChangeScan.PLACE_WORDS.contains(dev.parallax.comparator.text.Words.fold(w.text()))
                                && !dev.parallax.comparator.text.Words.fold(w.text()).equals("kremlin"));
                // a venue is known by its words, not its id: "Independence Palace" is the "Palace of Independence"
                java.util.TreeSet<String> words = new java.util.TreeSet<>();
                for (var w : dev.parallax.comparator.text.Words.split(m.surface())) {
                    String k = dev.parallax.comparator.text.Words.contentKey(w.text());
                    if (k != null) words.add(dev.parallax.comparator.text.Words.spellingKey(k));
                }
                if (venue && words.size() >= 2 && Character.isUpperCase(m.surface().codePointAt(0))) {
                    venues.putIfAbsent(String.join(" ", words), new Evidence(a, m.start(), m.end()));
                }
            }
            byAccount.add(venues);
        }
        Map<String, Evidence> ev = new LinkedHashMap<>();
        for (int i = 0; i < byAccount.size(); i++) {
            for (int j = i + 1; j < byAccount.size(); j++) {
                if (ctx.sameOutlet(i, j)) continue;
                var a = byAccount.get(i).keySet();
                var b = byAccount.get(j).keySet();
                if (a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains)) continue;
                byAccount.get(i).values().forEach(e -> EntityDetector.put(ev, e));
                byAccount.get(j).values().forEach(e -> EntityDetector.put(ev, e));
            }
        }
        if (ev.isEmpty()) return List.of();
        List<Evidence> list = List.copyOf(ev.values());
        return List.of(new Finding(DiscrepancyType.PLACE, Severity.HIGH, Finding.summarize(list), null, list));
    }
}
