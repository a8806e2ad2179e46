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
    void aTitleBeforeTheNameIsNotASecondMention() {
        List<EntityMention> m = link("Russian President Vladimir Putin arrived.", DEC_2024);
        assertEquals(1, m.size(), m.toString());
        assertEquals(MatchKind.EXACT, m.get(0).match());
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
