package dev.parallax.comparator;

import static dev.parallax.comparator.Accounts.account;
import static dev.parallax.comparator.Accounts.compare;
import static dev.parallax.comparator.Accounts.discrepancies;
import static dev.parallax.comparator.Accounts.evidenceText;
import static dev.parallax.comparator.Accounts.onlyEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each discrepancy type on a small visit told by a few outlets, in the shapes real accounts differ. */
class DiscrepancyDetectorsTest {
    private static final String ARRIVAL = "Russian President Vladimir Putin arrived in Minsk on 23 May for two days of talks with Alexander Lukashenko.";

    @Test
    void fusedWeaponSystemsAreOneEntityFindingWithBothWordings() {
        ComparisonReport r = compare(
                account("TASS", "2024-05-23", ARRIVAL + " Lukashenko said Belarus had received the S-400 and Iskander systems from Russia."),
                account("Daily Courier", "2024-05-23", ARRIVAL + " Lukashenko said Belarus had received S-400 Iskander missiles from Russia."));
        List<Discrepancy> found = discrepancies(r, DiscrepancyType.ENTITY);
        assertEquals(1, found.size(), found.toString());
        assertEquals("TASS: 'S-400 and Iskander systems'; Daily Courier: 'S-400 Iskander missiles'", found.get(0).summary());
        assertEquals(Severity.HIGH, found.get(0).severity());
    }

    @Test
    void palaceNamedTwoWaysIsAPlaceFinding() {
        ComparisonReport r = compare(
                account("BelTA", "2024-05-23", ARRIVAL + " The leaders met at the Palace of Independence on Thursday morning."),
                account("Wire", "2024-05-23", ARRIVAL + " The leaders met at the Palace of Freedom on Thursday morning."));
        List<Discrepancy> found = discrepancies(r, DiscrepancyType.PLACE);
        assertEquals(1, found.size());
        assertTrue(evidenceText(found.get(0)).contains("Palace of Independence"), evidenceText(found.get(0)));
        assertTrue(evidenceText(found.get(0)).contains("Palace of Freedom"));
        assertTrue(discrepancies(r, DiscrepancyType.ENTITY).isEmpty());
    }

    @Test
    void translationsOfOneQuoteAreOneQuoteWordingFindingListingEveryRendering() {
        ComparisonReport r = compare(
                account("A", "2024-05-23", ARRIVAL + " “We are not going to absorb anyone,” Putin told reporters after the talks."),
                account("B", "2024-05-23", ARRIVAL + " “We have no intention of swallowing anyone,” Putin told reporters after the talks."),
                account("C", "2024-05-23", ARRIVAL + " “We are not going to take anyone over,” Putin told reporters after the talks."));
        List<Discrepancy> found = discrepancies(r, DiscrepancyType.QUOTE_WORDING);
        assertEquals(1, found.size(), found.toString());
        String ev = evidenceText(found.get(0));
        assertTrue(ev.contains("absorb") && ev.contains("swallowing") && ev.contains("take anyone over"), ev);
    }

    @Test
    void aLostNegationMakesQuoteWordingHigh() {
        ComparisonReport r = compare(
                account("A", "2024-05-23", ARRIVAL + " “Sanctions hurt every sector, especially the non-economic ones,” Lukashenko said at the talks."),
                account("B", "2024-05-23", ARRIVAL + " “Sanctions hurt every sector, especially the economic ones,” Lukashenko said at the talks."));
        List<Discrepancy> found = discrepancies(r, DiscrepancyType.QUOTE_WORDING);
        assertEquals(1, found.size());
        assertEquals(Severity.HIGH, found.get(0).severity());
    }

    @Test
    void differentPercentagesConflictButSixMonthsAndHalfAYearDoNot() {
        ComparisonReport r = compare(
                account("A", "2024-05-23", ARRIVAL + " Trade between the two countries grew by 14% this spring. The plant opened six months ago near the border."),
                account("B", "2024-05-23", ARRIVAL + " Trade between the two countries grew by 30% this spring. The plant opened half a year ago near the border."));
        List<Discrepancy> found = discrepancies(r, DiscrepancyType.NUMBER);
        assertEquals(1, found.size(), found.toString());
        assertEquals("A: '14%'; B: '30%'", found.get(0).summary());
    }

    @Test
    void approximateDistancesThatOverlapAreNotAConflict() {
        ComparisonReport r = compare(
                account("A", "2024-05-23", ARRIVAL + " The new base lies about 40 km from the Polish border, officials said."),
                account("B", "2024-05-23", ARRIVAL + " The new base lies some 45 km from the Polish border, officials said."));
        assertTrue(discrepancies(r, DiscrepancyType.NUMBER).isEmpty());
    }

    @Test
    void pressConferenceDatedTwoWaysIsADateFinding() {
        ComparisonReport r = compare(
                account("A", "2024-12-20", "Putin and Lukashenko met in Minsk. The two leaders held a joint press conference on 19 December in Minsk."),
                account("B", "2024-12-20", "Putin and Lukashenko met in Minsk. The two leaders held a joint press conference on 20 December in Minsk."));
        List<Discrepancy> found = discrepancies(r, DiscrepancyType.DATE);
        assertEquals(1, found.size(), r.toString());
        assertTrue(evidenceText(found.get(0)).contains("19 December") && evidenceText(found.get(0)).contains("20 December"));
        assertTrue(discrepancies(r, DiscrepancyType.NUMBER).isEmpty());
    }

    @Test
    void sameWordsGivenToAnotherSpeakerIsAttribution() {
        ComparisonReport r = compare(
                account("A", "2024-05-23", ARRIVAL + " “Our union has never been stronger than it is today,” Putin said at the ceremony."),
                account("B", "2024-05-23", ARRIVAL + " “Our union has never been stronger than it is today,” Lukashenko said at the ceremony."));
        List<Discrepancy> found = discrepancies(r, DiscrepancyType.ATTRIBUTION);
        assertEquals(1, found.size());
        assertTrue(found.get(0).summary().contains("Putin") && found.get(0).summary().contains("Lukashenko"), found.get(0).summary());
        assertTrue(discrepancies(r, DiscrepancyType.QUOTE_WORDING).isEmpty());
    }

    @Test
    void wordsGivenToTwoLeadersTogetherAreNotMisattributedWhenAnotherAccountNamesOne() {
        // core gives such words to the first one named, its speaker words naming both
        var joint = account("A", "2024-05-23", ARRIVAL + " Putin and Lukashenko: “The river bridge opens to lorries in the spring.”");
        var claims = joint.claims().stream().map(c -> c.quote() == null ? c : new dev.parallax.core.model.Claim(c.id(),
                c.sentenceIndex(), c.start(), c.end(), c.text(), "person:putin", c.sourcing(), c.entities(), c.times(),
                c.quantities(), new dev.parallax.core.model.Quote(c.quote().start(), c.quote().end(), c.quote().text(),
                        c.quote().kind(), "person:putin", "Putin and Lukashenko", -1, -1, null),
                c.modality(), c.checkWorthiness())).toList();
        joint = new dev.parallax.core.model.AnalyzedArticle(joint.id(), joint.meta(), joint.text(), joint.dateline(),
                joint.removed(), joint.sentences(), joint.mentions(), joint.times(), joint.quantities(), joint.quotes(),
                claims, joint.language(), joint.meaning(), joint.warnings());
        ComparisonReport r = compare(joint,
                account("B", "2024-05-23", ARRIVAL + " “The river bridge opens to lorries in the spring,” Lukashenko said."));
        assertTrue(discrepancies(r, DiscrepancyType.ATTRIBUTION).isEmpty(),
                discrepancies(r, DiscrepancyType.ATTRIBUTION).toString());
    }

    @Test
    void assertedAgainstExpectedIsAHedge() {
        ComparisonReport r = compare(
                account("A", "2024-05-23", ARRIVAL + " Russia announced it will open a second nuclear power unit in Belarus next year."),
                account("B", "2024-05-23", ARRIVAL + " Russia is expected to open a second nuclear power unit in Belarus next year."));
        List<Discrepancy> found = discrepancies(r, DiscrepancyType.HEDGE);
        assertEquals(1, found.size());
        assertTrue(found.get(0).summary().contains("(expected)"));
    }

    @Test
    void transliterationsOfOneNameAreOneSpellingFindingRankedLast() {
        ComparisonReport r = compare(
                account("A", "2024-05-23", ARRIVAL + " Trade grew by 14% this spring."),
                account("B", "2024-05-23", "Russian President Vladimir Putin arrived in Minsk on 23 May for two days of talks with Aleksandr Lukashenko. Trade grew by 30% this spring."),
                account("C", "2024-05-23", "Russian President Vladimir Putin arrived in Minsk on 23 May for two days of talks with Alyaksandr Lukashenko. Trade grew by 14% this spring."));
        List<Discrepancy> spelling = discrepancies(r, DiscrepancyType.SPELLING);
        assertEquals(1, spelling.size(), spelling.toString());
        assertTrue(spelling.get(0).summary().contains("Alexander (A) / Aleksandr (B) / Alyaksandr (C)"), spelling.get(0).summary());
        List<Discrepancy> ranked = onlyEvent(r).discrepancies();
        assertEquals(DiscrepancyType.SPELLING, ranked.get(ranked.size() - 1).type());
        assertEquals(DiscrepancyType.NUMBER, ranked.get(0).type());
    }

    @Test
    void wireCopiesCountOnceWhenJudgingOmissions() {
        String wire = ARRIVAL + " The talks in the Palace of Independence were followed by a working dinner. Belarus will receive 12 new fighter jets by the end of the year, Lukashenko said.";
        String other = ARRIVAL + " The talks in the Palace of Independence were followed by a working dinner.";
        ComparisonReport r = compare(
                account("Agency", "2024-05-23", wire),
                account("Copy 1", "2024-05-23", wire.replace("working dinner", "working supper")),
                account("Copy 2", "2024-05-23", wire.replace("Russian President", "President")),
                account("Copy 3", "2024-05-23", wire.replace("Belarus will", "Minsk will")),
                account("Independent", "2024-05-23", "Putin came to Minsk on 23 May for talks with Lukashenko. Belarus will receive 12 new fighter jets by the end of the year, Lukashenko said on Thursday."),
                account("Local 1", "2024-05-23", other.replace("were followed by", "ended with")),
                account("Local 2", "2024-05-23", "Putin came to Minsk on 23 May for talks with Lukashenko, which ended with a working dinner in the Palace of Independence."));
        Event e = onlyEvent(r);
        // jets: carried by the agency (one source, four copies) and one independent outlet: 2 of 4 sources, no majority
        assertTrue(discrepancies(r, DiscrepancyType.OMISSION).stream().noneMatch(d -> d.summary().contains("jets")),
                discrepancies(r, DiscrepancyType.OMISSION).toString());
        assertTrue(e.claimGroups().stream().anyMatch(g -> g.copies().stream().anyMatch(c -> c.size() == 4)), e.claimGroups().toString());
    }

    @Test
    void aClaimMostSourcesCarryAndOneDropsIsAnOmission() {
        String base = ARRIVAL + " The leaders signed an agreement on joint air defence.";
        ComparisonReport r = compare(
                account("A", "2024-05-23", base + " Putin promised to deliver 40% more gas to Belarus next winter."),
                account("B", "2024-05-23", "Putin came to Minsk on 23 May to meet Lukashenko. They signed an agreement on joint air defence. Putin promised to deliver 40% more gas to Belarus next winter."),
                account("C", "2024-05-23", "Vladimir Putin flew to Minsk on 23 May for talks with Lukashenko. Putin promised Belarus 40% more gas next winter, and an agreement on joint air defence was signed."),
                account("D", "2024-05-23", "Putin landed in Minsk on 23 May for a visit to Lukashenko. The two leaders signed an agreement on joint air defence."));
        List<Discrepancy> found = discrepancies(r, DiscrepancyType.OMISSION);
        assertTrue(found.stream().anyMatch(d -> d.summary().startsWith("missing from D") && d.summary().contains("gas")), found.toString());
    }
}
