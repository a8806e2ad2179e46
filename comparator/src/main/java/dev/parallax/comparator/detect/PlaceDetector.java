package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.parallax.comparator.text.Words;

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
            if (!places.isEmpty() && out.stream().noneMatch(f -> covers(f, places.values()))) {
                List<Evidence> ev = List.copyOf(places.values());
                out.add(new Finding(DiscrepancyType.PLACE, Severity.HIGH, Finding.summarize(ev), g, ev));
            }
        }
        return out;
    }

    /** Whether an earlier finding already shows every one of these place names: one conflict, reported once. */
    private static boolean covers(Finding f, java.util.Collection<Evidence> ev) {
        java.util.Set<String> a = new java.util.TreeSet<>(), b = new java.util.TreeSet<>();
        f.evidence().forEach(e -> a.add(Words.normalizeEvidence(e.text())));
        ev.forEach(e -> b.add(Words.normalizeEvidence(e.text())));
        return b.stream().allMatch(x -> a.stream().anyMatch(y -> y.contains(x)));
    }

    /** Venue mentions (a name holding a place word, or followed by one: "Drozdy residence") per account, compared across accounts. */
    private static List<Finding> venues(EventContext ctx) {
        List<java.util.Map<String, Evidence>> byAccount = new ArrayList<>();
        for (var a : ctx.accounts()) {
            java.util.Map<String, Evidence> venues = new java.util.TreeMap<>();
            for (var m : a.mentions()) {
                if (m.entityId() == null || m.match() == dev.parallax.core.model.MatchKind.ROLE) continue;
                if (m.start() < 0 || m.end() > a.text().length()) continue;
                if (!Character.isUpperCase(m.surface().codePointAt(0))) continue;
                int end = m.end();
                var after = ChangeScan.wordAfter(a.text(), end);
                if (after != null && a.text().substring(end, after.start()).matches(" ")
                        && ChangeScan.PLACE_WORDS.contains(Words.fold(after.text())) && !after.capitalized()) end = after.end();
                String surface = a.text().substring(m.start(), end);
                boolean venue = Words.split(surface).stream()
                        .anyMatch(w -> ChangeScan.PLACE_WORDS.contains(Words.fold(w.text())) && !Words.fold(w.text()).equals("kremlin"));
                // a venue is known by its words, not its id: "Independence Palace" is the "Palace of Independence"
                java.util.TreeSet<String> words = new java.util.TreeSet<>();
                for (var w : Words.split(surface)) {
                    String k = Words.contentKey(w.text());
                    if (k != null) words.add(venueKey(k));
                }
                if (venue && words.size() >= 2) venues.putIfAbsent(String.join(" ", words), new Evidence(a, m.start(), end));
            }
            byAccount.add(venues);
        }
        Map<String, Evidence> ev = new LinkedHashMap<>();
        for (int i = 0; i < byAccount.size(); i++) {
            for (int j = i + 1; j < byAccount.size(); j++) {
                if (ctx.sameOutlet(i, j)) continue;
                var a = byAccount.get(i).keySet();
                var b = byAccount.get(j).keySet();
                if (a.isEmpty() || b.isEmpty() || a.stream().anyMatch(x -> b.stream().anyMatch(y -> sameVenue(x, y)))) continue;
                byAccount.get(i).values().forEach(e -> EntityDetector.put(ev, e));
                byAccount.get(j).values().forEach(e -> EntityDetector.put(ev, e));
            }
        }
        if (ev.isEmpty()) return List.of();
        List<Evidence> list = List.copyOf(ev.values());
        return List.of(new Finding(DiscrepancyType.PLACE, Severity.HIGH, Finding.summarize(list), null, list));
    }

    /** A word of a venue name as sound, so a translated or transliterated name ("Constantine"/"Konstantinovsky") still meets. */
    static String venueKey(String contentKey) {
        String k = Words.spellingKey(contentKey);
        return k.startsWith("c") ? "k" + k.substring(1) : k;
    }

    /** Two venues are one when every word of one starts like a word of the other (five sounds, or the whole word). */
    static boolean sameVenue(String a, String b) {
        if (a.equals(b)) return true;
        String[] x = a.split(" "), y = b.split(" ");
        if (x.length != y.length) return false;
        for (String p : x) {
            boolean found = false;
            for (String q : y) {
                int common = 0;
                while (common < Math.min(p.length(), q.length()) && p.charAt(common) == q.charAt(common)) common++;
                if (p.equals(q) || common >= Math.min(5, Math.min(p.length(), q.length()))) found = true;
            }
            if (!found) return false;
        }
        return true;
    }
}
