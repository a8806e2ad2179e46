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
 * judged. People are left to the statements that name them: who was mentioned is no subject. A meeting is, though: a
 * participant's talks with someone else during the visit (the host's prime minister, a governor) are a part of it a full
 * account tells ({@link SideMeetings}); the person counts as a subject when at least two independent sources tell the
 * meeting, an outlet naming him anywhere has not left him out, and an account that appeared before the meeting's day
 * (a preview, or a report of the first day of a visit whose side meeting came on the second) is not judged. Spokesmen
 * quoted, leaders a quote talks about, aides of a delegation, news agencies cited and meetings still to come stay no
 * subject. The event's own people and places are no subject (every account names them). An account is
 * judged only when it says enough (a few statements) and, for an account in another language, only for
 * subjects written the same in every script (acronyms: NATO, AUKUS, G7). A place is also carried by an account
 * that names, as a subject of talks, the region it lies in or a place within it. On a page of titled items (a
 * bulletin, a media listing) a subject named in an item on another occasion carries nothing for this meeting. The
 * evidence is each carrying source's first sentence naming the subject (or, for a place, the place around it; for a
 * meeting, the sentence telling it).
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
        this.agencies = gazetteer.entities().stream()
                .filter(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                        .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith("news agency")))
                .map(dev.parallax.core.model.Entity::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * News agencies the gazetteer knows (a name ending in "news agency"): an account citing TASS or BelTA names
     * where its words come from, not a subject of the talks, and one citing none has left nothing out.
     */
    private final Set<String> agencies;

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
        // who takes part: a meeting of one of them with someone else is a part of the event, a subject of its own
        Set<String> participants = new TreeSet<>(actors);
        participants.addAll(ctx.participants());
        Set<String> metPeople = new TreeSet<>();
        // previews, once per account: the event's day is worked out from all of them
        java.time.LocalDate eventDay = ctx.eventDay();
        boolean[] preview = new boolean[n];
        for (int i = 0; i < n; i++) preview[i] = ctx.beforeTheEvent(i);
        for (int i = 0; i < n; i++) {
            AnalyzedArticle a = ctx.accounts().get(i);
            Map<Integer, Set<String>> bySentence = new TreeMap<>(); // sentence start -> subjects named in it
            List<Integer> items = items(a.text());
            // a preview tells no meeting of the visit: what it says of one is a plan or another occasion
            if (!preview[i]) {
                for (SideMeetings.Meeting met : SideMeetings.in(a, participants).values()) {
                    if (anotherOccasion(a, items, actors, met.sentence().start()) || before(a, met.sentence(), eventDay)) continue;
                    subjects.computeIfAbsent(met.person(), k -> new TreeMap<>()).putIfAbsent(i, new Mention(a, i, met.sentence()));
                    metPeople.add(met.person());
                }
            }
            for (EntityMention m : a.mentions()) {
                // an outlet naming a person anywhere, even by his office alone, has not left his meeting out
                if (m.kind() == EntityKind.PERSON && m.entityId() != null) namedBy.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(ctx.source(i));
                String id = subject(m);
                if (id == null || m.kind() == EntityKind.PERSON || agencies.contains(id)) continue;
                namedBy.computeIfAbsent(id, k -> new HashSet<>()).add(ctx.source(i));
                Sentence s = a.sentenceAt(m.start());
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
        Set<String> titled = new TreeSet<>();
        for (AnalyzedArticle a : ctx.accounts()) {
            String title = a.meta() == null ? null : a.meta().title();
            if (title == null) continue;
            for (EntityMention m : a.mentions()) {
                String id = subject(m);
                if (id != null && m.start() < a.text().length() && a.text().startsWith(title.strip(), 0) && m.end() <= title.strip().length()) titled.add(id);
            }
        }
        everywhere.addAll(titled);
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Mention>> e : subjects.entrySet()) {
            boolean meeting = metPeople.contains(e.getKey());
            // a side meeting is often told at the top of the accounts that tell it: whose meeting is the event itself
            // is told by the accounts that tell no meeting with him
            if (meeting ? titled.contains(e.getKey()) || eventsOwnPerson(ctx, e.getKey(), e.getValue().keySet()) : everywhere.contains(e.getKey())) continue;
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
            java.time.LocalDate meetingDay = meeting ? meetingDay(carriers.values()) : null;
            for (int i = 0; i < n; i++) {
                String source = ctx.source(i);
                if (carrierSources.contains(source)) continue;
                AnalyzedArticle a = ctx.accounts().get(i);
                if (a.sentences().size() < MIN_SENTENCES) continue;
                // an account that appeared before the meeting could not have told it
                if (meeting && (preview[i] || publishedBefore(a, meetingDay))) continue;
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
            // intelligence" whether written "AI" or in Korean), else the words of the first account naming it itself (for a
            // person the linker does not know, his name as the meeting's first account writes it)
            String name = gazetteer.entity(e.getKey()).map(dev.parallax.core.model.Entity::name).orElseGet(() -> e.getValue().values()
                    .iterator().next().article().mentions().stream().filter(x -> e.getKey().equals(meeting ? x.entityId() : subject(x)))
                    .map(x -> x.surface().strip()).findFirst().orElse(e.getKey()));
            String summary = meeting
                    ? "meeting with '" + name + "' left out by " + String.join(", ", missing) + " — told by " + carrying + " of "
                    + judged.size() + " sources"
                    : "'" + name + "' left out by " + String.join(", ", missing) + " — named by " + carrying + " of "
                    + judged.size() + " sources";
            out.add(new Finding(DiscrepancyType.OMISSION, Severity.LOW, summary, null, ev));
        }
        return out;
    }

    /**
     * The day a meeting took place, as late as its accounts allow: the latest day the sentences telling it name ("on
     * March 21", "this morning"), else the first day an account telling it appeared (it took place by then); null when
     * no account says.
     */
    private static java.time.LocalDate meetingDay(java.util.Collection<Mention> told) {
        java.time.LocalDate named = null, published = null;
        for (Mention m : told) {
            for (dev.parallax.core.model.TimeExpression t : m.article().times()) {
                if (t.granularity() != dev.parallax.core.model.Granularity.DAY || t.from() == null) continue;
                if (t.start() < m.sentence().start() || t.end() > m.sentence().end()) continue;
                java.time.LocalDate day = t.to() != null ? t.to() : t.from();
                if (named == null || day.isAfter(named)) named = day;
            }
            java.time.LocalDate p = dev.parallax.comparator.event.EventDates.published(m.article());
            if (p != null && (published == null || p.isBefore(published))) published = p;
        }
        return named != null ? named : published;
    }

    /** A meeting told with a time this many days or more before the event's day was another occasion (a visit of last year). */
    static final int EARLIER_OCCASION_DAYS = 7;

    /** Whether the sentence dates what it tells well before the event ("in 2019", "in Hiroshima in May"): another occasion. */
    private static boolean before(AnalyzedArticle a, Sentence s, java.time.LocalDate eventDay) {
        if (eventDay == null) return false;
        for (dev.parallax.core.model.TimeExpression t : a.times()) {
            if (t.start() < s.start() || t.end() > s.end() || t.to() == null) continue;
            if (t.to().isBefore(eventDay.minusDays(EARLIER_OCCASION_DAYS))) return true;
        }
        return false;
    }

    /** Whether the account appeared, by its known publication day, before the given day. */
    private static boolean publishedBefore(AnalyzedArticle a, java.time.LocalDate day) {
        java.time.LocalDate p = dev.parallax.comparator.event.EventDates.published(a);
        return day != null && p != null && p.isBefore(day);
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

    /**
     * Whether a person some accounts tell a participant met is one of the event's own people (the meeting is the event):
     * the accounts that tell no meeting with him name him all the same, in the opening of at least half of them. The
     * host's prime minister a guest also met is named at the top of the stories telling that meeting, and nowhere in those
     * that leave it out.
     */
    private static boolean eventsOwnPerson(EventContext ctx, String person, Set<Integer> telling) {
        int others = 0, opening = 0;
        for (int i = 0; i < ctx.accounts().size(); i++) {
            if (telling.contains(i)) continue;
            others++;
            AnalyzedArticle a = ctx.accounts().get(i);
            int end = a.sentences().size() > 2 ? a.sentences().get(2).end() : a.text().length();
            if (a.mentions().stream().anyMatch(m -> person.equals(m.entityId()) && m.start() < end)) opening++;
        }
        return others == 0 || opening * 2 >= others;
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


}
