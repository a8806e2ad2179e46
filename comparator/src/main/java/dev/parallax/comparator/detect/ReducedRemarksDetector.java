package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant's remarks that one account reduces to a bare mention ("Then the President and the Chancellor also made
 * statements.") while at least two independent sources give what he said: a summary that reports one leader's words at
 * length and the others' not at all leaves out what a reader of the other accounts learns. The sources that give his
 * words must tell the same part of the event: one of the reducing account's statements next to the mention is aligned
 * with one of theirs (the host's remarks at the same ceremony), so his words at another occasion of the day (remarks
 * before a bilateral meeting) carry nothing. The evidence is the mention and, for each of those sources, the first
 * statement the analyzer gives to him. Stays silent when the mention says anything of what he said ("made a statement
 * on the grain deal", "said in his remarks that..."), when fewer than two independent sources give his words, and for
 * sources that give them at another occasion.
 */
public final class ReducedRemarksDetector implements DiscrepancyDetector {
    /** A word of speaking with nothing of what was said: the clause ends right after it. */
    private static final Pattern BARE = Pattern.compile("(?i)\\b(?:also\\s+|then\\s+|briefly\\s+)*(?:made|delivered|gave)\\s+"
            + "(?:(?:brief|short|opening|closing|their|his|her)\\s+)?(?:statements?|remarks|speeches|addresses|an?\\s+(?:statement|speech|address))"
            + "(?:\\s+as\\s+well)?(?=\\s*(?:[.;!]|$))");
    /**
     * What every {@link #BARE} match holds, read over a whole account at once (no word boundary or end of clause, which
     * a statement's region decides): an account without it has no mention to read its statements for.
     */
    private static final Pattern SPOKE = Pattern.compile("(?i)(?:made|delivered|gave)\\s+(?:(?:brief|short|opening|closing|their|his|her)\\s+)?"
            + "(?:statements?|remarks|speeches|addresses|an?\\s+(?:statement|speech|address))");
    /** Statements on either side of the mention this far apart in its account are the part of the event it belongs to. */
    static final int AROUND = 2;
    /** Between the people named and the word of speaking, this many characters at most (a list of names and titles). */
    static final int MAX_SUBJECT = 120;

    @Override
    public List<Finding> detect(EventContext ctx) {
        int n = ctx.accounts().size();
        List<Finding> out = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            AnalyzedArticle a = ctx.accounts().get(d);
            // most accounts never reduce anyone's remarks to a mention: their statements are not read for it
            if (!SPOKE.matcher(a.text()).find()) continue;
            List<ClaimRef> own = ctx.statements(d);
            for (int at = 0; at < own.size(); at++) {
                ClaimRef s = own.get(at);
                Matcher m = BARE.matcher(a.text()).region(s.claim().start(), s.claim().end());
                while (m.find()) {
                    int from = clauseStart(a.text(), s.claim().start(), m.start());
                    // the accounts telling the statements around the mention tell the same part of the event
                    Set<Integer> around = new TreeSet<>();
                    for (int k = Math.max(0, at - AROUND); k <= Math.min(own.size() - 1, at + AROUND); k++) around.addAll(ctx.alignedWith(own.get(k)));
                    for (String person : speakers(a, from, m.start())) {
                        Map<String, ClaimRef> words = new LinkedHashMap<>(); // source -> first statement given to him
                        for (int k : around) {
                            if (ctx.source(k).equals(ctx.source(d))) continue;
                            for (ClaimRef c : ctx.statements(k)) {
                                if (person.equals(c.claim().speakerId())) {
                                    words.putIfAbsent(ctx.source(k), c);
                                    break;
                                }
                            }
                        }
                        if (words.size() < 2) continue;
                        Evidence mention = new Evidence(a, from, m.end());
                        List<Evidence> ev = new ArrayList<>();
                        ev.add(mention);
                        List<String> carriers = new ArrayList<>();
                        for (ClaimRef c : words.values()) {
                            ev.add(new Evidence(c.article(), c.claim().start(), c.claim().end()));
                            carriers.add(new Evidence(c.article(), 0, 0).outlet());
                        }
                        String summary = "what " + name(a, person, from, m.start()) + " said left out by " + mention.outlet() + ", which only says '"
                                + Finding.oneLine(mention.text()) + "' — given by " + String.join(", ", carriers);
                        out.add(new Finding(DiscrepancyType.OMISSION, Severity.LOW, summary, null, ev));
                    }
                }
            }
        }
        return out;
    }

    /** Where the clause holding the word of speaking begins: after the last sentence mark or dash before it. */
    private static int clauseStart(String text, int sentenceStart, int at) {
        int from = Math.max(sentenceStart, at - MAX_SUBJECT);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '–' || c == '—' || c == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                from = i + 1;
                break;
            }
        }
        while (from < at && Character.isWhitespace(text.charAt(from))) from++;
        return from;
    }

    /** The people named (by name, not by a role alone) between the clause's start and the word of speaking. */
    private static Set<String> speakers(AnalyzedArticle a, int from, int to) {
        Set<String> out = new TreeSet<>();
        for (EntityMention x : a.mentions()) {
            if (x.kind() == EntityKind.PERSON && x.entityId() != null && x.start() >= from && x.end() <= to
                    && x.match() != dev.parallax.core.model.MatchKind.ROLE) out.add(x.entityId());
        }
        return out;
    }

    private static String name(AnalyzedArticle a, String person, int from, int to) {
        return a.mentions().stream().filter(x -> person.equals(x.entityId()) && x.start() >= from && x.end() <= to
                && x.match() != dev.parallax.core.model.MatchKind.ROLE).map(x -> x.surface().strip()).findFirst().orElse(person);
    }
}
