package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One person given different offices by different outlets: "Premier Han Zheng" / "Vice President Han
 * Zheng", "Italian President Giorgia Meloni" / "Prime Minister of Italy Giorgia Meloni", or the same office
 * of another country ("Russian Defence Minister Viktor Khrenin" / "Belarusian Defence Minister Viktor
 * Khrenin"). The office is read from the title written right before the name (or from a role phrase the
 * linker resolved to the person). A generic word ("leader", "head of state") fits any office and an
 * honorific ("Mr.") is no office: neither conflicts with anything ("Chinese leader" for the President of
 * China is a looser word, not a wrong one). Within one language.
 */
public final class OfficeTitleDetector implements DiscrepancyDetector {
    enum Office { HEAD_OF_STATE, HEAD_OF_GOVERNMENT, DEPUTY, MINISTER, GENERIC }

    record Title(Office office, String country, Evidence evidence) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        // language|person -> outlet -> titles
        Map<String, Map<String, List<Title>>> byPerson = new TreeMap<>();
        for (AnalyzedArticle a : ctx.accounts()) {
            if (!a.readsAsEnglish()) continue;
            for (EntityMention m : a.mentions()) {
                if (m.entityId() == null || !m.entityId().startsWith("person:") || m.kind() != EntityKind.PERSON) continue;
                Title t = title(a, m);
                if (t == null) continue;
                byPerson.computeIfAbsent(a.language() + "|" + m.entityId(), k -> new TreeMap<>())
                        .computeIfAbsent(t.evidence().outlet(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, List<Title>> byOutlet : byPerson.values()) {
            Map<String, Evidence> ev = new LinkedHashMap<>();
            List<String> outlets = new ArrayList<>(byOutlet.keySet());
            for (int i = 0; i < outlets.size(); i++) {
                for (int j = i + 1; j < outlets.size(); j++) {
                    for (Title x : byOutlet.get(outlets.get(i))) {
                        for (Title y : byOutlet.get(outlets.get(j))) {
                            if (!conflict(x, y)) continue;
                            // an outlet that itself uses both offices is not disagreeing with the other
                            if (uses(byOutlet.get(outlets.get(i)), y) || uses(byOutlet.get(outlets.get(j)), x)) continue;
                            EntityDetector.put(ev, x.evidence());
                            EntityDetector.put(ev, y.evidence());
                        }
                    }
                }
            }
            if (ev.isEmpty()) continue;
            List<Evidence> list = List.copyOf(ev.values());
            out.add(new Finding(DiscrepancyType.ENTITY, Severity.HIGH, "office differs: " + Finding.summarize(list), null, list));
        }
        return out;
    }

    private static boolean conflict(Title x, Title y) {
        if (x.office() == Office.GENERIC || y.office() == Office.GENERIC) return false;
        if (x.office() != y.office()) return true;
        return x.country() != null && y.country() != null && !x.country().equals(y.country());
    }

    private static boolean uses(List<Title> titles, Title t) {
        for (Title u : titles) if (!conflict(u, t)) return true;
        return false;
    }

    private static final Set<String> TITLE_WORDS = Set.of("president", "vice", "prime", "minister", "premier", "chancellor",
            "chairman", "chairwoman", "chair", "king", "queen", "emperor", "deputy", "foreign", "defence", "defense", "secretary",
            "state", "general", "first", "of", "the", "affairs", "finance", "interior", "leader");

    /** The office the words right before the mention give the person, or null. */
    // the title's wording, compiled once (each title of each account is read)
    private static final Pattern COMMA_SPACE = Pattern.compile(",\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DEPUTY = Pattern.compile(".*\\b(vice[- ]president|deputy prime minister|vice[- ]premier|deputy premier)\\b.*");
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile(".*\\b(prime minister|premier|chancellor)\\b.*");
    private static final Pattern HEAD_OF_STATE = Pattern.compile(".*\\b(president|chairman|king|queen|emperor)\\b.*");
    private static final Pattern MINISTER = Pattern.compile(".*\\b(minister|secretary)\\b.*");
    private static final Pattern LEADER = Pattern.compile(".*\\bleader\\b.*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{4,}");
    private static final Pattern DEMONYM_ENDING = Pattern.compile(".*(ian|an|ese|ish|ia|a|y|e|i|us|ch)$");

    static Title title(AnalyzedArticle a, EntityMention m) {
        String text = a.text();
        int start = m.start(), end = m.end();
        String words;
        if (m.match() == MatchKind.ROLE) {
            words = text.substring(start, end);
        } else {
            int from = Math.max(0, start - 80);
            List<Word> before = Words.split(text.substring(from, start), from);
            int first = before.size();
            for (int k = before.size() - 1; k >= 0; k--) {
                Word w = before.get(k);
                String gap = text.substring(w.end(), k + 1 < before.size() ? before.get(k + 1).start() : start);
                // "The Belarusian Defence Minister, Viktor Khrenin": a comma may set the name off its title
                if (gap.contains("\n") || (!gap.isBlank() && !(k == before.size() - 1 && COMMA_SPACE.matcher(gap).matches()))) break;
                String f = Words.fold(w.text());
                if (!TITLE_WORDS.contains(f) && !(w.capitalized() && demonym(w.text()) != null)) break;
                first = k;
            }
            while (first < before.size() && Set.of("of", "the").contains(Words.fold(before.get(first).text()))) first++;
            if (first >= before.size()) return null;
            start = before.get(first).start();
            words = text.substring(start, m.start());
        }
        String f = SPACES.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ");
        Office office;
        if (DEPUTY.matcher(f).matches()) office = Office.DEPUTY;
        else if (HEAD_OF_GOVERNMENT.matcher(f).matches()) office = Office.HEAD_OF_GOVERNMENT;
        else if (HEAD_OF_STATE.matcher(f).matches()) office = Office.HEAD_OF_STATE;
        else if (MINISTER.matcher(f).matches()) office = Office.MINISTER;
        else if (LEADER.matcher(f).matches()) office = Office.GENERIC;
        else return null;
        String country = null;
        for (Word w : Words.split(words)) {
            String c = demonym(w.text());
            if (c != null) {
                country = c;
                break;
            }
        }
        return new Title(office, country, new Evidence(a, start, end));
    }

    /** The country a demonym or a country name stands for, reduced to its first letters; null for other words. */
    static String demonym(String word) {
        String w = POSSESSIVE.matcher(word).replaceAll("");
        if (!Character.isUpperCase(w.codePointAt(0))) return null;
        String f = Words.fold(w).replace(".", "");
        switch (f) {
            case "us", "usa", "american", "america" -> { return "us"; }
            case "uk", "british", "britain" -> { return "uk"; }
            default -> { }
        }
        if (!LETTERS.matcher(f).matches() || TITLE_WORDS.contains(f)) return null;
        if (!DEMONYM_ENDING.matcher(f).matches()) return null;
        return f.substring(0, 4);
    }
}
