package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One document or occasion named differently by different outlets: "Joint Declaration on Support for
 * Ukraine" / "Joint Declaration of Support for Ukraine", "Climate, Critical Minerals and Clean Energy
 * Transformation Compact" / "Climate and Clean Energy compact", a "state visit" / an "Official Visit". A
 * name here is a run of capitalized words ending in a word for a document or an occasion (declaration,
 * statement, compact, treaty, visit...), or a kind of visit written in lower case. Two names are one
 * thing named two ways when they have the same head word and two other words of their name in common; they differ
 * when their words do (case, punctuation and spelling aside). Accounts are compared within one language.
 */
public final class NamedThingDetector implements DiscrepancyDetector {
    /** Words that end the name of a document or an occasion. */
    static final Set<String> HEADS = Set.of("declaration", "statement", "agreement", "treaty", "compact", "accord", "pact",
            "charter", "framework", "communique", "communiqué", "memorandum", "initiative", "plan", "principles", "partnership",
            "visit", "summit", "dinner", "dialogue", "council", "forum", "strategy", "roadmap", "protocol", "convention");
    /** Kinds of visit protocol distinguishes, written in lower case as often as not. */
    static final Set<String> VISIT_KINDS = Set.of("state", "official", "working", "private");
    /** Small words that may sit inside a name: "Declaration of Support", "Compact on Climate". */
    static final Set<String> INSIDE = Set.of("of", "on", "for", "and", "the", "to", "in", "&", "de");
    private static final Set<String> INSIDE_KEYS = keys(INSIDE);
    private static final Set<String> HEAD_KEYS = keys(HEADS);
    private static final Set<String> VISIT_KIND_KEYS = keys(VISIT_KINDS);

    private static Set<String> keys(Set<String> words) {
        Set<String> out = new TreeSet<>();
        for (String w : words) out.add(Words.spellingKey(w));
        return out;
    }

    @Override
    public List<Finding> detect(EventContext ctx) {
        // language|head -> normalized name -> evidence per outlet
        Map<String, Map<String, Map<String, Evidence>>> names = new TreeMap<>();
        for (AnalyzedArticle a : ctx.accounts()) {
            if (!a.readsAsEnglish()) continue;
            for (int[] span : names(a)) {
                String text = a.text().substring(span[0], span[1]);
                List<Word> words = Words.split(text);
                String head = words.stream().map(x -> Words.fold(x.text())).filter(HEADS::contains).findFirst().orElse("");
                String key = normalized(words);
                Evidence e = new Evidence(a, span[0], span[1]);
                names.computeIfAbsent(a.language() + "|" + head, k -> new TreeMap<>())
                        .computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(e.outlet(), e);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, Map<String, Evidence>> byName : names.values()) {
            List<String> keys = new ArrayList<>(byName.keySet());
            // names of one family: each pair shares a word besides the head
            Map<String, Evidence> ev = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    if (!family(keys.get(i), keys.get(j))) continue;
                    Map<String, Evidence> x = byName.get(keys.get(i)), y = byName.get(keys.get(j));
                    // one outlet writing both names is its own inconsistency, not outlets disagreeing
                    if (x.keySet().equals(y.keySet()) && x.size() == 1) continue;
                    x.values().forEach(e -> EntityDetector.put(ev, e));
                    y.values().forEach(e -> EntityDetector.put(ev, e));
                }
            }
            if (ev.isEmpty()) continue;
            List<Evidence> list = List.copyOf(ev.values());
            out.add(new Finding(DiscrepancyType.ENTITY, Severity.MEDIUM, "named differently: " + Finding.summarize(list), null, list));
        }
        return out;
    }

    /**
     * Two names of one thing: they share a word besides the last, and each has a word the other lacks (a
     * shorter form, "Joint Declaration" for "G7 Joint Declaration", is the same name cut short).
     */
    static boolean family(String a, String b) {
        if (a.equals(b)) return false;
        List<String> x = List.of(a.split(" ")), y = List.of(b.split(" "));
        if (y.containsAll(x) || x.containsAll(y)) return false;
        String head = x.stream().filter(HEAD_KEYS::contains).findFirst().orElse("");
        Set<String> common = new TreeSet<>(x);
        common.retainAll(y);
        common.remove(head);
        common.removeAll(INSIDE_KEYS);
        // a kind of visit is one word: "state visit" and "official visit" are the same slot named two ways
        int vx = x.indexOf(Words.spellingKey("visit")), vy = y.indexOf(Words.spellingKey("visit"));
        boolean visits = vx > 0 && vy > 0 && VISIT_KIND_KEYS.contains(x.get(vx - 1)) && VISIT_KIND_KEYS.contains(y.get(vy - 1))
                && !x.get(vx - 1).equals(y.get(vy - 1));
        // two words in common besides the head: "Supreme State Council" and "Union State council" share only
        // "state", and are two bodies, not one named two ways
        return common.size() >= 2 || visits;
    }

    /** The words of a name as compared: spelling keys, small words kept ("on" / "of" is the difference). */
    static String normalized(List<Word> words) {
        List<String> out = new ArrayList<>();
        for (Word w : words) out.add(Words.spellingKey(w.text()));
        return String.join(" ", out);
    }

    /** Spans of names of documents and occasions in the article. */
    static List<int[]> names(AnalyzedArticle a) {
        List<int[]> out = new ArrayList<>();
        String text = a.text();
        List<Word> words = Words.split(text.length() > 100_000 ? text.substring(0, 100_000) : text);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String f = Words.fold(w.text());
            if (!HEADS.contains(f)) continue;
            // "the Climate and Clean Energy compact": a head in lower case after a capitalized name is still its name
            boolean headOfName = w.capitalized() || (i >= 2 && words.get(i - 1).capitalized() && words.get(i - 2).capitalized()
                    && text.substring(words.get(i - 1).end(), w.start()).equals(" "));
            if (headOfName) {
                int start = i;
                // back over capitalized words and the small words inside a name, within the line and clause
                for (int k = i - 1; k >= 0 && i - k <= 10; k--) {
                    Word p = words.get(k);
                    String between = text.substring(p.end(), words.get(k + 1).start());
                    if (between.contains("\n") || between.matches(".*[.;:!?()\"“”–—].*") || between.contains(" - ") || inPerson(a, p)) break;
                    String pf = Words.fold(p.text());
                    if (p.capitalized() || (INSIDE.contains(pf) && k > 0 && words.get(k - 1).capitalized() && !pf.equals("the"))) {
                        start = k;
                    } else {
                        break;
                    }
                }
                // a name is two words or more and does not start with a small word
                while (start < i && INSIDE.contains(Words.fold(words.get(start).text()))) start++;
                // and goes on after its head word: "Declaration of Support for Ukraine"
                int end = i;
                for (int k = i + 1; k + 1 < words.size() && k - i <= 8; k++) {
                    Word nx = words.get(k);
                    String between = text.substring(words.get(k - 1).end(), nx.start());
                    if (between.contains("\n") || between.matches(".*[.,;:!?()\"“”–—].*") || between.contains(" - ") || inPerson(a, nx)) break;
                    if (nx.capitalized()) end = k;
                    else if (!INSIDE.contains(Words.fold(nx.text())) || !words.get(k + 1).capitalized()) break;
                }
                if ((start < i || end > i) && !sentenceTitleCase(a, words.get(start).start())) {
                    out.add(new int[] {words.get(start).start(), words.get(end).end()});
                }
            } else if (f.equals("visit") && i > 0 && VISIT_KINDS.contains(Words.fold(words.get(i - 1).text()))
                    && text.substring(words.get(i - 1).end(), w.start()).equals(" ")) {
                out.add(new int[] {words.get(i - 1).start(), w.end()});
            }
        }
        return out;
    }

    /**
     * Whether the word is part of a person's name: "the Union State Prime Minister Mikhail Mishustin, Federation
     * Council Speaker ..." lists people with their offices, and no name of a body or document runs through them.
     */
    private static boolean inPerson(AnalyzedArticle a, Word w) {
        for (var m : a.mentions()) {
            if (m.kind() == dev.parallax.core.model.EntityKind.PERSON && m.match() != dev.parallax.core.model.MatchKind.ROLE
                    && m.start() <= w.start() && w.end() <= m.end()) return true;
        }
        return false;
    }

    /** Whether the sentence holding this offset is written in Title Case (a headline), where capitals mark no name. */
    private static boolean sentenceTitleCase(AnalyzedArticle a, int offset) {
        for (var s : a.sentences()) {
            if (offset < s.start() || offset >= s.end()) continue;
            List<Word> ws = Words.split(s.text());
            long capitals = ws.stream().filter(Word::capitalized).count();
            return ws.size() >= 4 && capitals * 10 >= ws.size() * 7;
        }
        return false;
    }
}
