package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Name variants across the accounts of an event — transliterations and typos — folded into one
 * informational finding per name family ("Aleksandr / Alexander / Alyaksandr") with each outlet's form.
 * Words of linked names always count; unlinked words only when they are never written in lower case
 * (proper nouns) and close in edit distance, so ordinary words never become "spelling variants".
 */
public final class SpellingDetector implements DiscrepancyDetector {
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(8);

    @Override
    public List<Finding> detect(EventContext ctx) {
        Set<String> lowercase = new HashSet<>();
        Map<String, Map<String, List<Evidence>>> families = new TreeMap<>(); // key -> folded form -> evidence
        Set<String> linkedKeys = new HashSet<>();
        Map<String, Set<String>> linkedOf = new TreeMap<>(); // spelling key -> linked family keys
        for (AnalyzedArticle a : ctx.accounts()) {
            String text = a.text().length() > 200_000 ? a.text().substring(0, 200_000) : a.text();
            List<EntityMention> mentions = a.mentions();
            for (Word w : Words.split(text)) {
                if (!w.capitalized()) {
                    lowercase.add(Words.fold(w.text()));
                    continue;
                }
                if (w.text().length() < 4 || w.numeric()) continue;
                String entity = null;
                for (EntityMention m : mentions) {
                    // a role phrase ("the Belarusian leader") is not a spelling of the name
                    if (m.start() <= w.start() && w.end() <= m.end() && m.entityId() != null
                            && m.match() != MatchKind.ROLE && m.match() != MatchKind.UNKNOWN) {
                        entity = m.entityId();
                        break;
                    }
                }
                boolean linked = entity != null;
                String spelling = Words.spellingKey(w.text());
                if (spelling.length() < (linked ? 2 : 3)) continue;
                // words of different people never make one family: Vladimir (Putin) is not Volodymyr (Zelensky)
                String key = linked ? entity + "|" + spelling : spelling;
                if (linked) {
                    linkedKeys.add(key);
                    linkedOf.computeIfAbsent(spelling, k -> new java.util.TreeSet<>()).add(key);
                }
                Map<String, List<Evidence>> forms = families.computeIfAbsent(key, k -> new LinkedHashMap<>());
                List<Evidence> ev = forms.computeIfAbsent(Words.fold(w.text()), f -> new ArrayList<>());
                if (ev.stream().noneMatch(e -> e.article() == a)) ev.add(new Evidence(a, w.start(), w.end()));
            }
        }
        // an unlinked form (a typo the linker missed) joins the one linked name it spells
        for (String spelling : List.copyOf(families.keySet())) {
            Set<String> owners = linkedOf.get(spelling);
            if (spelling.contains("|") || owners == null || owners.size() != 1) continue;
            Map<String, List<Evidence>> target = families.get(owners.iterator().next());
            families.remove(spelling).forEach((form, ev) -> target.computeIfAbsent(form, f -> new ArrayList<>()).addAll(ev));
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Evidence>>> family : families.entrySet()) {
            Map<String, List<Evidence>> forms = new LinkedHashMap<>(family.getValue());
            dropDerivedForms(forms);
            if (forms.size() < 2) continue;
            boolean linked = linkedKeys.contains(family.getKey());
            if (!linked && (forms.keySet().stream().anyMatch(lowercase::contains) || !close(forms.keySet()))) continue;
            Set<String> outlets = new HashSet<>();
            forms.values().forEach(l -> l.forEach(e -> outlets.add(e.outlet())));
            if (outlets.size() < 2) continue; // one account spelling a name two ways is a typo of its own, still shown below
            List<Evidence> ev = new ArrayList<>();
            forms.values().forEach(ev::addAll);
            List<String> parts = new ArrayList<>();
            forms.forEach((form, list) -> parts.add(list.get(0).text() + " ("
                    + String.join(", ", list.stream().map(Evidence::outlet).distinct().toList()) + ")"));
            out.add(new Finding(DiscrepancyType.SPELLING, Severity.LOW, "name variants: " + String.join(" / ", parts), null, ev));
        }
        return out;
    }

    private static final List<String> DERIVATIONS = List.of("ian", "an", "n", "ese", "ish", "i", "ic", "s");

    /** "Ukrainian" next to "Ukraine" is a derived word, not a spelling of it. */
    static void dropDerivedForms(Map<String, List<Evidence>> forms) {
        Set<String> drop = new HashSet<>();
        for (String a : forms.keySet()) {
            String base = a.replaceAll("[eay]$", "");
            if (base.length() < 3) continue;
            for (String b : forms.keySet()) {
                if (b.equals(a) || !b.startsWith(base)) continue;
                String rest = b.substring(a.startsWith(base) && b.startsWith(a) ? a.length() : base.length());
                if (DERIVATIONS.contains(rest)) drop.add(b);
            }
        }
        drop.forEach(forms::remove);
    }

    private static boolean close(Set<String> forms) {
        List<String> list = new ArrayList<>(forms);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                String a = list.get(i).replace("x", "ks"), b = list.get(j).replace("x", "ks");
                int d = LEVENSHTEIN.apply(a, b);
                if (d < 0 || d > Math.max(1, Math.min(a.length(), b.length()) / 3)) return false;
            }
        }
        return true;
    }
}
