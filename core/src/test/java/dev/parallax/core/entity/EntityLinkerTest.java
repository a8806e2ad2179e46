package dev.parallax.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.segment.SentenceSegmenter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    private static final EntityLinker LINKER = new EntityLinker(Gazetteer.defaults());
    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();
    private static final LocalDate DEC_2024 = LocalDate.of(2024, 12, 19);

    static List<EntityMention> link(String text, LocalDate reference) {
        return LINKER.link(SEGMENTER.segment(text).sentences(), reference);
    }

    /** Asserts that {@code text} names {@code entityId} with the words {@code surface}, linked as {@code kind}. */
    static void assertLinks(String text, String surface, String entityId, MatchKind kind) {
        List<EntityMention> mentions = link(text, DEC_2024);
        for (EntityMention m : mentions) {
            if (m.surface().equals(surface)) {
                assertEquals(entityId, m.entityId(), "entity of '" + surface + "' in: " + text);
                assertEquals(kind, m.match(), "match kind of '" + surface + "' in: " + text);
                assertEquals(surface, text.substring(m.start(), m.end()));
                return;
            }
        }
        fail("no mention '" + surface + "' in " + mentions);
    }

    @Test
    void exactAndAliasNames() {
        assertLinks("The talks were held in Minsk on Friday.", "Minsk", "place:minsk", MatchKind.EXACT);
        assertLinks("Aides said Vladimir Putin arrived late.", "Vladimir Putin", "person:putin", MatchKind.EXACT);
        assertLinks("Aides said Lukashenka arrived late.", "Lukashenka", "person:lukashenko", MatchKind.ALIAS);
        assertLinks("Shelling near Kiev continued.", "Kiev", "place:kyiv", MatchKind.ALIAS);
    }

    @Test
    void meetingPlacesAsRussianAndGermanReportsWriteThem() {
        // where Putin and Lukashenko meet, in the cases a Russian report puts them in ("в Сочи", "на Валааме", "в Петербурге")
        assertLinks("Переговоры прошли в Сочи.", "Сочи", "place:sochi", MatchKind.ALIAS);
        assertLinks("Лидеры встретились на Валааме.", "Валааме", "place:valaam", MatchKind.FUZZY);
        assertLinks("Встреча состоялась в Петербурге.", "Петербурге", "place:st-petersburg", MatchKind.ALIAS);
        assertLinks("Die Gespräche fanden in Sotschi statt.", "Sotschi", "place:sochi", MatchKind.ALIAS);
    }

    @Test
    void longestMatchWins() {
        assertLinks("A session of the Supreme State Council of the Union State opened.",
                "Supreme State Council of the Union State", "org:supreme-state-council", MatchKind.ALIAS);
        assertLinks("They toured the Palace of Independence together.", "Palace of Independence",
                "place:palace-of-independence", MatchKind.EXACT);
    }

    @Test
    void matchesRespectTokenBoundaries() {
        List<EntityMention> m = link("The Minskers and Russianness were discussed.", DEC_2024);
        assertTrue(m.stream().noneMatch(x -> x.entityId().equals("place:minsk") || x.entityId().equals("place:russia")), m.toString());
    }

    @Test
    void fusedWeaponNamesGiveTwoAdjacentMentions() {
        List<EntityMention> m = link("Minsk will receive S-400 Iskander missiles next year.", DEC_2024);
        List<String> ids = m.stream().map(EntityMention::entityId).toList();
        int s400 = ids.indexOf("weapon:s-400");
        assertEquals("weapon:iskander", ids.get(s400 + 1));
        assertEquals(m.get(s400).end() + 1, m.get(s400 + 1).start());
    }

    @Test
    void transliterationVariantsAreLinkedFuzzily() {
        assertLinks("Talks with Alyaksandr Lukashenka ended.", "Alyaksandr Lukashenka", "person:lukashenko", MatchKind.ALIAS);
        assertLinks("Talks with Aleksander Lukashenko ended.", "Aleksander Lukashenko", "person:lukashenko", MatchKind.FUZZY);
        assertLinks("Talks with Lukashneko ended.", "Lukashneko", "person:lukashenko", MatchKind.FUZZY);
        assertLinks("A statement from Dmitriy Peskov followed.", "Dmitriy Peskov", "person:peskov", MatchKind.FUZZY);
        assertLinks("Deliveries of the Iskandar system began.", "Iskandar", "weapon:iskander", MatchKind.ALIAS);
        assertLinks("Deliveries of the Iskendar system began.", "Iskendar", "weapon:iskander", MatchKind.FUZZY);
        assertLinks("They met at the Konstantinovskiy Palace.", "Konstantinovskiy Palace", "place:konstantinovsky-palace",
                MatchKind.ALIAS);
        assertLinks("They met at the Constantinovsky Palace.", "Constantinovsky Palace", "place:konstantinovsky-palace",
                MatchKind.FUZZY);
    }

    @Test
    void gluedWordsFromScrapingStillNameTheEntity() {
        assertLinks("He announced the sending of Iskanderdelivered missiles.", "Iskander", "weapon:iskander", MatchKind.FUZZY);
    }

    @Test
    void rolePhrasesResolveToWhoeverHeldTheRoleOnTheReferenceDate() {
        assertLinks("Talks with the Belarusian leader Alyaksandr Lukashenka ended.", "Alyaksandr Lukashenka",
                "person:lukashenko", MatchKind.ALIAS);
        assertLinks("It was a warm welcome, the Belarusian leader said.", "the Belarusian leader", "person:lukashenko",
                MatchKind.ROLE);
        assertLinks("The decision was taken by the head of the Kremlin.", "the head of the Kremlin", "person:putin",
                MatchKind.ROLE);
        assertLinks("Putin thanked his Belarusian counterpart.", "his Belarusian counterpart", "person:lukashenko",
                MatchKind.ROLE);
        assertLinks("The news was welcomed by Vladimir Vladimirovich.", "Vladimir Vladimirovich", "person:putin",
                MatchKind.ALIAS);
        List<EntityMention> in2010 = link("The Russian president arrived.", LocalDate.of(2010, 3, 1));
        assertEquals("person:medvedev", in2010.get(0).entityId());
        List<EntityMention> in2020 = link("The Russian defence minister arrived.", LocalDate.of(2020, 3, 1));
        assertEquals("person:shoigu", in2020.get(0).entityId());
        List<EntityMention> in2024 = link("The Russian defence minister arrived.", LocalDate.of(2024, 12, 1));
        assertEquals("person:belousov", in2024.get(0).entityId());
    }

    @Test
    void genericRolesFollowTheArticlesMainPerson() {
        List<EntityMention> m = link("Lukashenko held talks in Moscow. Putin welcomed him. Lukashenko praised the hosts."
                + " The head of state also spoke of trade.", DEC_2024);
        EntityMention last = m.get(m.size() - 1);
        assertEquals("The head of state", last.surface());
        assertEquals("person:lukashenko", last.entityId());
    }

    @Test
    void aTitleBeforeTheNameStaysVisibleAsARoleMentionOfThatPerson() {
        List<EntityMention> m = link("Russian President Vladimir Putin arrived.", DEC_2024);
        assertEquals(2, m.size(), m.toString());
        assertEquals(MatchKind.ROLE, m.get(0).match());
        assertEquals("Russian President", m.get(0).surface());
        assertEquals("person:putin", m.get(0).entityId());
        assertEquals(MatchKind.EXACT, m.get(1).match());
    }

    @Test
    void aTitleRefersToTheNameItStandsBefore() {
        // another prime minister named first must not take the title in front of Kishida's name
        List<EntityMention> m = link("Rishi Sunak spoke first. Then Prime Minister Kishida thanked President Biden.",
                LocalDate.of(2023, 6, 1));
        assertTrue(m.stream().anyMatch(x -> x.surface().equals("Prime Minister") && x.entityId().equals("person:kishida")
                && x.match() == MatchKind.ROLE), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.surface().equals("President") && x.entityId().equals("person:biden")
                && x.match() == MatchKind.ROLE), m.toString());
    }

    @Test
    void aOneWordTitleOnlyBeforeANameItFits() {
        List<EntityMention> m = link("Chancellor Biden is not a thing; President Biden is.", LocalDate.of(2023, 6, 1));
        assertTrue(m.stream().noneMatch(x -> x.surface().equals("Chancellor")), m.toString());
    }

    @Test
    void namesInOtherScripts() {
        assertTrue(link("Президент Байден зустрівся з Володимиром Зеленським у Вашингтоні.", DEC_2024).stream()
                .map(EntityMention::entityId).toList().containsAll(List.of("person:biden", "person:zelensky",
                        "place:washington")));
        // Korean particles glued to names, a name glued to the next word
        List<String> ko = link("바이든 대통령과 김정은위원장은 판문점에서 만났다.", DEC_2024).stream().map(EntityMention::entityId).toList();
        assertTrue(ko.containsAll(List.of("person:biden", "person:kim-jong-un", "place:panmunjom")), ko.toString());
        // Japanese writes no spaces
        List<EntityMention> ja = link("首相は岸田文雄内閣の閣僚とワシントンを訪れた。", DEC_2024);
        assertTrue(ja.stream().anyMatch(x -> x.entityId().equals("person:kishida") && x.surface().equals("岸田文雄")), ja.toString());
        assertTrue(ja.stream().anyMatch(x -> x.entityId().equals("place:washington")), ja.toString());
    }

    @Test
    void fatherAndSonAreTwoPeople() {
        assertEquals("person:kim-jong-il", link("김정일 위원장", DEC_2024).get(0).entityId());
        assertEquals("person:kim-jong-un", link("김정은 위원장", DEC_2024).get(0).entityId());
        assertEquals("person:kim-jong-un", link("He met Kim Jong-un and later Kim Jong Un again.", DEC_2024).get(0).entityId());
    }

    @Test
    void hyphenatedNamesOfCountriesAreTheirMentions() {
        List<EntityMention> m = link("Officials praised Japan-Korea ties and the Ukraine-Poland border talks.", DEC_2024);
        assertTrue(m.stream().noneMatch(x -> x.match() == MatchKind.UNKNOWN), m.toString());
        assertTrue(m.stream().map(EntityMention::entityId).toList().containsAll(List.of("place:japan", "place:south-korea",
                "place:ukraine", "place:poland")), m.toString());
    }

    @Test
    void aPartOfAFullNameNamedInTheArticleIsThatPerson() {
        List<EntityMention> m = link("Kim Yo Jong spoke at noon. Later Kim repeated the warning, and Yo Jong left.",
                DEC_2024);
        EntityMention kim = m.stream().filter(x -> x.surface().equals("Kim")).findFirst().orElseThrow();
        assertEquals("person:kim-yo-jong", kim.entityId());
        assertEquals(MatchKind.ALIAS, kim.match());
    }

    @Test
    void nameOrderAndFormVariants() {
        for (String name : List.of("KISHIDA Fumio", "Fumio Kishida", "Kishida Fumio")) {
            assertEquals("person:kishida", link("It was " + name + " who spoke.", DEC_2024).get(0).entityId(), name);
        }
        List<EntityMention> m = link("The envoy thanked the Honorable Joseph R. Biden, Jr., for the welcome.",
                LocalDate.of(2023, 1, 13));
        assertEquals("person:biden", m.get(0).entityId(), m.toString());
        assertEquals("Joseph R. Biden, Jr.", m.get(0).surface());
    }

    @Test
    void unknownNamesAreFoundAndGroupedBySimilarity() {
        List<EntityMention> m = link("The talks were attended by Igor Sergeenko. Later Sergeenko and Igor Sergeyenko left.",
                DEC_2024);
        List<EntityMention> unknown = m.stream().filter(x -> x.match() == MatchKind.UNKNOWN).toList();
        assertEquals(3, unknown.size(), m.toString());
        assertEquals(1, unknown.stream().map(EntityMention::entityId).distinct().count(), unknown.toString());
        assertTrue(unknown.get(0).entityId().startsWith("unknown:"));
    }

    @Test
    void sentenceOpenersAndLowerCaseWordsAreNotNames() {
        List<EntityMention> m = link("However, the union state of affairs is calm. Meanwhile nothing happened.", DEC_2024);
        assertTrue(m.isEmpty(), m.toString());
    }

    @Test
    void capitalizedCommonWordsAloneAreNotUnknownNames() {
        String text = "Minsk wants trade with the West to resume. Lukashenko praised the sending of Missiles to the "
                + "border, and Reporters asked Anna Petrova about the West Bank.";
        List<String> unknown = link(text, DEC_2024).stream().filter(x -> x.match() == MatchKind.UNKNOWN)
                .map(EntityMention::surface).toList();
        assertFalse(unknown.contains("West"), unknown.toString());
        assertFalse(unknown.contains("Missiles"), unknown.toString());
        assertTrue(unknown.contains("Anna Petrova"), unknown.toString());
        assertTrue(unknown.contains("West Bank") || link(text, DEC_2024).stream().anyMatch(m -> m.surface().equals("West Bank")),
                "a common word inside a longer name stays part of it: " + unknown);
    }

    @Test
    void titleCaseSubheadsAreNotMinedForUnknownNames() {
        String text = "Putin met Lukashenko in Minsk on Thursday.\n\nTalks On Security Cooperation\n\n"
                + "The talks lasted two days.\n\nFailed Offensive and Situation with Hired Fighters\n\n"
                + "Quiet Borders Amid the Drills\n\nPutin and Lukashenko Hold Talks\n\n"
                + "Reporters asked Anna Petrova about the drills.";
        List<EntityMention> m = link(text, DEC_2024);
        List<String> unknown = m.stream().filter(x -> x.match() == MatchKind.UNKNOWN).map(EntityMention::surface).toList();
        assertEquals(List.of("Anna Petrova"), unknown, m.toString());
        assertEquals(2, m.stream().filter(x -> x.entityId().equals("person:putin")).count(), "known names in subheads still count");
    }

    @Test
    void differentUnknownNamesGetDifferentIds() {
        List<EntityMention> m = link("Reporters asked Anna Petrova and Boris Kuznetsov.", DEC_2024);
        assertEquals(2, m.size(), m.toString());
        assertNotEquals(m.get(0).entityId(), m.get(1).entityId());
    }

    @Test
    void shortUpperCaseAliasesMatchOnlyInUpperCase() {
        assertFalse(link("Let us go.", DEC_2024).stream().anyMatch(x -> x.entityId().equals("place:united-states")));
        assertLinks("The US imposed sanctions.", "US", "place:united-states", MatchKind.ALIAS);
    }
}
