package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A subject most sources take up and some leave out: the accounts of one meeting that take up the war in
 * Ukraine, AUKUS or the attack on Israel, against an account that never does (statement-level omissions
 * are {@link OmissionDetector}'s). A subject is a thing the linker knows (a body, an alliance, an event, a
 * weapon system, a topic of talks the gazetteer lists in several languages: artificial intelligence, security
 * guarantees; a country or region only where the talks were about it: a word of war, crisis, peace or
 * support stands next to it, not where something happened) or an unknown name of two capitalized words
 * or more, named by at least two independent sources and by at least half of the sources that could be
 * judged. People are left to the statements that name them: who was mentioned is no subject. The event's own people and places are no subject (every account names them). An account is
 * judged only when it says enough (a few statements) and, for an account in another language, only for
 * subjects written the same in every script (acronyms: NATO, AUKUS, G7). A place is also carried by an account
 * that names, as a subject of talks, the region it lies in or a place within it. On a page of titled items (a
 * bulletin, a media listing) a subject named in an item on another occasion carries nothing for this meeting. The
 * evidence is each carrying source's first sentence naming the subject (or, for a place, the place around it).
 */
public final class TopicOmissionDetector implements DiscrepancyDetector {
    /** An account telling less than this many sentences is too short to judge what it leaves out. */
    static final int MIN_SENTENCES = 6;

    private final dev.parallax.core.entity.Gazetteer gazetteer;

    public TopicOmissionDetector() {
        this(dev.parallax.core.entity.Gazetteer.defaults());
    }

    /** @param gazetteer where places lie: an account naming the region a country lies in (or a country of the region) has not left it out */
    public TopicOmissionDetector(dev.parallax.core.entity.Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private record Mention(AnalyzedArticle article, int account, Sentence sentence) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        int n = ctx.accounts().size();
        if (n < 3) return List.of();
        // subject -> account -> first sentence naming it
        Map<String, Map<Integer, Mention>> subjects = new TreeMap<>();
        Map<String, Boolean> acronym = new TreeMap<>();
        // the sources that name a subject at all, in whatever context: a place named only as where something
        // happened is no subject of talks, but its outlet has not left it out either
        Map<String, Set<String>> namedBy = new TreeMap<>();
        // subjects told together: named in one sentence by some account ("Hamas' attack on Israel", "the Supreme State
        // Council of the Union State"), each mapped to the others. Sentences next to each other are not enough: a
        // dense summary lists a declaration and an alliance one sentence apart.
        Map<String, Set<String>> told = new TreeMap<>();
        Set<String> actors = openingNames(ctx, EntityKind.PERSON);
        for (int i = 0; i < n; i++) {
            AnalyzedArticle a = ctx.accounts().get(i);
            Map<Integer, Set<String>> bySentence = new TreeMap<>(); // sentence start -> subjects named in it
            List<Integer> items = items(a.text());
            for (EntityMention m : a.mentions()) {
                String id = subject(m);
                if (id == null || m.kind() == EntityKind.PERSON) continue;
                namedBy.computeIfAbsent(id, k -> new HashSet<>()).add(ctx.source(i));
                Sentence s = sentenceAt(a, m.start());
                if (s == null) continue;
                bySentence.computeIfAbsent(s.start(), k -> new TreeSet<>()).add(id);
                // a place is a subject when the talks were about it ("the Ukraine crisis", "the attack on
                // Israel"), not when it is where something happened ("in Washington", "the Oval Office")
                if (m.kind() == EntityKind.PLACE && !subjectOfTalks(a.text(), m.start(), m.end())) continue;
                // a page's item on another occasion (a minister at the UN, in a bulletin that also covers the visit)
                // does not take the subject up for this meeting, though its outlet has not left it out either
                if (anotherOccasion(a, items, actors, m.start())) continue;
                subjects.computeIfAbsent(id, k -> new TreeMap<>()).putIfAbsent(i, new Mention(a, i, s));
                acronym.merge(id, m.surface().strip().matches("\\p{Lu}[\\p{Lu}\\d-]{1,7}"), Boolean::logicalOr);
            }
            for (Set<String> together : bySentence.values()) {
                for (String p : together) for (String q : together) if (!p.equals(q)) told.computeIfAbsent(p, z -> new TreeSet<>()).add(q);
            }
        }
        Set<String> everywhere = eventsOwn(ctx, subjects);
        // what a headline names is what the event is (the G7 summit, the Supreme State Council), not one of its subjects
        for (AnalyzedArticle a : ctx.accounts()) {
            String title = a.meta() == null ? null : a.meta().title();
            if (title == null) continue;
            for (EntityMention m : a.mentions()) {
                String id = subject(m);
                if (id != null && m.start() < a.text().length() && a.text().startsWith(title.strip(), 0) && m.end() <= title.strip().length()) everywhere.add(id);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Mention>> e : subjects.entrySet()) {
            if (everywhere.contains(e.getKey())) continue;
            Map<Integer, Mention> carriers = withAround(e.getKey(), subjects);
            int carrying = ctx.independent(carriers.keySet());
            if (carrying < 2) continue;
            Set<String> carrierSources = new HashSet<>();
            Set<String> carrierLanguages = new HashSet<>();
            for (int c : carriers.keySet()) {
                carrierSources.add(ctx.source(c));
                carrierLanguages.add(ctx.accounts().get(c).language());
            }
            Set<String> judged = new TreeSet<>(carrierSources);
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String source = ctx.source(i);
                if (carrierSources.contains(source)) continue;
                AnalyzedArticle a = ctx.accounts().get(i);
                if (a.sentences().size() < MIN_SENTENCES) continue;
                if (!carrierLanguages.contains(a.language()) && !acronym.getOrDefault(e.getKey(), false)) continue;
                judged.add(source);
                if (namesOrAround(e.getKey(), namedBy.keySet(), id -> namedBy.getOrDefault(id, Set.of()).contains(source))) continue;
                // an account that names what the subject is told with (Israel for "Hamas' attack on Israel") has
                // taken the matter up in its own words
                final int account = i;
                if (told.getOrDefault(e.getKey(), Set.of()).stream()
                        .anyMatch(o -> namesOrAround(o, subjects.keySet(), id -> subjects.getOrDefault(id, Map.of()).containsKey(account)))) continue;
                String outlet = new Evidence(a, 0, 0).outlet();
                if (!missing.contains(outlet)) missing.add(outlet);
            }
            if (missing.isEmpty() || carrying * 2 < judged.size()) continue;
            List<Evidence> ev = new ArrayList<>();
            Set<String> seenSources = new HashSet<>();
            for (Mention m : carriers.values()) {
                if (!seenSources.add(ctx.source(m.account()))) continue;
                ev.add(new Evidence(m.article(), m.sentence().start(), m.sentence().end()));
            }
            // the gazetteer's name for what it knows ("Ukraine", not "the Ukraine" of "the Ukraine crisis"; "artificial
            // intelligence" whether written "AI" or in Korean), else the words of the first account naming it itself
            String name = gazetteer.entity(e.getKey()).map(dev.parallax.core.model.Entity::name).orElseGet(() -> e.getValue().values()
                    .iterator().next().article().mentions().stream().filter(x -> e.getKey().equals(subject(x)))
                    .map(x -> x.surface().strip()).findFirst().orElse(e.getKey()));
            String summary = "'" + name + "' left out by " + String.join(", ", missing) + " — named by " + carrying + " of "
                    + judged.size() + " sources";
            out.add(new Finding(DiscrepancyType.OMISSION, Severity.LOW, summary, null, ev));
        }
        return out;
    }

    /**
     * The accounts that take a subject up: those naming it, and for a place, those naming as a subject of talks a
     * place it lies in or that lies in it ("the situation in the Middle East" where others write of "Hamas' attack on
     * Israel"), with the sentence that does. Only direct mentions count in turn, so a matter does not spread from a
     * country to its region and on to the region's other countries.
     */
    private Map<Integer, Mention> withAround(String subject, Map<String, Map<Integer, Mention>> subjects) {
        Map<Integer, Mention> out = new TreeMap<>(subjects.get(subject));
        if (!subject.startsWith("place:")) return out;
        subjects.forEach((other, carriers) -> {
            if (other.equals(subject) || !other.startsWith("place:")) return;
            if (!gazetteer.within(other, subject) && !gazetteer.within(subject, other)) return;
            carriers.forEach(out::putIfAbsent);
        });
        return out;
    }

    /**
     * Whether {@code names} holds for the subject, or for a place among {@code ids} that the subject lies in or that
     * lies in it (the Middle East for Israel, Israel for the Middle East): the matter is taken up in other words.
     */
    private boolean namesOrAround(String subject, Set<String> ids, java.util.function.Predicate<String> names) {
        if (names.test(subject)) return true;
        if (!subject.startsWith("place:")) return false;
        for (String other : ids) {
            if (other.startsWith("place:") && names.test(other) && (gazetteer.within(other, subject) || gazetteer.within(subject, other))) return true;
        }
        return false;
    }

    /** Last words of the name of a body or an alliance. */
    static final Set<String> BODIES = Set.of("union", "alliance", "organization", "organisation", "council", "committee",
            "commission", "bank", "fund", "group", "initiative", "mechanism", "corridor", "programme", "program");

    private static final java.util.regex.Pattern TOPIC = java.util.regex.Pattern.compile("(?i)\\b(war|crisis|conflict|situation|"
            + "peace|attacks?|invasion|invaded|invade|aggression|fighting|security|support|aid|sanctions?|settlement|ceasefire|"
            + "occupation|offensive|terror\\w*|hostages?)\\b");

    /** Whether a word of war, crisis, peace, attack or support stands within a few words of the place's name. */
    static boolean subjectOfTalks(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 20));
        return TOPIC.matcher(around).find();
    }

    /** The subject a mention names, or null for what is no subject (a role phrase, an unknown single word, a date). */
    static String subject(EntityMention m) {
        if (m.entityId() == null || m.match() == MatchKind.ROLE) return null;
        if (m.entityId().startsWith("unknown:")) {
            // an unknown name is a subject when it names a document or a body ("Atlantic Declaration"), not a
            // lawn, a lake or a person the linker does not know
            String[] words = m.surface().strip().split("\\s+");
            int capitalized = 0;
            for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) capitalized++;
            String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
            boolean document = NamedThingDetector.HEADS.contains(last) || BODIES.contains(last);
            return words.length >= 2 && words.length <= 6 && capitalized >= 2 && document ? m.entityId() : null;
        }
        return m.kind() == EntityKind.OTHER && m.entityId().startsWith("date:") ? null : m.entityId();
    }

    /**
     * The event's own people and places: named by every source that can be judged, or the people who act
     * and the places it happened (named in the opening of at least half the accounts).
     */
    private static Set<String> eventsOwn(EventContext ctx, Map<String, Map<Integer, Mention>> subjects) {
        Set<String> own = new HashSet<>(openingNames(ctx, EntityKind.PERSON, EntityKind.PLACE));
        subjects.forEach((id, carriers) -> {
            if (ctx.independent(carriers.keySet()) >= ctx.independentAccounts()) own.add(id);
        });
        return own;
    }

    /** The names of the given kinds in the opening (three sentences) of at least half the accounts: who acts, where. */
    private static Set<String> openingNames(EventContext ctx, EntityKind... kinds) {
        Set<EntityKind> wanted = Set.of(kinds);
        int n = ctx.accounts().size();
        Map<String, Integer> opening = new TreeMap<>();
        for (AnalyzedArticle a : ctx.accounts()) {
            int end = a.sentences().size() > 2 ? a.sentences().get(2).end() : a.text().length();
            Set<String> seen = new HashSet<>();
            for (EntityMention m : a.mentions()) {
                String id = subject(m);
                if (id != null && m.start() < end && wanted.contains(m.kind()) && seen.add(id)) opening.merge(id, 1, Integer::sum);
            }
        }
        Set<String> out = new TreeSet<>();
        opening.forEach((id, count) -> {
            if (count * 2 >= n) out.add(id);
        });
        return out;
    }

    /** A title line of a page's item: a few words, no final punctuation ("Secretary Addresses the Council"). */
    static final int MAX_TITLE_WORDS = 12;
    /** The paragraph under an item's title: a sentence's worth of words, not another title or a caption. */
    static final int MIN_ITEM_WORDS = 15;
    /** Titled items that make a page of several: one subhead makes no listing. */
    static final int MIN_ITEMS = 3;

    /**
     * Whether the mention at {@code offset} of a page that glues several items together (a bulletin, a media listing:
     * at least {@link #MIN_ITEMS} title lines, each followed by a paragraph) is told of another occasion: the person
     * named last before it in its item is none of the event's {@code actors} (a minister at the UN, in a bulletin that
     * also covers the visit, or in the sentence of its summary that lists the minister's item), or, with no one named
     * before it there, its item names someone and none of the actors. An article without titled items has no other
     * occasion.
     */
    static boolean anotherOccasion(AnalyzedArticle a, List<Integer> items, Set<String> actors, int offset) {
        int start = -1, end = a.text().length();
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k) <= offset) {
                start = items.get(k);
                end = k + 1 < items.size() ? items.get(k + 1) : a.text().length();
            }
        }
        if (start < 0) return false;
        String last = null;
        boolean someone = false, actor = false;
        for (EntityMention m : a.mentions()) {
            if (m.kind() != EntityKind.PERSON || m.entityId() == null || m.start() < start || m.start() >= end) continue;
            if (m.start() < offset) last = m.entityId();
            someone = true;
            actor |= actors.contains(m.entityId());
        }
        return last != null ? !actors.contains(last) : someone && !actor;
    }

    /** Where the titled items of a page of several begin ({@link #anotherOccasion}); empty for an article without them. */
    static List<Integer> items(String text) {
        List<Integer> titles = new ArrayList<>();
        int lineStart = 0, previousStart = -1, previousEnd = -1;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.chars().anyMatch(Character::isLetter)) {
                if (previousStart >= 0 && isTitle(text.substring(previousStart, previousEnd).strip()) && words(line) >= MIN_ITEM_WORDS) {
                    titles.add(previousStart);
                }
                previousStart = lineStart;
                previousEnd = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        return titles.size() < MIN_ITEMS ? List.of() : titles;
    }

    private static boolean isTitle(String line) {
        int w = words(line);
        return w >= 2 && w <= MAX_TITLE_WORDS && ".!?…:;,\"”’»".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static int words(String line) {
        return line.isEmpty() ? 0 : line.split("\\s+").length;
    }


    /** The sentence of the article that holds the offset, or null. */
    static Sentence sentenceAt(AnalyzedArticle a, int offset) {
        for (Sentence s : a.sentences()) if (s.start() <= offset && offset < s.end()) return s;
        return null;
    }
}
