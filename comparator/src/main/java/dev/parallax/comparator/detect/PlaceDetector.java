package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import java.util.Set;

/**
 * The same event placed differently: a name swapped in aligned claims ("Palace of Independence" vs
 * "Palace of Freedom"), or statements telling one part of the visit that name venues (palaces, halls,
 * residences) that never overlap.
 */
public final class PlaceDetector implements DiscrepancyDetector {
    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>(venues(ctx));
        out.addAll(occasionVenues(ctx, out));
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

    /**
     * Venues (a name holding a place word, or followed by one: "Drozdy residence") named in statements that
     * tell the same part of the visit (one claim group), compared across outlets: the talks "at the Palace of
     * Independence" in one account and "at the Drozdy residence" in another. The airport, the palace and the
     * memorial of one visit are named in statements about different parts, so they never meet here.
     */
    private static List<Finding> venues(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (var g : ctx.aligned()) {
            List<java.util.Map<String, Evidence>> byMember = new ArrayList<>();
            for (var c : g.members()) byMember.add(venuesIn(c.article(), c.claim().start(), c.claim().end()));
            Map<String, Evidence> ev = new LinkedHashMap<>();
            for (int i = 0; i < byMember.size(); i++) {
                for (int j = i + 1; j < byMember.size(); j++) {
                    if (ctx.sameOutlet(g.members().get(i).account(), g.members().get(j).account())) continue;
                    var a = byMember.get(i).keySet();
                    var b = byMember.get(j).keySet();
                    if (a.isEmpty() || b.isEmpty() || a.stream().anyMatch(x -> b.stream().anyMatch(y -> sameVenue(x, y)))) continue;
                    byMember.get(i).values().forEach(e -> EntityDetector.put(ev, e));
                    byMember.get(j).values().forEach(e -> EntityDetector.put(ev, e));
                }
            }
            if (ev.isEmpty()) continue;
            List<Evidence> list = List.copyOf(ev.values());
            out.add(new Finding(DiscrepancyType.PLACE, Severity.HIGH, Finding.summarize(list), g, list));
        }
        return out;
    }

    /** The parts of a visit, by the words that tell them: where the talks were, the press conference, the meal... */
    private static final java.util.Map<String, java.util.regex.Pattern> OCCASIONS = new java.util.LinkedHashMap<>();
    static {
        OCCASIONS.put("talks", java.util.regex.Pattern.compile("(?i)\\b(talks|met|meeting|negotiations|held\\s+talks|sat down)\\b"));
        OCCASIONS.put("press", java.util.regex.Pattern.compile("(?i)\\b(press|news)\\s+conference|\\btold\\s+(reporters|journalists)\\b|\\bfaced reporters\\b"));
        OCCASIONS.put("signing", java.util.regex.Pattern.compile("(?i)\\b(signed|signing)\\b"));
        OCCASIONS.put("meal", java.util.regex.Pattern.compile("(?i)\\b(dinner|lunch|banquet|breakfast|tea)\\b"));
        OCCASIONS.put("session", java.util.regex.Pattern.compile("(?i)\\b(plenary|session|forum opened|opened the forum)\\b"));
        OCCASIONS.put("arrival", java.util.regex.Pattern.compile("(?i)\\b(arrived|arrives|arrival|landed|lands|airport|welcomed at)\\b"));
        OCCASIONS.put("memorial", java.util.regex.Pattern.compile("(?i)\\b(wreath|laid flowers|memorial|tomb|cemetery)\\b"));
    }

    /**
     * Venues of one part of the visit compared across accounts: each statement naming a venue is put under
     * the part its words tell (talks, press conference, signing, meal, session); two accounts whose venues
     * for one part never overlap place it differently. Statements telling no part, or several, say nothing.
     * What a claim group already showed is not repeated.
     */
    private static List<Finding> occasionVenues(EventContext ctx, List<Finding> already) {
        // occasion -> account -> venue key -> evidence
        java.util.Map<String, java.util.Map<Integer, java.util.Map<String, Evidence>>> seen = new java.util.TreeMap<>();
        for (int i = 0; i < ctx.accounts().size(); i++) {
            var a = ctx.accounts().get(i);
            for (var s : a.sentences()) {
                var venues = venuesIn(a, s.start(), s.end());
                if (venues.isEmpty()) continue;
                List<String> told = new ArrayList<>();
                OCCASIONS.forEach((name, p) -> {
                    if (p.matcher(s.text()).find()) told.add(name);
                });
                if (told.size() != 1) continue;
                int account = i;
                var byAccount = seen.computeIfAbsent(told.get(0), k -> new java.util.TreeMap<>());
                venues.forEach((k, e) -> byAccount.computeIfAbsent(account, x -> new java.util.TreeMap<>()).putIfAbsent(k, e));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (var occasion : seen.entrySet()) {
            Map<String, Evidence> ev = new LinkedHashMap<>();
            List<Integer> accounts = new ArrayList<>(occasion.getValue().keySet());
            for (int x = 0; x < accounts.size(); x++) {
                for (int y = x + 1; y < accounts.size(); y++) {
                    if (ctx.sameOutlet(accounts.get(x), accounts.get(y))) continue;
                    var a = occasion.getValue().get(accounts.get(x));
                    var b = occasion.getValue().get(accounts.get(y));
                    if (a.keySet().stream().anyMatch(p -> b.keySet().stream().anyMatch(q -> sameVenue(p, q)))) continue;
                    a.values().forEach(e -> EntityDetector.put(ev, e));
                    b.values().forEach(e -> EntityDetector.put(ev, e));
                }
            }
            if (ev.isEmpty() || already.stream().anyMatch(f -> covers(f, ev.values()))) continue;
            List<Evidence> list = List.copyOf(ev.values());
            out.add(new Finding(DiscrepancyType.PLACE, Severity.HIGH, occasion.getKey() + ": " + Finding.summarize(list), null, list));
        }
        return out;
    }

    /** The venues named in text[start, end), keyed by their words as sound. */
    private static java.util.Map<String, Evidence> venuesIn(dev.parallax.core.model.AnalyzedArticle a, int start, int end) {
        java.util.Map<String, Evidence> venues = new java.util.TreeMap<>();
        for (var m : a.mentions()) {
            if (m.entityId() == null || m.match() == dev.parallax.core.model.MatchKind.ROLE) continue;
            if (m.start() < start || m.end() > end || m.end() > a.text().length()) continue;
            if (!Character.isUpperCase(m.surface().codePointAt(0))) continue;
            int stop = m.end();
            var after = ChangeScan.wordAfter(a.text(), stop);
            if (after != null && after.end() <= end && a.text().substring(stop, after.start()).matches(" ")
                    && ChangeScan.PLACE_WORDS.contains(Words.fold(after.text())) && !after.capitalized()) stop = after.end();
            List<Word> surface = Words.split(a.text().substring(m.start(), stop));
            if (!wellFormed(surface)) continue;
            boolean venue = surface.stream()
                    .anyMatch(w -> ChangeScan.PLACE_WORDS.contains(Words.fold(w.text())) && !Words.fold(w.text()).equals("kremlin"));
            // a venue is known by its words, not its id: "Independence Palace" is the "Palace of Independence"
            java.util.TreeSet<String> words = new java.util.TreeSet<>();
            for (var w : surface) {
                String k = Words.contentKey(w.text());
                if (k != null) words.add(venueKey(k));
            }
            if (venue && words.size() >= 2) venues.putIfAbsent(String.join(" ", words), new Evidence(a, m.start(), stop));
        }
        return venues;
    }

    /** Small words a venue's name holds in lower case: "Palace of the Republic", "Château de Versailles". */
    private static final Set<String> JOINING = Set.of("of", "de", "du", "la", "del", "and");

    /**
     * A venue's name is capitalized words joined by small ones, its place word last in lower case at most ("Drozdy
     * residence"). A machine translation's run ("Strelna the ISLAND") is no name to set against another.
     */
    private static boolean wellFormed(List<Word> words) {
        for (int j = 0; j < words.size(); j++) {
            Word w = words.get(j);
            if (w.capitalized()) continue;
            String f = Words.fold(w.text());
            boolean joining = JOINING.contains(f) || (f.equals("the") && j > 0 && Words.fold(words.get(j - 1).text()).equals("of"));
            boolean placeWordLast = j == words.size() - 1 && ChangeScan.PLACE_WORDS.contains(f);
            if (!joining && !placeWordLast) return false;
        }
        return true;
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
