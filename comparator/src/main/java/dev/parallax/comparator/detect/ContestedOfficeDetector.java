package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A leader's office denied by one outlet and given plainly by another: "self-styled president Lukashenko", "the
 * illegitimate head of state Putin", "dictator Lukashenko" against "President Lukashenko". Coverage of a disputed
 * election or a war names the same person by
 * a contested title, and a reader comparing accounts wants to see which outlets do. The qualifier must stand in
 * the outlet's own words right before the name (within its title) or in an apposition right after it ("Lukashenko,
 * the so-called president,"); inside a quotation it is the speaker's word, not the
 * outlet's, and stays silent. Silent too when no other outlet gives that person an office plainly (a looser
 * "leader" is not an office). Within one language: English accounts.
 */
public final class ContestedOfficeDetector implements DiscrepancyDetector {
    /** Words that deny the legitimacy of an office or put a ruler's label in its place. */
    static final Set<String> CONTESTING = Set.of("self-proclaimed", "self-styled", "illegitimate", "so-called", "usurper",
            "dictator", "unrecognized", "unrecognised");
    /** How many words before a name still belong to its title ("illegitimate head of state"). */
    static final int TITLE_WORDS = 6;
    /** How many words of an apposition after the name are read (", the so-called president,"). */
    static final int APPOSITION_WORDS = 7;

    record Naming(String outlet, Evidence evidence, boolean contested) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        // person -> outlet -> namings, in account order
        Map<String, Map<String, List<Naming>>> byPerson = new TreeMap<>();
        for (AnalyzedArticle a : ctx.accounts()) {
            if (!a.readsAsEnglish()) continue;
            for (EntityMention m : a.mentions()) {
                if (m.entityId() == null || !m.entityId().startsWith("person:") || m.kind() != EntityKind.PERSON) continue;
                if (a.inOwnWords(m.start(), m.start() + 1)) continue;
                Naming n = contested(a, m);
                if (n == null) {
                    OfficeTitleDetector.Title t = OfficeTitleDetector.title(a, m);
                    if (t == null || t.office() == OfficeTitleDetector.Office.GENERIC) continue;
                    n = new Naming(a.name(), t.evidence(), false);
                }
                byPerson.computeIfAbsent(m.entityId(), k -> new TreeMap<>()).computeIfAbsent(a.name(), k -> new ArrayList<>()).add(n);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, List<Naming>> byOutlet : byPerson.values()) {
            Map<String, Evidence> contested = new LinkedHashMap<>();
            Map<String, Evidence> plain = new LinkedHashMap<>();
            for (Map.Entry<String, List<Naming>> e : byOutlet.entrySet()) {
                // one naming per outlet and kind: the first the outlet writes
                e.getValue().stream().filter(Naming::contested).findFirst().ifPresent(n -> contested.putIfAbsent(e.getKey(), n.evidence()));
                e.getValue().stream().filter(n -> !n.contested()).findFirst().ifPresent(n -> plain.putIfAbsent(e.getKey(), n.evidence()));
            }
            // an outlet that contests the office is not one that gives it plainly, whatever else it writes
            contested.keySet().forEach(plain::remove);
            if (contested.isEmpty() || plain.isEmpty()) continue;
            List<Evidence> ev = new ArrayList<>(contested.values());
            ev.addAll(plain.values());
            out.add(new Finding(DiscrepancyType.ENTITY, Severity.LOW, "office contested: " + Finding.summarize(ev), null, ev));
        }
        return out;
    }

    /** The mention with a contesting word in its title or in an apposition right after it, or null. */
    static Naming contested(AnalyzedArticle a, EntityMention m) {
        String text = a.text();
        // the title: words right before the name, back to a sentence mark, a line break or another name
        int from = Math.max(0, m.start() - 80);
        for (EntityMention o : a.mentions()) {
            if (o.end() <= m.start() && o.end() > from && !o.entityId().equals(m.entityId())) from = o.end();
        }
        List<Word> before = Words.split(text.substring(from, m.start()), from);
        int first = -1;
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - TITLE_WORDS; k--) {
            Word w = before.get(k);
            String gap = text.substring(w.end(), k + 1 < before.size() ? before.get(k + 1).start() : m.start());
            if (gap.contains("\n") || gap.contains(".") || gap.contains(";") || gap.contains(":")) break;
            if (contesting(text, w) && !marked(text, w.start(), m.start())) first = w.start();
        }
        if (first >= 0) return new Naming(a.name(), new Evidence(a, first, nameEnd(a, m)), true);
        // the apposition: ", the so-called president," right after the name
        int at = m.end();
        if (at < text.length() && text.charAt(at) == ',') {
            int stop = at + 1;
            while (stop < text.length() && ",.;:\n".indexOf(text.charAt(stop)) < 0) stop++;
            List<Word> after = Words.split(text.substring(at + 1, stop), at + 1);
            if (!after.isEmpty() && after.size() <= APPOSITION_WORDS && Words.fold(after.get(0).text()).equals("the")) {
                for (Word w : after) {
                    if (contesting(text, w) && !marked(text, at, w.end() + 1)) return new Naming(a.name(), new Evidence(a, m.start(), after.get(after.size() - 1).end()), true);
                }
            }
        }
        return null;
    }

    /** Quote marks: a word in them ("a “usurper”, in X's word") is someone's word the outlet cites, not its own. */
    private static final String QUOTE_MARKS = "“”\"«»„‘’";

    /** Whether a quote mark stands right before {@code from} or anywhere up to {@code to}. */
    private static boolean marked(String text, int from, int to) {
        if (from > 0 && QUOTE_MARKS.indexOf(text.charAt(from - 1)) >= 0 && text.charAt(from - 1) != '’') return true;
        for (int i = from; i < Math.min(to, text.length()); i++) {
            char c = text.charAt(i);
            if (QUOTE_MARKS.indexOf(c) >= 0 && c != '’' && c != '‘') return true;
        }
        return false;
    }

    /** The end of the name a title goes with: "Russian President" + "Vladimir Putin" are one naming. */
    private static int nameEnd(AnalyzedArticle a, EntityMention m) {
        int end = m.end();
        for (EntityMention o : a.mentions()) {
            if (o.start() >= end && o.entityId().equals(m.entityId()) && a.text().substring(end, o.start()).isBlank()) end = o.end();
        }
        return end;
    }

    /** Whether a word, with a hyphenated word it is the first half of ("self-proclaimed"), contests an office. */
    private static boolean contesting(String text, Word w) {
        String f = Words.fold(w.text());
        if (CONTESTING.contains(f)) return true;
        int end = w.end();
        if (end < text.length() && text.charAt(end) == '-') {
            int e = end + 1;
            while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
            return CONTESTING.contains((f + text.substring(end, e)).toLowerCase(java.util.Locale.ROOT));
        }
        return false;
    }

}
