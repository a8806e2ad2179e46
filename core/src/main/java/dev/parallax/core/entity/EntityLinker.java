package dev.parallax.core.entity;

import dev.parallax.core.model.Entity;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.Token;
import dev.parallax.core.segment.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Finds the entities an article names, in four passes per sentence:
 * <ol>
 *   <li>names and aliases from the gazetteer, longest match first, on token boundaries;</li>
 *   <li>role phrases ("the Belarusian leader"), resolved to whoever held the role on the
 *       reference date, or for generic roles ("the president") to the candidate mentioned last;</li>
 *   <li>capitalized words the gazetteer does not list, matched to a known name by similarity of
 *       their transliteration-folded forms ("Lukashneko", "Aliaksandr");</li>
 *   <li>remaining capitalized names, kept as unknown entities grouped by surface similarity.</li>
 * </ol>
 * Immutable and thread-safe; fuzzy look-ups are memoized in a bounded concurrent cache.
 */
public final class EntityLinker {
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its", "our", "a");
    /** Capitalized words that are not names on their own (sentence openers, titles, demonyms, calendar words). */
    static final Set<String> NOT_NAMES = Set.of((
            "the a an in on at for but and or if as it he she they we i you this that these those his her "
            + "their our my your its there here when while after before during however meanwhile also both "
            + "likewise beyond thus therefore today yesterday tomorrow monday tuesday wednesday thursday "
            + "friday saturday sunday january february march april may june july august september october "
            + "november december jan feb apr jun jul aug sep sept oct nov dec president presidents prime "
            + "minister ministers leader leaders chief head mr mrs ms dr general gen source author file photo "
            + "read more tags share advertisement russian russians belarusian belarusians ukrainian ukrainians "
            + "western eastern european europeans polish american americans chinese soviet french german "
            + "british do not said according follow leave reply accept thank thanks together now then why what "
            + "who how where which even some many all one two three no yes so to of from by with without about "
            + "later earlier recently separately instead nevertheless moreover furthermore additionally "
            + "finally initially previously currently several most few any whose upon within among through "
            + "over under state council foreign defense defence security world news live updates breaking is "
            + "are was were will would can could should let following despite since until once every each "
            + "other another such only just still yet again first second last next new old great us me him "
            + "them de la el le mister lord sir madam ok okay covid kremlin's japanese korean australian indian italian "
            + "canadian israeli iranian turkish indonesian lithuanian japan's chairman secretary honorable honourable well "
            + "colleagues laughs laughter applause summary chair staff statement declaration visit dinner strategy "
            + "english pdf jst edt est bst eest cet gmt utc msk ai i'm i've i'll i'd you're we're they're it's that's "
            + "don't mr. dear friends ladies gentlemen excellency excellencies q").split(" "));
    /**
     * Common words news text capitalizes ("the West", "the sending of Missiles"): standing alone they
     * are not unknown names. Shipped as {@code common-words.txt} next to this class.
     */
    static final Set<String> COMMON_WORDS = commonWords();

    private static Set<String> commonWords() {
        try (java.io.InputStream in = EntityLinker.class.getResourceAsStream("common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource common-words.txt");
            }
            Set<String> words = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.addAll(List.of(line.strip().split("\\s+")));
                }
            }
            return Set.copyOf(words);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What follows a name in a derived word ("Minskers", "Russianness"), as opposed to a glued next word. */
    private static final java.util.regex.Pattern DERIVED_SUFFIX =
            java.util.regex.Pattern.compile("n|er|ian|ism|ist|ite|ese|ic|ov|sk|ia");
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "de", "von", "van", "al", "bin", "the", "la", "du");

    /** Id prefix of the gazetteer's topics of talks: ordinary words, matched in any case. */
    public static final String TOPIC = "topic:";

    private final Gazetteer gazetteer;
    private final LinkerConfig config;
    private final TransliterationFolder folder = new TransliterationFolder();
    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    private final Map<String, NameTarget> names = new HashMap<>();
    private final Map<String, List<RoleBinding>> roles = new HashMap<>();
    /** Every proper token prefix of a name or role key: lets a look-up stop as soon as nothing can match. */
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();
    /** Folded names by {@link #foldedKey}: a fuzzy match needs the same number of words and the same first letter. */
    private final Map<Integer, List<FoldedName>> foldedByTokenCount = new HashMap<>();

    private static int foldedKey(String[] folded) {
        return folded.length * 65_536 + (folded[0].isEmpty() ? 0 : folded[0].charAt(0));
    }
    private final int maxKeyTokens;
    /** Names written in Hangul, Han or kana: found inside longer tokens, which those scripts glue together. */
    private final Map<String, NameTarget> cjkNames = new HashMap<>();
    private int maxCjkChars;
    private final Map<String, Optional<FuzzyHit>> fuzzyCache = new ConcurrentHashMap<>();

    private record NameTarget(Entity entity, boolean canonical, boolean caseSensitive, String surfaceKey) {}

    private record FoldedName(String[] tokens, Entity entity) {}

    private record FuzzyHit(Entity entity, double score) {}

    public EntityLinker(Gazetteer gazetteer, LinkerConfig config) {
        this.gazetteer = gazetteer;
        this.config = config;
        Tokenizer tokenizer = new Tokenizer();
        int max = 1;
        for (Entity e : gazetteer.entities()) {
            List<String> all = new ArrayList<>();
            all.add(e.name());
            all.addAll(e.aliases());
            for (String name : all) {
                List<Token> tokens = tokenizer.tokenize(name);
                if (tokens.isEmpty()) {
                    continue;
                }
                String key = key(tokens, 0, tokens.size());
                if (tokens.size() == 1 && hasCjk(name)) {
                    cjkNames.putIfAbsent(name, new NameTarget(e, name.equals(e.name()), false, name));
                    maxCjkChars = Math.max(maxCjkChars, name.length());
                }
                boolean caseSensitive = name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT)) && !hasCjk(name);
                names.putIfAbsent(key, new NameTarget(e, name.equals(e.name()), caseSensitive, surfaceKey(tokens)));
                addPrefixes(tokens);
                max = Math.max(max, tokens.size());
                String folded = folder.apply(name);
                if (!folded.isBlank()) {
                    String[] ft = folded.split(" ");
                    foldedByTokenCount.computeIfAbsent(foldedKey(ft), k -> new ArrayList<>()).add(new FoldedName(ft, e));
                }
            }
        }
        for (RoleBinding role : gazetteer.roles()) {
            List<Token> tokens = tokenizer.tokenize(role.phrase());
            if (tokens.isEmpty()) {
                continue;
            }
            roles.computeIfAbsent(key(tokens, 0, tokens.size()), k -> new ArrayList<>()).add(role);
            addPrefixes(tokens);
            max = Math.max(max, tokens.size());
        }
        this.maxKeyTokens = max;
    }

    private void addPrefixes(List<Token> tokens) {
        for (int len = 1; len < tokens.size(); len++) {
            prefixes.add(key(tokens, 0, len));
        }
    }

    public EntityLinker(Gazetteer gazetteer) {
        this(gazetteer, LinkerConfig.defaults());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Links every sentence of an article.
     *
     * @param referenceDate the day role phrases are resolved for (dateline or publication date), or null
     */
    public List<EntityMention> link(List<Sentence> sentences, LocalDate referenceDate) {
        return link(sentences, referenceDate, "en");
    }

    /**
     * Links every sentence of an article written in {@code language} (ISO 639-1; null when unknown).
     * Role phrases and unknown capitalized names are English readings: in another language only the
     * gazetteer's names and their variants are linked, never a capitalized word taken for a name.
     */
    public List<EntityMention> link(List<Sentence> sentences, LocalDate referenceDate, String language) {
        boolean english = language == null || language.equals("en") || language.equals("und");
        List<EntityMention> out = new ArrayList<>();
        Map<String, String> unknownGroups = new LinkedHashMap<>();
        Map<String, Integer> salience = new HashMap<>();
        Map<Integer, Integer> perParagraph = new HashMap<>();
        for (Sentence sentence : sentences) {
            perParagraph.merge(sentence.paragraph(), 1, Integer::sum);
        }
        for (Sentence sentence : sentences) {
            boolean heading = perParagraph.get(sentence.paragraph()) == 1 && isHeading(sentence);
            linkSentence(sentence, referenceDate, heading, english, out, unknownGroups, salience);
        }
        return partNamesResolved(out);
    }

    /** Small words a Title Case headline or subhead leaves in lower case ("Talks on Security with Minsk"). */
    private static final Set<String> HEADING_SMALL_WORDS = Set.of(("a an the and or but nor for of on in at to by "
            + "with from into over amid amidst about after before between against during without under as vs via "
            + "than up off out per upon").split(" "));
    private static final int HEADING_MAX_WORDS = 16;

    /**
     * A headline or subhead on its own line: no closing punctuation, short, and every word but the small
     * ones capitalized ("Talks On Security Cooperation", "Concerns and Accusations"). Such a line is kept
     * and its known names are linked, but its capitalized words are not taken for unknown names.
     */
    static boolean isHeading(Sentence sentence) {
        String text = sentence.text().strip();
        if (text.isEmpty() || ".!?…;,".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        int words = 0;
        int capitalized = 0;
        for (Token t : sentence.tokens()) {
            if (!Character.isLetter(t.text().codePointAt(0))) {
                continue;
            }
            words++;
            if (isCapitalized(t)) {
                capitalized++;
            } else if (!HEADING_SMALL_WORDS.contains(t.norm())) {
                return false;
            }
        }
        return words <= HEADING_MAX_WORDS && capitalized >= 2;
    }

    private static String key(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(linkNorm(tokens.get(i)));
        }
        return b.toString();
    }

    private static String surfaceKey(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(t.text()).append(' ');
        }
        return b.toString();
    }

    private void linkSentence(Sentence sentence, LocalDate referenceDate, boolean heading, boolean english,
                              List<EntityMention> out,
                              Map<String, String> unknownGroups, Map<String, Integer> salience) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        boolean[] covered = new boolean[n];
        List<EntityMention> found = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int matched = matchAt(tokens, i, referenceDate, english, out, found, covered, salience);
            i += Math.max(1, matched);
        }
        boolean titleCase = heading || isTitleCase(tokens);
        findUnknownNames(tokens, covered, titleCase || !english, found, unknownGroups);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // the first one named in a sentence is usually its subject: it counts more as context
        boolean first = true;
        for (EntityMention m : found) {
            salience.merge(m.entityId(), first ? 3 : 2, Integer::sum);
            first = first && m.kind() != EntityKind.PERSON;
        }
        namesInsideCjkTokens(tokens, covered, found);
        titlesBeforeNames(found, tokens, covered, referenceDate, english);
        mergeVariantFirstNames(found, sentence);
        out.addAll(found);
    }

    /** Tries a gazetteer name or role phrase at token {@code i}; returns the number of tokens used (0 = none). */
    private int matchAt(List<Token> tokens, int i, LocalDate ref, boolean english, List<EntityMention> earlier,
                        List<EntityMention> found, boolean[] covered, Map<String, Integer> salience) {
        int n = tokens.size();
        StringBuilder key = new StringBuilder();
        int bestLen = 0;
        NameTarget bestName = null;
        List<RoleBinding> bestRoles = null;
        for (int len = 1; len <= maxKeyTokens && i + len <= n; len++) {
            String norm = linkNorm(tokens.get(i + len - 1));
            if (len > 1) {
                key.append(' ');
            }
            key.append(norm);
            String k = len == 1 ? norm : key.toString(); // most tokens start nothing: no copy for them
            NameTarget name = names.get(k);
            List<RoleBinding> r = roles.get(k);
            if (name == null && r == null && !prefixes.contains(k)) {
                break;
            }
            if (name != null && acceptsSurface(name, tokens, i, len)) {
                bestLen = len;
                bestName = name;
                bestRoles = null;
            }
            if (r != null && english && len >= bestLen) {
                boolean hasDeterminer = i > 0 && DETERMINERS.contains(tokens.get(i - 1).norm());
                if (len > 1 || hasDeterminer) {
                    bestLen = len;
                    bestRoles = r;
                    bestName = null;
                }
            }
        }
        if (bestLen == 0) {
            return 0;
        }
        int endTok = i + bestLen - 1;
        if (bestName != null) {
            Entity e = bestName.entity();
            MatchKind kind = bestName.canonical() ? MatchKind.EXACT : MatchKind.ALIAS;
            found.add(mention(e.id(), e.kind(), tokens, i, endTok, kind, kind == MatchKind.EXACT ? 1.0 : 0.95));
            mark(covered, i, endTok);
            return bestLen;
        }
        int startTok = i > 0 && DETERMINERS.contains(tokens.get(i - 1).norm()) && !covered[i - 1] ? i - 1 : i;
        Resolved resolved = resolveRole(bestRoles, ref, earlier, found, salience);
        mark(covered, startTok, endTok);
        if (resolved != null) {
            Entity e = gazetteer.entity(resolved.entityId()).orElse(null);
            EntityKind kind = e == null ? EntityKind.OTHER : e.kind();
            found.add(mention(resolved.entityId(), kind, tokens, startTok, endTok, MatchKind.ROLE, resolved.confidence()));
        }
        return bestLen;
    }

    private static boolean acceptsSurface(NameTarget name, List<Token> tokens, int i, int len) {
        Token first = tokens.get(i);
        if (name.caseSensitive()) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < i + len; k++) {
                b.append(tokens.get(k).text()).append(' ');
            }
            return b.toString().equals(name.surfaceKey());
        }
        int c = first.text().codePointAt(0);
        // a name written in lower case is usually an ordinary word ("wagner" the composer aside); a topic of talks
        // ("climate change") is one by nature
        return name.entity().id().startsWith(TOPIC) || Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c)
                || Character.isUpperCase(tokens.get(i + len - 1).text().codePointAt(0));
    }

    private record Resolved(String entityId, double confidence) {}

    private static Resolved resolveRole(List<RoleBinding> bindings, LocalDate ref, List<EntityMention> earlier,
                                        List<EntityMention> found, Map<String, Integer> salience) {
        List<String> specific = bindings.stream().filter(b -> !b.generic() && b.appliesOn(ref))
                .map(RoleBinding::entityId).distinct().toList();
        if (specific.size() == 1) {
            return new Resolved(specific.get(0), 0.85);
        }
        List<String> candidates = specific.isEmpty()
                ? bindings.stream().filter(RoleBinding::generic).map(RoleBinding::entityId).distinct().toList()
                : specific;
        // context: the candidate most salient so far (named often, named as a subject); on a tie, the latest
        Map<String, Integer> counts = new HashMap<>();
        String latest = null;
        for (String c : candidates) {
            if (salience.containsKey(c)) {
                counts.put(c, salience.get(c));
            }
        }
        for (List<EntityMention> list : List.of(earlier, found)) {
            for (int k = list.size() - 1; k >= 0 && latest == null; k--) {
                if (candidates.contains(list.get(k).entityId())) {
                    latest = list.get(k).entityId();
                }
            }
        }
        for (EntityMention m : found) {
            if (candidates.contains(m.entityId())) {
                counts.merge(m.entityId(), 2, Integer::sum);
                latest = m.entityId();
            }
        }
        if (latest == null) {
            return null;
        }
        counts.merge(latest, 1, Integer::sum);
        String best = latest;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return new Resolved(best, 0.6);
    }

    private static void mark(boolean[] covered, int from, int to) {
        for (int k = from; k <= to; k++) {
            covered[k] = true;
        }
    }

    private static EntityMention mention(String id, EntityKind kind, List<Token> tokens, int from, int to,
                                         MatchKind match, double confidence) {
        int start = tokens.get(from).start();
        int end = tokens.get(to).end();
        StringBuilder surface = new StringBuilder();
        int prevEnd = -1;
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (prevEnd >= 0 && t.start() > prevEnd) {
                surface.append(' ');
            }
            surface.append(t.text());
            prevEnd = t.end();
        }
        return new EntityMention(id, kind, surface.toString(), start, end, match, confidence);
    }

    private static boolean isCapitalized(Token t) {
        int c = t.text().codePointAt(0);
        return Character.isUpperCase(c) && Character.isLetter(c);
    }

    /** A headline in Title Case: every word longer than three letters is capitalized. */
    private static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        for (Token t : tokens) {
            if (Character.isLetter(t.text().codePointAt(0)) && t.text().length() > 3) {
                words++;
                if (!isCapitalized(t)) {
                    return false;
                }
            }
        }
        return words >= 4;
    }

    private void findUnknownNames(List<Token> tokens, boolean[] covered, boolean titleCase, List<EntityMention> found,
                                  Map<String, String> unknownGroups) {
        int n = tokens.size();
        int first = 0;
        while (first < n && !Character.isLetterOrDigit(tokens.get(first).text().codePointAt(0))) {
            first++;
        }
        int i = 0;
        while (i < n) {
            if (covered[i] || !isCapitalized(tokens.get(i)) || NOT_NAMES.contains(tokens.get(i).norm())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && !covered[j]) {
                Token t = tokens.get(j);
                if (isCapitalized(t) && !NOT_NAMES.contains(t.norm())) {
                    j++;
                } else if (NAME_CONNECTORS.contains(t.norm()) && j + 1 < n && !covered[j + 1]
                        && isCapitalized(tokens.get(j + 1)) && !NOT_NAMES.contains(tokens.get(j + 1).norm())) {
                    j += 2;
                } else {
                    break;
                }
            }
            handleRun(tokens, i, j, i == first, titleCase, found, unknownGroups);
            i = j;
        }
    }

    /** A run of capitalized tokens [from, to): link its parts fuzzily, keep the rest as unknown names. */
    private void handleRun(List<Token> tokens, int from, int to, boolean atSentenceStart, boolean titleCase,
                           List<EntityMention> found, Map<String, String> unknownGroups) {
        int p = from;
        int unknownFrom = -1;
        while (p < to) {
            int hitLen = 0;
            FuzzyHit hit = null;
            for (int len = Math.min(4, to - p); len >= 1 && hit == null; len--) {
                hit = fuzzy(tokens, p, p + len).orElse(null);
                if (hit != null) {
                    hitLen = len;
                }
            }
            if (hit == null && unknownFrom < 0 && gluedPrefix(tokens.get(p), found)) {
                p++;
                continue;
            }
            if (hit != null) {
                if (unknownFrom >= 0) {
                    addUnknown(tokens, unknownFrom, p, atSentenceStart && unknownFrom == from, titleCase, found, unknownGroups);
                    unknownFrom = -1;
                }
                found.add(mention(hit.entity().id(), hit.entity().kind(), tokens, p, p + hitLen - 1, MatchKind.FUZZY,
                        Math.round(hit.score() * 0.9 * 1000) / 1000.0));
                p += hitLen;
            } else {
                if (unknownFrom < 0) {
                    unknownFrom = p;
                }
                p++;
            }
        }
        if (unknownFrom >= 0) {
            addUnknown(tokens, unknownFrom, to, atSentenceStart && unknownFrom == from, titleCase, found, unknownGroups);
        }
    }

    /**
     * Scraping glues words ("Iskanderdelivered"): a word that starts with a known one-word name of
     * five letters or more, followed by at least five lower-case letters that do not read as a suffix, names that entity.
     */
    private boolean gluedPrefix(Token token, List<EntityMention> found) {
        String norm = token.norm();
        String text = token.text();
        if (norm.length() != text.length()) {
            return false;
        }
        for (int len = norm.length() - 5; len >= 5; len--) {
            NameTarget name = names.get(norm.substring(0, len));
            if (name != null && !name.caseSensitive() && Character.isLowerCase(text.charAt(len))
                    && !DERIVED_SUFFIX.matcher(norm).region(len, norm.length()).lookingAt()) {
                found.add(new EntityMention(name.entity().id(), name.entity().kind(), text.substring(0, len),
                        token.start(), token.start() + len, MatchKind.FUZZY, 0.7));
                return true;
            }
        }
        return false;
    }

    private void addUnknown(List<Token> tokens, int from, int to, boolean atSentenceStart, boolean titleCase,
                            List<EntityMention> found, Map<String, String> unknownGroups) {
        while (to > from && NAME_CONNECTORS.contains(tokens.get(to - 1).norm())) {
            to--;
        }
        if (to <= from || titleCase || (atSentenceStart && to - from == 1)
                || (to - from == 1 && COMMON_WORDS.contains(tokens.get(from).norm()))) {
            return;
        }
        if (to - from == 1 && hyphenatedKnownNames(tokens.get(from), found)) {
            return;
        }
        EntityMention probe = mention("", EntityKind.OTHER, tokens, from, to - 1, MatchKind.UNKNOWN, 0.5);
        String folded = folder.apply(probe.surface());
        if (folded.length() < 2) {
            return;
        }
        String id = unknownGroups.get(folded);
        if (id == null) {
            String lastWord = folded.substring(folded.lastIndexOf(' ') + 1);
            for (Map.Entry<String, String> g : unknownGroups.entrySet()) {
                String other = g.getKey();
                String otherLast = other.substring(other.lastIndexOf(' ') + 1);
                boolean sameSurname = lastWord.length() >= 4 && lastWord.equals(otherLast);
                if (sameSurname || similarity.apply(folded, other) >= config.unknownThreshold()) {
                    id = g.getValue();
                    break;
                }
            }
            if (id == null) {
                id = "unknown:" + folded.replace(' ', '-');
            }
            unknownGroups.put(folded, id);
        }
        found.add(new EntityMention(id, EntityKind.OTHER, probe.surface(), probe.start(), probe.end(), MatchKind.UNKNOWN,
                0.5));
    }

    /**
     * "China-Russia relations", "Russian-Chinese talks", "UK-US": a hyphenated word made of known names and
     * demonyms is not an unknown name; the names in it are mentions of their own.
     */
    private boolean hyphenatedKnownNames(Token token, List<EntityMention> found) {
        String text = token.text();
        if (text.indexOf('-') < 0) {
            return false;
        }
        List<EntityMention> parts = new ArrayList<>();
        int at = 0;
        for (String part : text.split("-", -1)) {
            String norm = TextNormalizerHolder.norm(part);
            NameTarget name = names.get(norm);
            if (name != null && !name.caseSensitive()) {
                parts.add(new EntityMention(name.entity().id(), name.entity().kind(), part, token.start() + at,
                        token.start() + at + part.length(), MatchKind.ALIAS, 0.8));
            } else if (!NOT_NAMES.contains(norm) && !norm.equals("u")) {
                return false;
            }
            at += part.length() + 1;
        }
        found.addAll(parts);
        return true;
    }

    /** The token norm of a piece of a word. */
    private static final class TextNormalizerHolder {
        static String norm(String s) {
            return dev.parallax.core.segment.TextNormalizer.TOKEN_NORM.apply(s);
        }
    }

    /**
     * "Kim" after "Kim Jong Un", "Joe" after "Joe Biden", "Sunak" before "Rishi Sunak": a capitalized word the
     * gazetteer does not list alone, that is the first or last word of a person the article names in full, is
     * that person (the nearest one named before it, else the first named after it).
     */
    private static List<EntityMention> partNamesResolved(List<EntityMention> mentions) {
        if (mentions.stream().noneMatch(m -> m.match() == MatchKind.UNKNOWN && m.surface().indexOf(' ') < 0)) {
            return mentions;
        }
        List<EntityMention> people = mentions.stream().filter(m -> m.kind() == EntityKind.PERSON
                && m.match() != MatchKind.ROLE && m.match() != MatchKind.UNKNOWN && m.surface().indexOf(' ') > 0).toList();
        if (people.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            if (m.match() != MatchKind.UNKNOWN || m.surface().indexOf(' ') >= 0 || m.surface().length() < 2) {
                out.add(m);
                continue;
            }
            EntityMention before = null;
            EntityMention after = null;
            for (EntityMention p : people) {
                String[] words = p.surface().split(" ");
                if (!words[0].equals(m.surface()) && !words[words.length - 1].equals(m.surface())) {
                    continue;
                }
                if (p.start() < m.start()) {
                    before = p;
                } else if (after == null) {
                    after = p;
                }
            }
            EntityMention best = before != null ? before : after;
            out.add(best == null ? m : new EntityMention(best.entityId(), best.kind(), m.surface(), m.start(), m.end(),
                    MatchKind.ALIAS, 0.8));
        }
        return out;
    }

    private Optional<FuzzyHit> fuzzy(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        String surface = b.toString();
        if (fuzzyCache.size() > 100_000) {
            fuzzyCache.clear();
        }
        return fuzzyCache.computeIfAbsent(surface, this::fuzzyLookup);
    }

    private Optional<FuzzyHit> fuzzyLookup(String surface) {
        String folded = folder.apply(surface);
        if (folded.isBlank()) {
            return Optional.empty();
        }
        String[] ft = folded.split(" ");
        for (String t : ft) {
            if (t.length() < config.minFuzzyLength()) {
                return Optional.empty();
            }
        }
        FuzzyHit best = null;
        for (FoldedName candidate : foldedByTokenCount.getOrDefault(foldedKey(ft), List.of())) {
            double score = 1.0;
            for (int k = 0; k < ft.length && score >= config.fuzzyThreshold(); k++) {
                String a = ft[k];
                String c = candidate.tokens()[k];
                boolean suffixed = a.length() > c.length() + 1 && a.startsWith(c); // "Minskers", "Russianness"
                if (a.charAt(0) != c.charAt(0) || Math.abs(a.length() - c.length()) > 4 || suffixed) {
                    score = 0;
                } else {
                    score = Math.min(score, similarity.apply(a, c));
                }
            }
            if (score >= config.fuzzyThreshold() && (best == null || score > best.score())) {
                best = new FuzzyHit(candidate.entity(), score);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "Aleksander Lukashenko": the surname matched exactly, the first name is an unlisted variant.
     * When the pair as a whole is a fuzzy match of the same person, it becomes one mention.
     */
    private void mergeVariantFirstNames(List<EntityMention> found, Sentence sentence) {
        for (int k = found.size() - 2; k >= 0; k--) {
            EntityMention first = found.get(k);
            EntityMention next = found.get(k + 1);
            if (first.match() != MatchKind.UNKNOWN || next.kind() != EntityKind.PERSON
                    || next.start() - first.end() != 1 || first.surface().indexOf(' ') >= 0) {
                continue;
            }
            String pair = sentence.text().substring(first.start() - sentence.start(), next.end() - sentence.start());
            Optional<FuzzyHit> hit = fuzzyCache.computeIfAbsent(pair, this::fuzzyLookup);
            if (hit.isPresent() && hit.get().entity().id().equals(next.entityId())) {
                found.set(k, new EntityMention(next.entityId(), next.kind(), pair, first.start(), next.end(),
                        MatchKind.FUZZY, Math.round(hit.get().score() * 0.9 * 1000) / 1000.0));
                found.remove(k + 1);
            }
        }
    }

    /**
     * "Russian President Vladimir Putin", "the President of Russia, Vladimir Putin", "Prime Minister Kishida",
     * "Chairman Kim Jong Un": a role phrase right before a name is the title the account gives that person. It
     * stays a ROLE mention of its own (its surface is the title as written, so the comparator sees "Chinese
     * leader" against "President of the People's Republic of China"), and it refers to the named person
     * whenever the phrase can ("Prime Minister Kishida" is Kishida even where another prime minister was named
     * before). A one-word title ("President Biden") is a title only in front of a name it can refer to.
     */
    private void titlesBeforeNames(List<EntityMention> found, List<Token> tokens, boolean[] covered, LocalDate ref,
                                   boolean english) {
        if (!english || found.isEmpty()) {
            return;
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int k = 0; k < found.size(); k++) {
            EntityMention name = found.get(k);
            if (name.kind() != EntityKind.PERSON || name.match() == MatchKind.ROLE || name.match() == MatchKind.UNKNOWN) {
                continue;
            }
            int first = tokenAt(tokens, name.start());
            if (first < 0) {
                continue;
            }
            EntityMention before = k > 0 ? found.get(k - 1) : null;
            if (before != null && before.match() == MatchKind.ROLE && adjacent(tokens, before.end(), first)) {
                if (!before.entityId().equals(name.entityId()) && roleCanName(before, tokens, name.entityId(), ref)) {
                    found.set(k - 1, new EntityMention(name.entityId(), name.kind(), before.surface(), before.start(),
                            before.end(), MatchKind.ROLE, 0.9));
                }
                continue;
            }
            for (int len = Math.min(4, first); len >= 1; len--) {
                boolean free = true;
                for (int t = first - len; t < first; t++) {
                    free &= !covered[t] && Character.isLetter(tokens.get(t).text().codePointAt(0));
                }
                if (!free || !Character.isUpperCase(tokens.get(first - len).text().codePointAt(0))) {
                    continue;
                }
                List<RoleBinding> bindings = roles.get(key(tokens, first - len, first));
                if (bindings != null && bindings.stream().anyMatch(b -> b.entityId().equals(name.entityId()))) {
                    found.add(k, mention(name.entityId(), name.kind(), tokens, first - len, first - 1, MatchKind.ROLE, 0.9));
                    mark(covered, first - len, first - 1);
                    k++;
                    break;
                }
            }
        }
    }

    /** Whether the role phrase {@code role} may refer to {@code entityId} on {@code ref}. */
    private boolean roleCanName(EntityMention role, List<Token> tokens, String entityId, LocalDate ref) {
        int from = tokenAt(tokens, role.start());
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= role.end()) {
            to++;
        }
        if (from < 0) {
            return false;
        }
        if (from < to - 1 && DETERMINERS.contains(tokens.get(from).norm())) {
            from++;
        }
        List<RoleBinding> bindings = roles.get(key(tokens, from, to));
        // the name decides: a title that ever named this person is theirs here, whatever the date says
        return bindings != null && bindings.stream().anyMatch(b -> b.entityId().equals(entityId));
    }

    /** Only spaces or a comma between the offset {@code end} and token {@code next}. */
    private static boolean adjacent(List<Token> tokens, int end, int next) {
        int gapTokens = 0;
        for (int t = next - 1; t >= 0 && tokens.get(t).start() >= end; t--) {
            if (!tokens.get(t).text().equals(",")) {
                return false;
            }
            gapTokens++;
        }
        return gapTokens <= 1;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).start() == offset) {
                return t;
            }
        }
        return -1;
    }

    /**
     * Korean glues particles to names ("김정은과", "트럼프는") and Japanese and Chinese write no spaces at all
     * ("...訪問中の岸田文雄内閣総理大臣..."): a name in those scripts is looked for inside the tokens no whole-token
     * match covered, longest first at each position.
     */
    private void namesInsideCjkTokens(List<Token> tokens, boolean[] covered, List<EntityMention> found) {
        if (cjkNames.isEmpty()) {
            return;
        }
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            String text = token.text();
            if (covered[t] || text.charAt(0) < 0x3040 || !hasCjk(text)) {
                continue;
            }
            boolean hangul = Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HANGUL;
            int i = 0;
            while (i < text.length()) {
                NameTarget hit = null;
                int hitLen = 0;
                for (int len = Math.min(maxCjkChars, text.length() - i); len >= 2 && hit == null; len--) {
                    hit = cjkNames.get(text.substring(i, i + len));
                    hitLen = len;
                }
                if (hit == null) {
                    if (hangul) {
                        break; // a Korean name opens its word; what follows a non-name is not looked into
                    }
                    i++;
                    continue;
                }
                Entity e = hit.entity();
                found.add(new EntityMention(e.id(), e.kind(), text.substring(i, i + hitLen), token.start() + i,
                        token.start() + i + hitLen, hit.canonical() ? MatchKind.EXACT : MatchKind.ALIAS, 0.95));
                i += hitLen;
            }
        }
    }

    static boolean hasCjk(String text) {
        return dev.parallax.core.segment.Scripts.hasCjk(text);
    }

    /** Case endings a Ukrainian or Russian name takes ("Байдена", "Зеленського", "Путіним"), longest first. */
    private static final String[] CYRILLIC_ENDINGS = {"ого", "ому", "ими", "ами", "ями", "ого", "ему", "ою", "ею", "ей",
            "ий", "ій", "ой", "ый", "им", "ім", "ом", "ем", "ам", "ям", "ах", "ях", "ів", "ої", "ую", "ая", "а", "у", "ю",
            "е", "і", "и", "ы", "я", "ь", "й", "о"};

    /**
     * The form a token is matched by: its norm, and for a Cyrillic word its stem without a case ending, so that
     * "Байдена" finds "Байден" and "Зеленського" finds "Зеленський". Names in the gazetteer are keyed the same way.
     */
    static String linkNorm(Token token) {
        String norm = token.norm();
        if (norm.isEmpty() || norm.charAt(0) < 0x0400 || norm.charAt(0) > 0x04FF) {
            return norm; // not Cyrillic
        }
        for (String ending : CYRILLIC_ENDINGS) {
            if (norm.length() - ending.length() >= 3 && norm.endsWith(ending)) {
                return norm.substring(0, norm.length() - ending.length());
            }
        }
        return norm;
    }
}
