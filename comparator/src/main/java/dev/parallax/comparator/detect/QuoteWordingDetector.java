package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.AlignedGroup;
import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One statement by one speaker rendered in different words (translations, paraphrases): ONE finding per
 * claim group listing every rendering. A lost negation ("not" in one rendering only) makes it HIGH.
 */
public final class QuoteWordingDetector implements DiscrepancyDetector {
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody", "neither",
            "nor", "without", "don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "weren't", "cannot",
            "can't", "non");

    @Override
    public List<Finding> detect(EventContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (AlignedGroup g : ctx.aligned()) {
            List<ClaimRef> quoted = g.members().stream().filter(c -> c.claim().quote() != null
                    && c.claim().quote().kind() == dev.parallax.core.model.QuoteKind.DIRECT
                    && c.claim().quote().start() >= 0 && c.claim().quote().end() <= c.article().text().length()).toList();
            if (quoted.size() < 2) continue;
            long speakers = quoted.stream().map(c -> c.claim().speakerId()).filter(Objects::nonNull).distinct().count();
            if (speakers > 1) continue; // different speakers is ATTRIBUTION
            Map<String, ClaimRef> renderings = new LinkedHashMap<>();
            for (ClaimRef c : quoted) renderings.putIfAbsent(spellingFolded(c.claim().quote().text()), c);
            if (renderings.size() < 2) continue;
            List<Evidence> ev = new ArrayList<>();
            for (ClaimRef c : quoted) {
                Quote q = c.claim().quote();
                ev.add(new Evidence(c.article(), q.start(), q.end()));
            }
            long negated = quoted.stream().filter(c -> negated(c.claim().quote().text())).count();
            Severity severity = negated > 0 && negated < quoted.size() ? Severity.HIGH : Severity.LOW;
            out.add(new Finding(DiscrepancyType.QUOTE_WORDING, severity, Finding.summarize(ev), g, ev));
        }
        return out;
    }

    private static String spellingFolded(String s) {
        StringBuilder b = new StringBuilder();
        for (Word w : Words.split(s)) b.append(Words.spellingKey(w.text())).append(' ');
        return b.toString();
    }

    static boolean negated(String s) {
        for (Word w : Words.split(s)) {
            String f = Words.fold(w.text());
            if (NEGATIONS.contains(f) || f.endsWith("n't") || f.startsWith("non-")) return true;
        }
        return false;
    }
}
