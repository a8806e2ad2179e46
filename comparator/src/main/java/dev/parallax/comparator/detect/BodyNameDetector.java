package dev.parallax.comparator.detect;

import dev.parallax.comparator.align.ClaimRef;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A country's body named by its proper name in one account and described generically in another, in statements
 * aligned as the same: "the Japan Self-Defense Forces" / "Japanese forces", "the Armed Forces of Ukraine" /
 * "Ukrainian forces". A proper name is a run of capitalized words with a country or demonym in it ending in a head
 * noun for a body (Forces, Guard, Ministry, Agency, Council...), or such a run followed by "of" and a country; the
 * generic is the same head in lower case right after a demonym or country of the same country ("Japanese forces",
 * "Korean coast guard"). A fact-checker asks whether the outlet meant the body the other names. A statement is read
 * with the sentence that only goes on from it ("This will let..."), which is aligned with nothing itself.
 *
 * <p>Silent when both accounts describe the body generically, when the generic names no one country ("the two
 * countries' forces"), when the generic's words are the proper name's own in lower case ("Korean coast guard" /
 * "Korea Coast Guard"), when the other account writes a short form that is itself a name ("the Self-Defense
 * Forces"), when the countries differ, and when either outlet writes both the proper name and the generic.
 */
public final class BodyNameDetector implements DiscrepancyDetector {
    /** Head nouns of a country's bodies, singular. */
    static final Set<String> HEADS = Set.of("force", "army", "navy", "guard", "ministry", "agency", "council", "command",
            "service", "police", "parliament", "corps", "department", "administration", "assembly", "committee",
            "commission", "authority");
    /** Demonyms as they end ("Japanese", "Ukrainian", "Korean", "Polish", "French", "Israeli"). */
    private static final Pattern DEMONYM_END = Pattern.compile("(ian|an|ese|ish|ch|i)$");
    /** A proper name runs back this many words from its head at most. */
    static final int MAX_NAME_WORDS = 6;

    /** A body named in a text: its span, country key, head and the spelling keys of its words. */
    record Name(int start, int end, String country, String head, Set<String> words) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        // a looser description of the same body, not a wrong one: LOW
        return EntityDetector.perGroup(ctx, Severity.LOW, "named differently: ", (a, b) -> {
            if (!a.article().readsAsEnglish() || !Objects.equals(a.article().language(), b.article().language())) return null;
            if (NameChanges.headline(a) || NameChanges.headline(b)) return null;
            return properAgainstGeneric(a, b);
        });
    }

    /** A proper name in {@code a}'s claim and the generic for the same body in {@code b}'s, or null. */
    private static Evidence[] properAgainstGeneric(ClaimRef a, ClaimRef b) {
        int[] sa = withContinuation(a), sb = withContinuation(b);
        List<Name> proper = proper(a.article(), sa[0], sa[1]);
        if (proper.isEmpty()) return null;
        List<Name> generic = generic(b.article(), sb[0], sb[1]);
        for (Name p : proper) {
            for (Name gn : generic) {
                if (!p.country().equals(gn.country()) || !p.head().equals(gn.head())) continue;
                // the proper name must say more than the generic's words in other case ("Korea Coast Guard")
                Set<String> own = new TreeSet<>(p.words());
                own.removeAll(gn.words());
                if (own.isEmpty()) continue;
                // an outlet writing both is not describing the body otherwise than the other outlet
                if (writes(proper(b.article(), 0, b.article().text().length()), p)
                        || writes(generic(a.article(), 0, a.article().text().length()), gn)) continue;
                return new Evidence[] {new Evidence(a.article(), p.start(), p.end()), new Evidence(b.article(), gn.start(), gn.end())};
            }
        }
        return null;
    }

    /** A sentence that goes on from the one before it: "In doing so they will...", "This will allow...". */
    private static final Pattern CONTINUES = Pattern.compile("^(?:(?:In )?[Dd]oing so|This|That|It)\\s+(?:would|will|could|can|should"
            + "|is|was|means|allows?|enables?|lets?)\\b");

    /**
     * The statement's span, taking in the next sentence when that one only goes on from it: an outlet splits one
     * statement in two ("... agreed to modernize how the alliance commands its troops. This will let the two
     * countries' forces train together"), and the second half is aligned with nothing on its own.
     */
    static int[] withContinuation(ClaimRef c) {
        int start = c.claim().start(), end = c.claim().end();
        String text = c.article().text();
        for (var s : c.article().sentences()) {
            if (s.start() < end) continue;
            if (!text.substring(end, s.start()).isBlank() || text.substring(end, s.start()).contains("\n")) break;
            if (CONTINUES.matcher(s.text()).find()) end = s.end();
            break;
        }
        return new int[] {start, end};
    }

    private static boolean writes(List<Name> names, Name like) {
        for (Name n : names) if (n.country().equals(like.country()) && n.head().equals(like.head())) return true;
        return false;
    }

    /** Proper names of bodies in {@code text[from, to)}: "Japan Self-Defense Forces", "Armed Forces of Ukraine". */
    static List<Name> proper(AnalyzedArticle a, int from, int to) {
        String text = a.text();
        List<Word> words = Words.split(text.substring(from, to), from);
        List<Name> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String head = head(w);
            if (head == null || !w.capitalized()) continue;
            int start = i;
            String country = null;
            for (int k = i - 1; k >= 0 && i - k < MAX_NAME_WORDS; k--) {
                Word p = words.get(k);
                if (!p.capitalized() || !text.substring(p.end(), words.get(k + 1).start()).equals(" ")) break;
                start = k;
                if (country == null) country = country(a, p);
            }
            while (start < i && Words.STOPWORDS.contains(Words.fold(words.get(start).text()))) start++;
            int end = i;
            // "Armed Forces of Ukraine": the country after the head
            if (i + 2 < words.size() && Words.fold(words.get(i + 1).text()).equals("of")
                    && text.substring(w.end(), words.get(i + 2).start()).equals(" of ")) {
                int c = i + 2;
                if (Words.fold(words.get(c).text()).equals("the") && c + 1 < words.size()) c++;
                String after = country(a, words.get(c));
                if (after != null && country == null) {
                    country = after;
                    end = c;
                }
            }
            if (country == null || start == i && end == i) continue;
            out.add(new Name(words.get(start).start(), words.get(end).end(), country, head, keys(words.subList(start, end + 1), a)));
        }
        return out;
    }

    /** Generic descriptions of bodies in {@code text[from, to)}: a head in lower case right after a country ("Japanese forces"). */
    static List<Name> generic(AnalyzedArticle a, int from, int to) {
        String text = a.text();
        List<Word> words = Words.split(text.substring(from, to), from);
        List<Name> out = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            String head = head(w);
            if (head == null || w.capitalized()) continue;
            // one word of description may stand between: "Korean coast guard", "Japanese armed forces"
            for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
                Word p = words.get(k);
                if (!text.substring(p.end(), words.get(k + 1).start()).equals(" ")) break;
                String country = country(a, p);
                if (country != null) {
                    out.add(new Name(p.start(), w.end(), country, head, keys(words.subList(k, i + 1), a)));
                    break;
                }
                if (p.capitalized() || Words.STOPWORDS.contains(Words.fold(p.text()))) break;
            }
        }
        return out;
    }

    /** The head noun a word is, singular, or null. */
    private static String head(Word w) {
        String f = Words.fold(w.text());
        if (HEADS.contains(f)) return f;
        if (f.endsWith("s") && HEADS.contains(f.substring(0, f.length() - 1))) return f.substring(0, f.length() - 1);
        return null;
    }

    /** The country a capitalized word names: a demonym, or a country the linker found; its key, or null. */
    static String country(AnalyzedArticle a, Word w) {
        if (!w.capitalized()) return null;
        String key = OfficeTitleDetector.demonym(w.text());
        if (key == null) return null;
        if (key.equals("us") || key.equals("uk")) return key;
        String f = Words.fold(w.text()).replaceAll("['’]s$", "");
        if (DEMONYM_END.matcher(f).find()) return key;
        for (var m : a.mentions()) {
            if (m.entityId() != null && m.entityId().startsWith("place:") && m.start() < w.end() && w.start() < m.end()) return key;
        }
        return null;
    }

    /** The words of a name as compared: spelling keys, the country and the head as their keys, small words left out. */
    private static Set<String> keys(List<Word> words, AnalyzedArticle a) {
        Set<String> out = new TreeSet<>();
        for (Word w : words) {
            String f = Words.fold(w.text());
            if (Words.STOPWORDS.contains(f)) continue;
            String c = country(a, w), h = head(w);
            out.add(c != null ? "country:" + c : h != null ? "head:" + h : Words.spellingKey(w.text()));
        }
        return out;
    }
}
