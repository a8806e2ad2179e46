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
 *
 * <p>Whole names of one person are compared too: the order of family and given name ("KISHIDA Fumio" /
 * "Fumio Kishida"), a romanization's hyphen ("Kim Jong-un" / "Kim Jong Un"), a short or full form ("Joe
 * Biden" / "Joseph R. Biden, Jr."). Case alone and punctuation alone ("U.S." / "US") are never variants.
 */
public final class SpellingDetector implements DiscrepancyDetector {
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(8);

    @Override
    public List<Finding> detect(EventContext ctx) {
        Set<String> lowercase = new HashSet<>();
        Map<String, Map<String, List<Evidence>>> families = new TreeMap<>(); // key -> folded form -> evidence
        Set<String> linkedKeys = new HashSet<>();
        Map<String, Set<String>> linkedOf = new TreeMap<>(); // spelling key -> linked family keys
        List<List<Word>> wordsOf = new ArrayList<>(); // each account's words, split once for the checks below too
        List<String[]> foldedOf = new ArrayList<>(); // ... and folded once
        for (AnalyzedArticle a : ctx.accounts()) {
            String text = a.text().length() > 200_000 ? a.text().substring(0, 200_000) : a.text();
            List<EntityMention> mentions = a.mentions();
            int cut = cutOffAt(text);
            List<Word> words = Words.split(text);
            String[] folded = new String[words.size()];
            for (int i = 0; i < folded.length; i++) folded[i] = Words.fold(words.get(i).text());
            wordsOf.add(words);
            foldedOf.add(folded);
            List<Word> spelled = compoundsSplit(words);
            for (int wi = 0; wi < spelled.size(); wi++) {
                Word w = spelled.get(wi);
                String foldedWord = spelled == words ? folded[wi] : Words.fold(w.text());
                // the last word of an excerpt that stops mid-word ("... said Zelens") is not a way of spelling a name
                if (w.end() == cut) continue;
                if (!w.capitalized()) {
                    lowercase.add(foldedWord);
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
                // a name in another language's form ("Ukraina") is that language's name, not a variant of ours
                String key = a.language() + "|" + (linked ? entity + "|" + spelling : spelling);
                if (linked) {
                    linkedKeys.add(key);
                    linkedOf.computeIfAbsent(a.language() + "|" + spelling, k -> new java.util.TreeSet<>()).add(key);
                }
                Map<String, List<Evidence>> forms = families.computeIfAbsent(key, k -> new LinkedHashMap<>());
                List<Evidence> ev = forms.computeIfAbsent(foldedWord, f -> new ArrayList<>());
                if (ev.stream().noneMatch(e -> e.article() == a)) ev.add(new Evidence(a, w.start(), w.end()));
            }
        }
        // an unlinked form (a typo the linker missed) joins the one linked name it spells
        for (String spelling : List.copyOf(families.keySet())) {
            Set<String> owners = linkedOf.get(spelling);
            if (spelling.chars().filter(ch -> ch == '|').count() > 1 || owners == null || owners.size() != 1) continue;
            Map<String, List<Evidence>> target = families.get(owners.iterator().next());
            // a common word that happens to sound alike ("What" / "White") is no typo of the name
            // nor is a word in capitals the linker did not know (a byline's "IRYNA" is no typo of "Iran")
            families.remove(spelling).forEach((form, ev) -> {
                if (!Words.STOPWORDS.contains(form) && !lowercase.contains(form) && !ev.stream().allMatch(e -> upperCase(e.text())))
                    target.computeIfAbsent(form, f -> new ArrayList<>()).addAll(ev);
            });
        }
        List<Finding> out = new ArrayList<>(nameForms(ctx));
        out.addAll(wordForms(ctx));
        out.addAll(hangulSlips(ctx));
        out.addAll(givenNamesAcrossScripts(ctx));
        out.addAll(nameWordSlips(ctx, wordsOf, foldedOf));
        for (Map.Entry<String, Map<String, List<Evidence>>> family : families.entrySet()) {
            Map<String, List<Evidence>> forms = new LinkedHashMap<>(family.getValue());
            dropDerivedForms(forms);
            if (forms.size() < 2) continue;
            boolean linked = linkedKeys.contains(family.getKey());
            if (!linked && (forms.keySet().stream().anyMatch(f -> lowercase.contains(f) || Words.STOPWORDS.contains(f))
                    || !close(forms.keySet()))) continue;
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

    /**
     * The words with each compound of capitalized parts ("Russian-Belorussian trade", "Minsk-Moscow") split into
     * its parts: a name spelled differently inside a compound is still a way of spelling that name. A compound
     * with a lower-case part ("Jong-un", "pro-Kremlin") stays whole. The same list when nothing is split.
     */
    static List<Word> compoundsSplit(List<Word> words) {
        List<Word> out = null;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            List<Word> parts = w.text().indexOf('-') > 0 ? Words.split(w.text().replace('-', ' '), w.start()) : List.of();
            boolean split = parts.size() > 1 && parts.stream().allMatch(p -> Character.isUpperCase(p.text().codePointAt(0)));
            if (split && out == null) out = new ArrayList<>(words.subList(0, i));
            if (out == null) continue;
            if (split) out.addAll(parts);
            else out.add(w);
        }
        return out == null ? words : out;
    }

    private static boolean upperCase(String word) {
        return word.length() >= 3 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * Where an excerpt stops mid-word: the end of its last word when the text ends without a sentence's last
     * mark, else -1.
     */
    static int cutOffAt(String text) {
        String t = text.stripTrailing();
        if (t.isEmpty()) return -1;
        char last = t.charAt(t.length() - 1);
        return Character.isLetterOrDigit(last) ? t.length() : -1;
    }

    /** Statements this alike (share of equal words) differ only in how a word is spelled, not in what they say. */
    static final double NEAR_IDENTICAL = 0.8;

    /**
     * A word spelled two ways in otherwise identical statements: "defense" / "defence", "organization" /
     * "organisation", a typo. Only lower-case words of five letters or more, one or two letters apart,
     * with the same first letter: a different word ("expect" / "except") is rare in statements this alike.
     */
    static List<Finding> wordForms(EventContext ctx) {
        Map<String, Map<String, Evidence>> variants = new TreeMap<>();
        for (dev.parallax.comparator.align.AlignedGroup g : ctx.aligned()) {
            ChangeScan.forEachChange(ctx, g, NEAR_IDENTICAL, (l, r, c) -> {
                if (c.kind() != dev.parallax.comparator.diff.WordDiffer.Kind.CHANGE) return;
                List<Word> lw = Words.split(c.left()), rw = Words.split(c.right());
                if (lw.size() != 1 || rw.size() != 1) return;
                String a = lw.get(0).text(), b = rw.get(0).text();
                if (!a.matches("\\p{Ll}{5,}") || !b.matches("\\p{Ll}{5,}") || a.charAt(0) != b.charAt(0)) return;
                int d = LEVENSHTEIN.apply(a, b);
                if (d < 1 || d > (Math.min(a.length(), b.length()) >= 8 ? 2 : 1)) return;
                twoWays(variants, a, b, new Evidence(l.article(), c.leftStart(), c.leftEnd()), new Evidence(r.article(), c.rightStart(), c.rightEnd()));
            });
        }
        return spelledTwoWays(variants);
    }

    /** Two spellings of one word, each where it stands, kept under one key whichever comes first. */
    private static void twoWays(Map<String, Map<String, Evidence>> variants, String a, String b, Evidence atA, Evidence atB) {
        String key = a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
        Map<String, Evidence> ev = variants.computeIfAbsent(key, k -> new LinkedHashMap<>());
        EntityDetector.put(ev, atA);
        EntityDetector.put(ev, atB);
    }

    /** One finding per pair of spellings {@link #twoWays} kept. */
    private static List<Finding> spelledTwoWays(Map<String, Map<String, Evidence>> variants) {
        List<Finding> out = new ArrayList<>();
        variants.forEach((key, ev) -> {
            List<Evidence> list = List.copyOf(ev.values());
            out.add(new Finding(DiscrepancyType.SPELLING, Severity.LOW, "spelled two ways: " + Finding.summarize(list), null, list));
        });
        return out;
    }

    /**
     * A Korean word mistyped by one letter in aligned statements ("븍한에" for "북한에"): both words Hangul of
     * three syllables or more, one syllable apart in one of its letters (jamo), and not the last syllable,
     * where Korean endings and particles change with grammar. The slipped form is nowhere in the other
     * account and the other form nowhere in the slipped one, so two words both accounts use are never a
     * typo of each other. Korean has no capitals, so this is how its misspellings show at all.
     */
    static List<Finding> hangulSlips(EventContext ctx) {
        Map<String, Map<String, Evidence>> variants = new TreeMap<>();
        for (dev.parallax.comparator.align.AlignedGroup g : ctx.aligned()) {
            ChangeScan.forEachChange(ctx, g, 0.0, (l, r, c) -> {
                if (c.kind() != dev.parallax.comparator.diff.WordDiffer.Kind.CHANGE) return;
                for (Word a : Words.split(c.left(), c.leftStart())) {
                    for (Word b : Words.split(c.right(), c.rightStart())) {
                        if (!oneJamoApart(a.text(), b.text())) continue;
                        if (l.article().text().contains(b.text()) || r.article().text().contains(a.text())) continue;
                        twoWays(variants, a.text(), b.text(), new Evidence(l.article(), a.start(), a.end()), new Evidence(r.article(), b.start(), b.end()));
                    }
                }
            });
        }
        return spelledTwoWays(variants);
    }

    /**
     * A word of a capitalized name mistyped by one letter against the phrase other accounts write ("Alean Energy
     * Transformation Compact" beside "clean energy"): the same next word, the same length, one letter changed.
     * The slipped form must occur once in all the accounts and start a name of capitalized words; the right one
     * must be written by another outlet at least twice. Two words that both occur more than once are two words.
     */
    static List<Finding> nameWordSlips(EventContext ctx, List<List<Word>> wordsOf, List<String[]> foldedOf) {
        int n = ctx.accounts().size();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String[] folded : foldedOf) for (String f : folded) counts.merge(f, 1, Integer::sum);
        // the words a slip can stand before: only their phrases need collecting
        Set<String> slipNext = new HashSet<>();
        for (int account = 0; account < n; account++) {
            List<Word> words = wordsOf.get(account);
            String[] folded = foldedOf.get(account);
            for (int i = 0; i + 1 < words.size(); i++) {
                if (counts.get(folded[i]) == 1 && words.get(i).capitalized() && twoWordPhrase(ctx.accounts().get(account).text(), words, folded, i)) {
                    slipNext.add(folded[i + 1]);
                }
            }
        }
        // next word -> word before it -> where (one per account)
        Map<String, Map<String, List<Evidence>>> before = new TreeMap<>();
        for (int account = 0; account < n && !slipNext.isEmpty(); account++) {
            AnalyzedArticle a = ctx.accounts().get(account);
            List<Word> words = wordsOf.get(account);
            String[] folded = foldedOf.get(account);
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!slipNext.contains(folded[i + 1]) || !twoWordPhrase(a.text(), words, folded, i)) continue;
                Word w = words.get(i), next = words.get(i + 1);
                List<Evidence> ev = before.computeIfAbsent(folded[i + 1], k -> new TreeMap<>()).computeIfAbsent(folded[i], k -> new ArrayList<>());
                if (ev.stream().noneMatch(e -> e.article() == a)) ev.add(new Evidence(a, w.start(), next.end()));
            }
        }
        List<Finding> out = new ArrayList<>();
        before.forEach((next, forms) -> {
            if (Words.STOPWORDS.contains(next)) return;
            for (var slip : forms.entrySet()) {
                String x = slip.getKey();
                if (counts.get(x) != 1 || Words.STOPWORDS.contains(x)) continue;
                Evidence xe = slip.getValue().get(0);
                if (!xe.text().codePoints().filter(Character::isLetter).findFirst().stream().allMatch(Character::isUpperCase)) continue;
                if (!nextCapitalized(xe)) continue;
                for (var right : forms.entrySet()) {
                    String y = right.getKey();
                    if (y.equals(x) || y.length() != x.length() || counts.getOrDefault(y, 0) < 2 || LEVENSHTEIN.apply(x, y) != 1) continue;
                    List<Evidence> others = right.getValue().stream().filter(e -> !e.outlet().equals(xe.outlet())).toList();
                    if (others.isEmpty()) continue;
                    List<Evidence> list = new ArrayList<>();
                    list.add(xe);
                    list.addAll(others);
                    out.add(new Finding(DiscrepancyType.SPELLING, Severity.LOW, "a word of a name mistyped: " + Finding.summarize(list), null, list));
                }
            }
        });
        return out;
    }

    /** Whether word i (folded: four letters or more) and the next one stand one space apart: a phrase a slip can be part of. */
    private static boolean twoWordPhrase(String text, List<Word> words, String[] folded, int i) {
        String f = folded[i];
        if (f.length() < 4 || !f.chars().allMatch(Character::isLetter)) return false;
        Word w = words.get(i), next = words.get(i + 1);
        return next.start() == w.end() + 1 && text.charAt(w.end()) == ' ';
    }

    /** Whether the word after the slipped one is capitalized too: the slip stands inside a name, not a sentence's first word before a verb. */
    private static boolean nextCapitalized(Evidence e) {
        String[] w = e.text().split(" ");
        return w.length == 2 && !w[1].isEmpty() && Character.isUpperCase(w[1].codePointAt(0));
    }

    /** Two Hangul words of three syllables or more that differ in one letter of one syllable, not the last. */
    static boolean oneJamoApart(String a, String b) {
        if (a.length() != b.length() || a.length() < 3) return false;
        int differing = -1;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x < 0xAC00 || x > 0xD7A3 || y < 0xAC00 || y > 0xD7A3) return false;
            if (x == y) continue;
            if (differing >= 0) return false;
            differing = i;
        }
        if (differing < 0 || differing == a.length() - 1) return false;
        int p = a.charAt(differing) - 0xAC00, q = b.charAt(differing) - 0xAC00;
        int letters = (p / 588 != q / 588 ? 1 : 0) + ((p % 588) / 28 != (q % 588) / 28 ? 1 : 0) + (p % 28 != q % 28 ? 1 : 0);
        return letters == 1;
    }

    /** Languages whose names take case endings (Slavic and Baltic): one name's forms differ in their last letters. */
    private static final Set<String> INFLECTING = Set.of("ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "mk", "lt", "lv");
    /** The case endings of those languages' names, longest first (Cyrillic and Latin). */
    private static final java.util.regex.Pattern CASE_ENDING = java.util.regex.Pattern.compile(
            "(?:ого|его|ому|ему|ами|ями|ой|ей|ом|ем|ым|им|ою|ею|ах|ях|ів|а|я|у|ю|е|ы|и|і|owi|ego|emu|em|om|ie|a|u|y|i|e|o|ą|ę|us|ui|ai)$");

    /** A name word without its case ending, when at least three letters remain. */
    static String stem(String word) {
        java.util.regex.Matcher m = CASE_ENDING.matcher(word.toLowerCase(java.util.Locale.ROOT));
        return m.find() && m.start() >= 3 ? word.substring(0, m.start()) : word;
    }

    /** Person names (two words or more) whose form differs between outlets in more than case and the spelling of a word. */
    static List<Finding> nameForms(EventContext ctx) {
        Map<String, Map<String, List<Evidence>>> byPerson = new TreeMap<>(); // language|entity -> form key -> evidence
        Map<String, Map<String, String>> spellingOf = new TreeMap<>(); // entity -> form key -> spelling keys
        Map<String, Map<String, Integer>> shortNames = new TreeMap<>(); // entity -> the one word it is called by -> count
        for (AnalyzedArticle a : ctx.accounts()) {
            for (EntityMention m : a.mentions()) {
                if (m.entityId() == null || !m.entityId().startsWith("person:") || m.match() == MatchKind.ROLE
                        || m.match() == MatchKind.UNKNOWN || m.start() < 0 || m.end() > a.text().length()) continue;
                String surface = a.text().substring(m.start(), m.end());
                List<String> tokens = nameTokens(surface);
                boolean declined = INFLECTING.contains(a.language());
                if (tokens.size() == 1) shortNames.computeIfAbsent(a.language() + "|" + m.entityId(), k -> new TreeMap<>())
                        .merge(Words.spellingKey(declined ? stem(tokens.get(0)) : tokens.get(0)), 1, Integer::sum);
                if (tokens.size() < 2 || tokens.stream().anyMatch(t -> !Character.isLetter(t.codePointAt(0)))) continue;
                // in a language that declines names, "Александра Лукашенко" is Alexander's name in the genitive
                String form = declined ? String.join(" ", tokens.stream().map(SpellingDetector::stem).toList())
                        : String.join(" ", tokens);
                String person = a.language() + "|" + m.entityId();
                Map<String, List<Evidence>> forms = byPerson.computeIfAbsent(person, k -> new LinkedHashMap<>());
                List<Evidence> ev = forms.computeIfAbsent(form, k -> new ArrayList<>());
                if (ev.stream().noneMatch(e -> e.article() == a)) ev.add(new Evidence(a, m.start(), m.end()));
                spellingOf.computeIfAbsent(person, k -> new TreeMap<>()).put(form,
                        String.join(" ", tokens.stream().map(Words::spellingKey).toList()));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Evidence>>> person : byPerson.entrySet()) {
            Map<String, List<Evidence>> forms = person.getValue();
            // the family name is the word most forms share: a form without it ("Vladimir Vladimirovich", a
            // form of address) is not a way of writing the name
            Map<String, Integer> tokenCounts = shortNames.getOrDefault(person.getKey(), new TreeMap<>());
            if (tokenCounts.isEmpty()) {
                tokenCounts = new TreeMap<>();
                for (String form : forms.keySet()) for (String t : new java.util.TreeSet<>(List.of(form.split(" ")))) tokenCounts.merge(Words.spellingKey(t), 1, Integer::sum);
            }
            String family = tokenCounts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
            forms.keySet().removeIf(form -> java.util.Arrays.stream(form.split(" ")).noneMatch(t -> Words.spellingKey(t).equals(family)));
            dropFormsOfMixedOutlets(forms);
            spellingOf.get(person.getKey()).keySet().retainAll(forms.keySet());
            if (forms.size() < 2) continue;
            // forms that differ only in the spelling of a word are the word families' finding
            Set<String> spellings = new HashSet<>(spellingOf.get(person.getKey()).values());
            if (spellings.size() < 2) continue;
            Set<String> outlets = new HashSet<>();
            forms.values().forEach(l -> l.forEach(e -> outlets.add(e.outlet())));
            if (outlets.size() < 2) continue;
            List<Evidence> ev = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            forms.forEach((form, list) -> {
                ev.addAll(list);
                parts.add(list.get(0).text() + " (" + String.join(", ", list.stream().map(Evidence::outlet).distinct().toList()) + ")");
            });
            out.add(new Finding(DiscrepancyType.SPELLING, Severity.LOW, "name forms: " + String.join(" / ", parts), null, ev));
        }
        return out;
    }

    /** Loaded on first use: building the transliterator reads ICU's rules for every script (a few hundred milliseconds). */
    private static final class ToLatin {
        static final com.ibm.icu.text.Transliterator INSTANCE = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    }

    /** A name's word in lower-case ASCII letters: folded when it is written in Latin letters, transliterated when not. */
    static String latin(String word) {
        if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN) return Words.fold(word);
        return ToLatin.INSTANCE.transliterate(word);
    }

    /**
     * One person's given name in its short form in one script and its full form in another: "Joseph Biden" in an
     * English account and "Джо Байден" (Joe) in a Ukrainian one. Within one language the whole-name forms above
     * see it; across scripts a name is compared by its consonants after transliteration, so the transliterations
     * of one form ("Volodymyr" / "Володимир", "Alexander" / "Aleksandr") agree and only a form that is the start
     * of the other one (Joe / Joseph, Alex / Alexander) differs. Names whose given name comes first only: a name
     * in one word (Korean "김정은") is not split.
     */
    static List<Finding> givenNamesAcrossScripts(EventContext ctx) {
        // person -> script -> given-name skeleton -> evidence (one per account)
        Map<String, Map<String, Map<String, List<Evidence>>>> byPerson = new TreeMap<>();
        Map<String, String> skeletons = new java.util.HashMap<>(); // a name's word -> its skeleton: names repeat
        for (AnalyzedArticle a : ctx.accounts()) {
            for (EntityMention m : a.mentions()) {
                if (m.entityId() == null || !m.entityId().startsWith("person:") || m.match() == MatchKind.ROLE
                        || m.match() == MatchKind.UNKNOWN || m.start() < 0 || m.end() > a.text().length()) continue;
                List<String> tokens = nameTokens(a.text().substring(m.start(), m.end()));
                if (tokens.size() != 2 || tokens.stream().anyMatch(t -> t.length() < 2 || !Character.isLetter(t.codePointAt(0)))) continue;
                String given = skeletons.computeIfAbsent(tokens.get(0), t -> skeleton(latin(t)));
                if (given.isEmpty()) continue;
                String script = Character.UnicodeScript.of(tokens.get(0).codePointAt(0)).name();
                List<Evidence> ev = byPerson.computeIfAbsent(m.entityId(), k -> new TreeMap<>())
                        .computeIfAbsent(script, k -> new TreeMap<>()).computeIfAbsent(given, k -> new ArrayList<>());
                if (ev.stream().noneMatch(e -> e.article() == a)) ev.add(new Evidence(a, m.start(), m.end()));
            }
        }
        List<Finding> out = new ArrayList<>();
        byPerson.forEach((person, scripts) -> {
            // each script's one form: a script that writes both forms has no short form of its own
            List<Map.Entry<String, List<Evidence>>> forms = scripts.values().stream().filter(f -> f.size() == 1)
                    .map(f -> f.entrySet().iterator().next()).toList();
            Map<String, Evidence> ev = new LinkedHashMap<>();
            for (int i = 0; i < forms.size(); i++) {
                for (int j = i + 1; j < forms.size(); j++) {
                    String a = forms.get(i).getKey(), b = forms.get(j).getKey();
                    if (a.equals(b) || !(a.startsWith(b) || b.startsWith(a))) continue;
                    for (Evidence e : forms.get(i).getValue()) EntityDetector.put(ev, e);
                    for (Evidence e : forms.get(j).getValue()) EntityDetector.put(ev, e);
                }
            }
            if (ev.isEmpty()) return;
            List<Evidence> list = List.copyOf(ev.values());
            if (list.stream().map(Evidence::outlet).distinct().count() < 2) return;
            out.add(new Finding(DiscrepancyType.SPELLING, Severity.LOW, "given name, short and full form: " + Finding.summarize(list), null, list));
        });
        return out;
    }

    /**
     * A transliterated given name's consonants after its first letter, the first letter kept ("joseph" -> "jsp",
     * "dzho" -> "j"): transliterations of one name differ in vowels, "dzh" for "j" and "ks" for "x".
     */
    static String skeleton(String latin) {
        String s = latin.replaceAll("[^a-z]", "");
        if (s.startsWith("dzh") || s.startsWith("dz")) s = "j" + s.substring(s.startsWith("dzh") ? 3 : 2);
        s = s.replace("x", "ks");
        if (s.isEmpty()) return s;
        return s.charAt(0) + s.substring(1).replaceAll("[aeiouyhwj]", "");
    }

    /** Honorifics and post-nominals: "Dr Biden" and "The Hon Anthony Albanese MP" are not forms of a name. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "the", "hon",
            "honourable", "honorable", "mp", "qc", "kc", "his", "her", "excellency", "president", "prime", "minister",
            "chairman", "premier", "chancellor", "secretary", "general", "senator", "governor", "ambassador");

    /** The words of a name, lower case, dots and commas dropped, honorifics left out; a hyphen stays inside its word ("jong-un"). */
    static List<String> nameTokens(String surface) {
        List<String> out = new ArrayList<>();
        for (String t : surface.strip().split("[\\s,]+")) {
            String f = Words.fold(t).replace(".", "");
            if (!f.isEmpty() && !HONORIFICS.contains(f)) out.add(f);
        }
        return out;
    }

    private static final List<String> DERIVATIONS = List.of("ian", "an", "n", "ese", "ish", "i", "ic", "s");

    /**
     * A whole-name form written only by outlets that also write another form of the name is no disagreement
     * between outlets (a Russian page that declines "Александр Лукашенко" to "Александра Лукашенко"): such
     * forms are dropped, in the map's order. Word spellings keep theirs: a typo next to the right spelling
     * in one account is still a typo.
     */
    static void dropFormsOfMixedOutlets(Map<String, List<Evidence>> forms) {
        for (String form : List.copyOf(forms.keySet())) {
            Set<String> own = new HashSet<>();
            forms.get(form).forEach(e -> own.add(e.outlet()));
            Set<String> elsewhere = new HashSet<>();
            forms.forEach((other, ev) -> {
                if (!other.equals(form)) ev.forEach(e -> elsewhere.add(e.outlet()));
            });
            if (elsewhere.containsAll(own)) forms.remove(form);
        }
    }

    /** "Ukrainian" next to "Ukraine", "German" next to "Germany": a derived word, not a spelling of it. */
    static void dropDerivedForms(Map<String, List<Evidence>> forms) {
        Set<String> drop = new HashSet<>();
        for (String a : forms.keySet()) {
            String base = a.replaceAll("[eay]$", "");
            if (base.length() < 3) continue;
            for (String b : forms.keySet()) {
                if (b.equals(a) || !b.startsWith(base)) continue;
                String rest = b.substring(a.startsWith(base) && b.startsWith(a) ? a.length() : base.length());
                if (DERIVATIONS.contains(rest)) drop.add(b);
                // the adjective that drops the name's last letter: "Germany" / "German" (not "Zelenskyy" / "Zelensky")
                else if (rest.isEmpty() && b.endsWith("an") && a.endsWith("y")) drop.add(b);
            }
        }
        drop.forEach(forms::remove);
    }

    /** English word endings swapped between two words of one stem: "Minister" / "Ministry" are two words, not two spellings. */
    private static final List<String[]> ENDINGS = List.of(new String[] {"er", "ry"}, new String[] {"ed", "ing"},
            new String[] {"ion", "ive"}, new String[] {"ist", "ism"}, new String[] {"ent", "ence"}, new String[] {"ant", "ance"},
            new String[] {"ic", "ical"}, new String[] {"er", "ing"}, new String[] {"ion", "ing"});

    static boolean endingSwap(String a, String b) {
        for (String[] e : ENDINGS) {
            for (int k = 0; k < 2; k++) {
                String x = e[k], y = e[1 - k];
                if (a.endsWith(x) && b.endsWith(y) && a.length() - x.length() >= 4
                        && a.substring(0, a.length() - x.length()).equals(b.substring(0, b.length() - y.length()))) return true;
            }
        }
        return false;
    }

    private static boolean close(Set<String> forms) {
        List<String> list = new ArrayList<>(forms);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (endingSwap(list.get(i), list.get(j))) return false;
                String a = list.get(i).replace("x", "ks"), b = list.get(j).replace("x", "ks");
                int d = LEVENSHTEIN.apply(a, b);
                if (d < 0 || d > Math.max(1, Math.min(a.length(), b.length()) / 3)) return false;
            }
        }
        return true;
    }
}
