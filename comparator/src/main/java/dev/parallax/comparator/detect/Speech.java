package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.Quote;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the speech detectors (QUOTE_WORDING, ATTRIBUTION) read of a statement: whose words it gives (a
 * person, not a body or a place), where those words are, and whether two renderings differ in substance.
 */
final class Speech {
    private Speech() {}

    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|him|her|i|we");
    private static final Pattern JOINT = Pattern.compile("\\s(?:and|&)\\s|\\bboth\\b|\\btwo\\b|\\bleaders\\b");

    /**
     * The quotation a statement gives: the speaker's own words in it (in quote marks, or a transcript's) when
     * there are any, else the reported speech the analyzer gave the claim. A sentence carrying both ("trade
     * grew by 5%, he said, adding: 'we need to settle...'") is compared on the words in quote marks.
     */
    static Quote quote(ClaimRef c) {
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : c.article().quotes()) {
            if (q.kind() == dev.parallax.core.model.QuoteKind.INDIRECT) continue;
            int overlap = Math.min(q.end(), c.claim().end()) - Math.max(q.start(), c.claim().start());
            if (overlap > bestOverlap) {
                best = q;
                bestOverlap = overlap;
            }
        }
        return best != null ? best : c.claim().quote();
    }

    /** The person whose words the statement gives, or null. */
    static String speaker(ClaimRef c) {
        Quote q = quote(c);
        String id = q != null && q.speakerId() != null ? q.speakerId() : c.claim().speakerId();
        if (id == null) return null;
        if (q != null && q.speaker() != null && JOINT.matcher(q.speaker()).find()) return null;
        Quote own = c.claim().quote();
        if (own != null && own.speaker() != null && JOINT.matcher(own.speaker()).find()) return null;
        // "the visiting leader told Mr Putin", "Zelensky congratulated Trump ... and said": the one told or
        // congratulated is no speaker, whatever the analyzer made of it
        if (q != null && q.speakerStart() > 0 && q.speakerStart() <= c.article().text().length()) {
            String before = c.article().text().substring(Math.max(0, q.speakerStart() - 32), q.speakerStart());
            if (TOLD.matcher(before).find()) return null;
        }
        if (id.startsWith("person:")) return id;
        return AttributionDetector.person(c, id) ? id : null;
    }

    /** Verbs whose object is the one spoken to or about: "told Mr Putin", "congratulated Trump", "said to Putin". */
    private static final Pattern TOLD = Pattern.compile("(?i)\\b(told|to|asked|urged|assured|reminded|informed|congratulated|thanked"
            + "|praised|greeted|welcomed|hosted|met|invited|called|phoned)\\s+"
            + "(?:(?:Mr|Mrs|Ms|Dr|President|Premier|Chancellor|Prime Minister)\\.?\\s+)?$");

    /** Whether the speaker was found by name (not only through "he said", which is the analyzer's guess). */
    static boolean namedSpeaker(ClaimRef c) {
        Quote q = quote(c);
        return q == null || q.speaker() == null || !PRONOUN.matcher(q.speaker().strip()).matches();
    }

    /** The span of the words given to the speaker: the quotation when there is one, else the whole statement. */
    static int[] words(ClaimRef c) {
        Quote q = quote(c);
        String text = c.article().text();
        int cs = c.claim().start(), ce = c.claim().end();
        if (q != null && q.start() >= 0 && q.end() <= text.length() && q.start() < q.end()) {
            // a quotation running over several sentences (a transcript's paragraph) is read sentence by sentence
            int s = Math.max(q.start(), cs), e = Math.min(q.end(), ce);
            if (s < e) return new int[] {s, e};
        }
        return new int[] {cs, ce};
    }

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody", "neither",
            "nor", "without", "cannot", "non");

    /** Content words that changed between two renderings (spelling, case, punctuation and function words aside). */
    static int changedContentWords(PassageDiffer.Result d) {
        int n = 0;
        for (WordChange c : d.changes()) {
            if (c.kind() == Kind.EQUAL || c.spellingOnly()) continue;
            for (Word w : Words.split(c.left() + " " + c.right())) {
                String f = Words.fold(w.text());
                if (!Words.STOPWORDS.contains(f) || NEGATIONS.contains(f)) n++;
            }
        }
        return n;
    }

    /** Whether one rendering negates what the other does not. */
    static boolean negationDiffers(String a, String b) {
        return negated(a) != negated(b);
    }

    static boolean negated(String s) {
        for (Word w : Words.split(s)) {
            String f = Words.fold(w.text());
            if (NEGATIONS.contains(f) || f.endsWith("n't") || f.startsWith("non-")) return true;
        }
        return false;
    }

    /** A person the analyzer linked, or an unknown name written as a person's. */
    static boolean isPerson(ClaimRef c, String id) {
        if (id == null) return false;
        if (id.startsWith("person:")) return true;
        for (var m : c.article().mentions()) {
            if (id.equals(m.entityId()) && m.kind() == EntityKind.PERSON) return true;
        }
        return AttributionDetector.person(c, id);
    }
}
