package dev.parallax.comparator.event;

import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** An event's label: who met, where and when, as a reader of the accounts would say it. */
public final class EventLabel {
    private EventLabel() {}

    /**
     * "Putin and Xi in Moscow, 2023-03-21": the participants (people who act in the accounts, by the one word
     * they are most often called, else their most common full name) and where the meeting took place (the
     * dateline most accounts were filed from, else the place the openings put it in with "in"/"at", else the
     * place most openings name). A place mentioned in passing is not where it happened.
     */
    public static String of(List<AnalyzedArticle> members, LocalDate date, List<String> participants) {
        Map<String, Map<String, Integer>> oneWord = new HashMap<>(), full = new HashMap<>();
        for (AnalyzedArticle a : members) {
            if (!a.readsAsEnglish()) continue;
            for (EntityMention m : a.mentions()) {
                if (m.entityId() == null || m.kind() != EntityKind.PERSON || m.match() == dev.parallax.core.model.MatchKind.ROLE) continue;
                // a transcript's speaker label ("PRIME MINISTER SUNAK:") writes the name in capitals: the same name
                String surface = capitalsFolded(m.surface().strip().replaceAll("\\s+", " "));
                if (surface.isEmpty() || !Character.isUpperCase(surface.codePointAt(0))) continue;
                (surface.contains(" ") ? full : oneWord).computeIfAbsent(m.entityId(), k -> new TreeMap<>()).merge(surface, 1, Integer::sum);
            }
        }
        List<String> people = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String id : participants) {
            if (people.size() >= 3) break;
            Map<String, Integer> names = oneWord.containsKey(id) ? oneWord.get(id) : full.get(id);
            if (names == null) {
                // named only in accounts in other languages: the gazetteer's name, not a headline in another script
                dev.parallax.core.entity.Gazetteer.defaults().entity(id).ifPresent(e -> {
                    people.add(e.name());
                    ids.add(id);
                });
                continue;
            }
            names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).ifPresent(name -> {
                        people.add(name);
                        ids.add(id);
                    });
        }
        // one way of naming for all: beside "Lukashenko", "Vladimir Putin" is "Putin", by the one-word name the gazetteer
        // gives him that his full name contains ("Xi" for "Xi Jinping", "Kishida" for "Fumio Kishida")
        if (people.stream().anyMatch(n -> !n.contains(" "))) {
            for (int k = 0; k < people.size(); k++) {
                if (people.get(k).contains(" ")) people.set(k, shortName(ids.get(k), people.get(k)));
            }
        }
        if (people.isEmpty()) {
            String title = members.stream().map(a -> a.meta() == null ? null : a.meta().title()).filter(Objects::nonNull)
                    .sorted().findFirst().orElse("event");
            return title + (date == null ? "" : ", " + date);
        }
        String where = placeOfMeeting(members);
        return String.join(" and ", people) + (where == null ? "" : " in " + where) + (date == null ? "" : ", " + date);
    }

    /** The gazetteer's one-word name of a person that is a word of {@code full}, else {@code full}. */
    private static String shortName(String id, String full) {
        java.util.Set<String> words = new java.util.HashSet<>(List.of(full.split(" ")));
        return dev.parallax.core.entity.Gazetteer.defaults().entity(id)
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                        .filter(alias -> !alias.contains(" ") && words.contains(alias)).findFirst())
                .orElse(full);
    }

    /** A name with its words in capitals written in title case ("SUNAK" -> "Sunak", "KISHIDA Fumio" -> "Kishida Fumio"). */
    static String capitalsFolded(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (String w : name.split(" ", -1)) {
            if (b.length() > 0) b.append(' ');
            boolean capitals = w.codePoints().filter(Character::isLetter).count() >= 2
                    && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
            b.append(capitals ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w);
        }
        return b.toString();
    }

    /**
     * Where the meeting took place: the dateline most accounts were filed from, else the place the accounts' openings most
     * often put the meeting in ("in Singapore", "at the Kremlin"), as written. A dateline is where a story was filed,
     * which is not always where the meeting was: one that the first sentence of its own account contradicts ("MOSCOW —
     * ... talks in Sochi": an agency writes from its desk) does not count, and one that disagrees with the place more accounts'
     * openings name gives way to that place.
     */
    private static String placeOfMeeting(List<AnalyzedArticle> members) {
        Map<String, Integer> datelines = new TreeMap<>(), accounts = new TreeMap<>();
        Map<String, Map<String, Integer>> surfaces = new TreeMap<>();
        for (AnalyzedArticle a : members) {
            List<MeetingVenue.Venue> venues = MeetingVenue.of(a, 3);
            java.util.Set<String> seen = new java.util.TreeSet<>();
            for (MeetingVenue.Venue v : venues) {
                EntityMention m = v.mention();
                if (seen.add(m.entityId())) accounts.merge(m.entityId(), 1, Integer::sum);
                String the = v.withThe() && !m.surface().strip().toLowerCase(java.util.Locale.ROOT).startsWith("the ") ? "the " : "";
                surfaces.computeIfAbsent(m.entityId(), k -> new TreeMap<>()).merge(the + m.surface().strip(), 1, Integer::sum);
            }
            if (a.dateline() == null || a.dateline().place() == null || a.dateline().place().isBlank()) continue;
            String dateline = a.dateline().place().strip();
            // the sentence under the dateline is the one that says where the meeting is: a place further down ("Blinken,
            // who had travelled to Kyiv") is no contradiction
            List<String> first = MeetingVenue.of(a, 1).stream().map(v -> v.mention().entityId()).distinct().toList();
            if (first.isEmpty() || first.stream().anyMatch(v -> agrees(dateline, v))) datelines.merge(titleCase(dateline), 1, Integer::sum);
        }
        Map.Entry<String, Integer> dateline = mostCommon(datelines), venue = mostCommon(accounts);
        String located = venue == null ? null
                : surfaces.get(venue.getKey()).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (dateline == null) return located;
        if (venue == null || agrees(dateline.getKey(), venue.getKey())) return dateline.getKey();
        return venue.getValue() > dateline.getValue() ? located : dateline.getKey();
    }

    /** The entry with the highest count, ties to the alphabetically first key; null when there is none. */
    private static Map.Entry<String, Integer> mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElse(null);
    }

    /**
     * Whether a dateline names the venue (an entity id), a place the venue lies in, or a place within it: "The Kremlin,
     * Moscow" and the Kremlin, "SOCHI" and Russia agree; "MOSCOW" and Sochi do not.
     */
    static boolean agrees(String dateline, String venue) {
        for (String place : placesNamed(dateline)) {
            if (place.equals(venue) || GAZETTEER.within(venue, place) || GAZETTEER.within(place, venue)) return true;
        }
        return false;
    }

    private static final dev.parallax.core.entity.Gazetteer GAZETTEER = dev.parallax.core.entity.Gazetteer.defaults();

    /** Places of the gazetteer by each of their names, folded. */
    private static final Map<String, String> PLACE_NAMES = placeNames();

    private static Map<String, String> placeNames() {
        Map<String, String> out = new TreeMap<>();
        for (dev.parallax.core.model.Entity e : GAZETTEER.entities()) {
            if (e.kind() != EntityKind.PLACE) continue;
            out.putIfAbsent(dev.parallax.comparator.text.Words.fold(e.name()), e.id());
            for (String alias : e.aliases()) out.putIfAbsent(dev.parallax.comparator.text.Words.fold(alias), e.id());
        }
        return Map.copyOf(out);
    }

    /** The gazetteer places a dateline names, part by part ("THE KREMLIN, MOSCOW": the Kremlin and Moscow). */
    private static List<String> placesNamed(String dateline) {
        List<String> out = new ArrayList<>();
        for (String part : dateline.split("[,/(]")) {
            String name = dev.parallax.comparator.text.Words.fold(part.replace(")", "").strip());
            if (name.startsWith("the ")) name = name.substring(4);
            String id = PLACE_NAMES.get(name);
            if (id != null) out.add(id);
        }
        return out;
    }

    private static String titleCase(String place) {
        StringBuilder b = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.';
        }
        // "THE KREMLIN, MOSCOW" is "in the Kremlin, Moscow"
        return b.toString().startsWith("The ") ? "the" + b.substring(3) : b.toString();
    }
}
