package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A war called by different names: "the Ukraine crisis" in one government's readout, "the invasion of
 * Ukraine" in a news story. The name is read next to the country it is about ("the crisis in
 * Ukraine", "the Ukraine war", "invaded Ukraine") and sorted into three kinds: a war (war, invasion,
 * aggression, offensive), a conflict, or a crisis (crisis, issue, question); "the situation in" names
 * anything and counts as none. What an account calls it is the strongest kind it uses anywhere: a story
 * that says "invaded" once has called it a war. Words inside a quotation are the speaker's, not the
 * outlet's, and do not count (a transcript is the speaker's own account, and does). Two accounts differ when one calls it a war and the other a crisis; "conflict"
 * is the plain word of news style and disagrees with neither. Within English accounts.
 */
public final class ConflictNameDetector implements DiscrepancyDetector {
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(war|wars|invasion|aggression|offensive|conflict|crisis"
            + "|issue|question)\\s+(in|on|of|against|over|around)\\s+(the\\s+)?$|\\b(invaded|invading|invade)\\s+$");
    private static final Pattern NAMED = Pattern.compile("(?i)(?:the\\s+)?(?:\\p{L}+\\s+)?(war|invasion|aggression|offensive|conflict|crisis)"
            + "\\s+(?:in|on|of|against)\\s+(?:the\\s+)?(\\p{L}[\\p{L} ]*)");
    private static final Pattern AFTER = Pattern.compile("(?i)^(?:'s)?\\s+(war|crisis|conflict|issue|question)\\b");

    private record Use(String kind, String word, AnalyzedArticle article, Sentence sentence) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        // country -> account index -> kind -> first use
        Map<String, Map<Integer, Map<String, Use>>> byPlace = new TreeMap<>();
        for (int i = 0; i < ctx.accounts().size(); i++) {
            AnalyzedArticle a = ctx.accounts().get(i);
            if (!"en".equals(a.language())) continue;
            String text = a.text();
            for (EntityMention m : a.mentions()) {
                if (m.entityId() == null || m.start() < 0 || m.end() > text.length() || quoted(a, m.start())) continue;
                if (m.kind() == EntityKind.EVENT) {
                    // a war the linker knows by name ("the war in Ukraine", "invasion of Ukraine"): its own words say which kind
                    Matcher named = NAMED.matcher(text.substring(m.start(), m.end()));
                    Sentence s = a.sentenceAt(m.start());
                    if (!named.matches() || s == null) continue;
                    String kind = kind(named.group(1));
                    byPlace.computeIfAbsent(named.group(2).toLowerCase(Locale.ROOT), k -> new TreeMap<>()).computeIfAbsent(i, k -> new TreeMap<>())
                            .putIfAbsent(kind, new Use(kind, named.group(1).toLowerCase(Locale.ROOT), a, s));
                    continue;
                }
                if (m.kind() != EntityKind.PLACE) continue;
                String word = null;
                Matcher before = BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
                if (before.find()) word = before.group(1) != null ? before.group(1) : before.group(4);
                Matcher after = AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
                if (word == null && after.find()) word = after.group(1);
                if (word == null) continue;
                Sentence s = a.sentenceAt(m.start());
                if (s == null) continue;
                String kind = kind(word);
                byPlace.computeIfAbsent(placeName(m.entityId()).toLowerCase(Locale.ROOT), k -> new TreeMap<>()).computeIfAbsent(i, k -> new TreeMap<>())
                        .putIfAbsent(kind, new Use(kind, word.toLowerCase(Locale.ROOT), a, s));
            }
        }
        List<Finding> out = new ArrayList<>(whoseWar(ctx));
        for (Map.Entry<String, Map<Integer, Map<String, Use>>> place : byPlace.entrySet()) {
            Map<Integer, Map<String, Use>> uses = place.getValue();
            List<Integer> accounts = new ArrayList<>(uses.keySet());
            Set<Integer> differing = new TreeSet<>();
            for (int x = 0; x < accounts.size(); x++) {
                for (int y = x + 1; y < accounts.size(); y++) {
                    String a = strongest(uses.get(accounts.get(x)).keySet()), b = strongest(uses.get(accounts.get(y)).keySet());
                    // a war against a crisis: "conflict" is the plain word of news style and disagrees with neither
                    boolean apart = a.equals("war") && b.equals("crisis") || a.equals("crisis") && b.equals("war");
                    if (apart && !ctx.source(accounts.get(x)).equals(ctx.source(accounts.get(y)))) {
                        differing.add(accounts.get(x));
                        differing.add(accounts.get(y));
                    }
                }
            }
            if (differing.isEmpty()) continue;
            Map<String, Evidence> ev = new LinkedHashMap<>();
            Map<String, Set<String>> outletsByWords = new LinkedHashMap<>();
            for (int i : differing) {
                Set<String> words = new TreeSet<>();
                String kind = strongest(uses.get(i).keySet());
                for (Use u : uses.get(i).values()) {
                    if (!u.kind().equals(kind)) continue;
                    EntityDetector.put(ev, new Evidence(u.article(), u.sentence().start(), u.sentence().end()));
                    words.add(u.word());
                }
                outletsByWords.computeIfAbsent(String.join("', '", words), k -> new TreeSet<>()).add(new Evidence(ctx.accounts().get(i), 0, 0).outlet());
            }
            String name = ctx.accounts().stream().flatMap(x -> x.mentions().stream()).filter(m -> m.kind() == EntityKind.PLACE && m.entityId() != null)
                    .map(m -> placeName(m.entityId())).filter(n -> n.equalsIgnoreCase(place.getKey())).findFirst().orElse(place.getKey());
            List<String> parts = new ArrayList<>();
            outletsByWords.forEach((words, outlets) -> parts.add("'" + words + "' (" + String.join(", ", outlets) + ")"));
            out.add(new Finding(DiscrepancyType.ENTITY, Severity.LOW, "what happens in " + name + " is called " + String.join(" / ", parts),
                    null, List.copyOf(ev.values())));
        }
        return out;
    }

    private static final Pattern POSSESSED = Pattern.compile("(\\p{Lu}[\\p{L}-]+)['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}(war|invasion|aggression)\\b");
    private static final Pattern BY_PEOPLE = Pattern.compile("(?i)\\b(war|invasion|aggression)\\s+(?:of|by)\\s+the\\s+(\\p{Lu}\\p{L}+(?:ian|an|ese|ish)s)\\b");

    /**
     * Whose war: one account lays it at a leader's door ("the President's war of choice"), another at a
     * country's or a people's ("Russia's war", "an invasion by the Russians"). Accounts that do both disagree with none.
     */
    private static List<Finding> whoseWar(EventContext ctx) {
        Map<Integer, Map<String, Use>> uses = new TreeMap<>();
        for (int i = 0; i < ctx.accounts().size(); i++) {
            AnalyzedArticle a = ctx.accounts().get(i);
            if (!"en".equals(a.language())) continue;
            Matcher m = POSSESSED.matcher(a.text());
            while (m.find()) {
                String kind = possessor(a, m.start(1), m.end(1));
                if (kind != null) use(uses, i, kind, m.group(), a, m.start());
            }
            Matcher p = BY_PEOPLE.matcher(a.text());
            while (p.find()) use(uses, i, "country", p.group(), a, p.start());
        }
        Set<Integer> differing = new TreeSet<>();
        List<Integer> accounts = new ArrayList<>(uses.keySet());
        for (int x = 0; x < accounts.size(); x++) {
            for (int y = x + 1; y < accounts.size(); y++) {
                Set<String> a = uses.get(accounts.get(x)).keySet(), b = uses.get(accounts.get(y)).keySet();
                if (a.size() == 1 && b.size() == 1 && !a.equals(b) && !ctx.source(accounts.get(x)).equals(ctx.source(accounts.get(y)))) {
                    differing.add(accounts.get(x));
                    differing.add(accounts.get(y));
                }
            }
        }
        if (differing.isEmpty()) return List.of();
        Map<String, Evidence> ev = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (int i : differing) {
            for (Use u : uses.get(i).values()) {
                EntityDetector.put(ev, new Evidence(u.article(), u.sentence().start(), u.sentence().end()));
                parts.add("'" + u.word() + "' (" + new Evidence(u.article(), 0, 0).outlet() + ")");
            }
        }
        return List.of(new Finding(DiscrepancyType.ENTITY, Severity.LOW, "whose war: a leader's or a country's: " + String.join(" / ", parts),
                null, List.copyOf(ev.values())));
    }

    private static void use(Map<Integer, Map<String, Use>> uses, int account, String kind, String words, AnalyzedArticle a, int at) {
        Sentence s = a.sentenceAt(at);
        if (s == null || quoted(a, at)) return;
        uses.computeIfAbsent(account, k -> new TreeMap<>()).putIfAbsent(kind, new Use(kind, words, a, s));
    }

    /** "person" for a possessor the linker knows as a person, "country" for a country, else null. */
    private static String possessor(AnalyzedArticle a, int start, int end) {
        for (EntityMention m : a.mentions()) {
            if (m.entityId() == null || m.end() <= start || m.start() >= end) continue;
            if (m.kind() == EntityKind.PERSON && m.match() != dev.parallax.core.model.MatchKind.ROLE) return "person";
            if (m.kind() == EntityKind.PLACE) return "country";
        }
        return null;
    }

    /** A place's name as the gazetteer writes it: what a named war ("war in Ukraine") is matched on. */
    private static String placeName(String id) {
        return dev.parallax.core.entity.Gazetteer.defaults().entity(id).map(e -> e.name()).orElse(id.substring(id.indexOf(':') + 1));
    }

    /** War over conflict over crisis. */
    private static String strongest(Set<String> kinds) {
        return kinds.contains("war") ? "war" : kinds.contains("conflict") ? "conflict" : "crisis";
    }

    static String kind(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "war", "wars", "invasion", "aggression", "offensive", "invaded", "invading", "invade" -> "war";
            case "conflict" -> "conflict";
            default -> "crisis";
        };
    }

    /** Inside a quotation in a story (a transcript is the speaker's own account, and counts). */
    private static boolean quoted(AnalyzedArticle a, int offset) {
        for (var q : a.quotes()) {
            if (q.start() <= offset && offset < q.end() && q.kind() != dev.parallax.core.model.QuoteKind.TRANSCRIPT) return true;
        }
        return false;
    }

}
