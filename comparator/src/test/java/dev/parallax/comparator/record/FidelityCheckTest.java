package dev.parallax.comparator.record;

import static dev.parallax.comparator.record.Records.account;
import static dev.parallax.comparator.record.Records.against;
import static dev.parallax.comparator.record.Records.article;
import static dev.parallax.comparator.record.Records.hasVerdictOn;
import static dev.parallax.comparator.record.Records.record;
import static dev.parallax.comparator.record.Records.verdictOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.Comparison;
import dev.parallax.comparator.render.ReportJsonRenderer;
import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Event;
import dev.parallax.comparator.report.Fidelity;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.core.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule of the check against the record, each on accounts written to show it. */
class FidelityCheckTest {
    /** Remarks at the start of talks, as the host's office publishes them: two speakers, their turns labelled. */
    static final AnalyzedArticle TRANSCRIPT = record("Office of the President", """
            Beginning of the talks

            President of Russia Vladimir Putin: Dear friend, welcome to the Volga.

            We met six months ago in Minsk, and since then trade between our countries has grown by 12 percent. We are not going to raise gas prices for our partners next year.

            The new bridge over the river could open in the spring.

            President of Belarus Alexander Lukashenko: Thank you for the invitation.

            Our engineers will finish the railway line by the end of the summer. We agreed to consult each other before any new tariffs are set.
            """);

    @Test
    void theRecordsOwnWordsAreVerbatimWhateverTheCaseAndPunctuation() {
        AnalyzedArticle wire = account("Northwire", "Vladimir Putin hosted Alexander Lukashenko on the Volga on Tuesday. "
                + "\"We met six months ago in Minsk,\" Putin said at the start of the talks.");
        Event e = against(TRANSCRIPT, wire);
        Fidelity f = verdictOn(e, wire, "We met six months ago in Minsk");
        assertEquals(FidelityVerdict.VERBATIM, f.verdict(), f.toString());
        assertTrue(f.record().text().contains("We met six months ago in Minsk"), f.toString());
        assertEquals(1.0, f.similarity());
        assertNull(f.discrepancy());
    }

    @Test
    void aNameWrittenWithoutItsHyphenOrDotsIsStillTheSameWords() {
        AnalyzedArticle statement = record("Joint Office", "Chair Okafor: The G-7 will keep its word to the U.S. farmers of the valley. "
                + "A commission will meet every month.");
        AnalyzedArticle wire = account("Northwire", "Chair Okafor said: \"The G7 will keep its word to the US farmers of the valley.\"");
        Fidelity f = verdictOn(against(statement, wire), wire, "keep its word");
        assertEquals(FidelityVerdict.VERBATIM, f.verdict(), f.toString());
    }

    @Test
    void aTranslationVariantWithTheSameFiguresIsFaithful() {
        AnalyzedArticle agency = account("Rio Agency", "Vladimir Putin received Alexander Lukashenko on the Volga on Tuesday. "
                + "\"We met half a year ago in Minsk,\" Putin said.");
        Event e = against(TRANSCRIPT, agency);
        Fidelity f = verdictOn(e, agency, "half a year ago");
        assertEquals(FidelityVerdict.FAITHFUL, f.verdict(), f.toString());
        assertNotNull(f.record());
    }

    @Test
    void aChangedFigureIsAlteredAndANumberDiscrepancyWithTheRecordAsEvidenceRankedFirst() {
        AnalyzedArticle digest = account("Quick Digest", "Vladimir Putin hosted Alexander Lukashenko on the Volga on Tuesday. "
                + "\"Since then trade between our countries has grown by 21 percent,\" Putin said.");
        Event e = against(TRANSCRIPT, digest);
        Fidelity f = verdictOn(e, digest, "21 percent");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertTrue(f.reasons().stream().anyMatch(r -> r.contains("21 percent") && r.contains("12 percent")), f.reasons().toString());
        Discrepancy d = discrepancy(e, f.discrepancy());
        assertEquals(DiscrepancyType.NUMBER, d.type());
        assertTrue(d.evidence().stream().anyMatch(s -> s.article().equals(TRANSCRIPT.id()) && s.text().contains("12 percent")), d.toString());
        assertTrue(d.evidence().stream().anyMatch(s -> s.article().equals(digest.id()) && s.text().contains("21 percent")), d.toString());
        assertEquals(d.id(), e.discrepancies().get(0).id(), "what an account changed against the record comes first");
    }

    @Test
    void aBareNumberPutForAnotherWhereTheWordsAroundItLineUpIsAChangedFigure() {
        AnalyzedArticle record = record("Office of the President", "President of Russia Vladimir Putin: Our teams have finished "
                + "15 of the tasks we set for the year.\n\nPresident of Belarus Alexander Lukashenko: Thank you.");
        AnalyzedArticle digest = account("Quick Digest", "Vladimir Putin hosted Alexander Lukashenko on the Volga on Tuesday. "
                + "\"Our teams have finished 51 of the tasks we set for the year,\" Putin said.");
        Fidelity f = verdictOn(against(record, digest), digest, "51 of the tasks");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
    }

    @Test
    void aLostNegationIsAlteredAndHigh() {
        AnalyzedArticle gazette = account("River Gazette", "Vladimir Putin hosted Alexander Lukashenko on the Volga on Tuesday. "
                + "\"We are going to raise gas prices for our partners next year,\" Putin warned.");
        Event e = against(TRANSCRIPT, gazette);
        Fidelity f = verdictOn(e, gazette, "raise gas prices");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertTrue(f.reasons().stream().anyMatch(r -> r.contains("negation")), f.reasons().toString());
        Discrepancy d = discrepancy(e, f.discrepancy());
        assertEquals(DiscrepancyType.QUOTE_WORDING, d.type());
        assertEquals(dev.parallax.comparator.report.Severity.HIGH, d.severity());
    }

    @Test
    void aHedgeMadeCertainIsAltered() {
        AnalyzedArticle herald = account("Lakeside Herald", "Vladimir Putin hosted Alexander Lukashenko on the Volga on Tuesday. "
                + "\"The new bridge over the river will open in the spring,\" Putin said.");
        Event e = against(TRANSCRIPT, herald);
        Fidelity f = verdictOn(e, herald, "bridge over the river");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertTrue(f.reasons().stream().anyMatch(r -> r.contains("modality") && r.contains("will") && r.contains("could")),
                f.reasons().toString());
    }

    @Test
    void aDutyToConsultMadeADutyToDefendChangesTheScope() {
        AnalyzedArticle post = account("Evening Post", "Alexander Lukashenko met Vladimir Putin on the Volga on Tuesday. "
                + "\"We agreed to defend each other before any new tariffs are set,\" Lukashenko said.");
        Event e = against(TRANSCRIPT, post);
        Fidelity f = verdictOn(e, post, "defend each other");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertTrue(f.reasons().stream().anyMatch(r -> r.contains("scope")), f.reasons().toString());
    }

    @Test
    void aPlacePutForAnotherIsAChangedName() {
        AnalyzedArticle statement = record("Joint Office", "The two governments committed to the complete demilitarization of the "
                + "Northern Archipelago within five years. A commission will meet every month.");
        AnalyzedArticle wire = account("Northwire", "The governments committed \"to the complete demilitarization of the Southern Coast\" "
                + "in a statement on Tuesday.");
        Fidelity f = verdictOn(against(statement, wire), wire, "Southern Coast");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertTrue(f.reasons().toString().contains("a name"), f.reasons().toString());
    }

    @Test
    void aWordPutForItsOppositeReversesWhatWasSaid() {
        AnalyzedArticle statement = record("Joint Office", "Our purpose is to uphold the free and open order based on the rule of law "
                + "in every sea of the region. A commission will meet every month.");
        AnalyzedArticle wire = account("Northwire", "The statement said their purpose was \"to overturn the free and open order based on the "
                + "rule of law in every sea of the region\".");
        Fidelity f = verdictOn(against(statement, wire), wire, "overturn");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertTrue(f.reasons().toString().contains("scope: 'overturn'"), f.reasons().toString());
    }

    @Test
    void aNumberPutForAWordOfQuantityNarrowsWhatWasSaid() {
        AnalyzedArticle statement = record("Joint Office", "The charter will admit any state that wishes "
                + "to fund the rebuilding of the port. A commission will meet every month.");
        AnalyzedArticle wire = account("Northwire", "The leaders said \"the charter will admit seven states that wish "
                + "to fund the rebuilding of the port\".");
        Fidelity f = verdictOn(against(statement, wire), wire, "seven states");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
    }

    @Test
    void aShortQuotationThatDiffersInANameAndElsewhereIsAnotherSentenceNotThisOneAltered() {
        // the wire quotes the treaty's own phrase; the record is a minister's remarks on a like subject in other words
        AnalyzedArticle remarks = record("Foreign Ministry", "Minister Arden: The three partners remain committed to the full, "
                + "lasting and monitored demilitarization of the Northern Archipelago. A commission will meet every month.");
        AnalyzedArticle wire = account("Northwire", "The two governments agreed on Tuesday \"to full demilitarization of the "
                + "Southern Coast\", the treaty says.");
        Fidelity f = verdictOn(against(remarks, wire), wire, "Southern Coast");
        assertEquals(FidelityVerdict.NOT_IN_RECORD, f.verdict(), f.toString());
        assertTrue(f.reasons().get(0).contains("nearest passage holds"), f.reasons().toString());
        assertNull(f.discrepancy());
    }

    @Test
    void aHopeReportedAsAnExpectationIsFirmerThanWhatWasSaid() {
        AnalyzedArticle statement = record("Joint Office", "Chair Okafor: The charter will be open to any city that shares our aims. "
                + "I hope many cities will decide to sign it this year. A commission will meet every month.");
        AnalyzedArticle wire = account("Northwire", "Chair Okafor said the charter was open to any city that shares its aims and she "
                + "expects many cities will decide to sign it this year.");
        Fidelity f = verdictOn(against(statement, wire), wire, "expects");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertTrue(f.reasons().toString().contains("scope: 'expects'"), f.reasons().toString());
    }

    @Test
    void anAlternativeTheRecordNamesAndTheQuotationLeavesOutNarrowsIt() {
        AnalyzedArticle statement = record("Joint Office", "The ministers agreed that any attempt to move the border by force or by "
                + "pressure is unacceptable in every part of the region. A commission will meet every month.");
        AnalyzedArticle wire = account("Northwire", "The ministers agreed that \"any attempt to move the border by force is "
                + "unacceptable in every part of the region\", the statement said.");
        Fidelity f = verdictOn(against(statement, wire), wire, "by force");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertTrue(f.reasons().toString().contains("alternative 'or by"), f.reasons().toString());
    }

    @Test
    void anAlternativeLeftOutIsReadWhereverTheQuotationPutsTheOneItKeeps() {
        AnalyzedArticle statement = record("Joint Office", "Chair Okafor: The ministers agreed that any attempt to move the border by "
                + "force or by pressure is unacceptable in every part of the region. A commission will meet every month.");
        // reported speech that puts "by force" last and drops "or by pressure"
        AnalyzedArticle wire = account("Northwire", "Chair Okafor said the ministers agreed that any attempt to move the border in "
                + "every part of the region is unacceptable by force.");
        Fidelity f = verdictOn(against(statement, wire), wire, "move the border");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertTrue(f.reasons().toString().contains("alternative 'or by pressure'"), f.reasons().toString());
    }

    @Test
    void aQuotationThatStopsBeforeTheAlternativeIsNotNarrowed() {
        AnalyzedArticle statement = record("Joint Office", "Chair Okafor: The ministers agreed that any attempt to move the border by "
                + "force or by pressure is unacceptable in every part of the region. A commission will meet every month.");
        AnalyzedArticle wire = account("Northwire", "The ministers agreed that \"any attempt to move the border by force\", the chair said.");
        Fidelity f = verdictOn(against(statement, wire), wire, "move the border");
        assertTrue(f.verdict() == FidelityVerdict.VERBATIM || f.verdict() == FidelityVerdict.FAITHFUL, f.toString());
    }

    @Test
    void anAccountIsReadAgainstTheRecordInItsOwnLanguageWhenTheEventHoldsRecordsInTwo() {
        AnalyzedArticle english = record("Office of the President", "President Moreau: We agreed to build a new port in Saint-Rivage "
                + "within four years. A commission will meet every month.");
        AnalyzedArticle french = article("Ambassade", "Déclaration", "Président Moreau : Nous sommes convenus de construire un "
                + "nouveau port à Saint-Rivage dans un délai de quatre ans.", "fr");
        AnalyzedArticle wire = account("Northwire", "Moreau said: \"We agreed to build a new port in Saint-Rivage within four years.\"");
        List<AnalyzedArticle> all = List.of(wire, french, english);
        for (List<AnalyzedArticle> order : List.of(all, List.of(english, french, wire))) {
            ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(order, Set.of(english.id(), french.id()));
            Fidelity f = verdictOn(r.events().get(0), wire, "new port");
            assertEquals(FidelityVerdict.VERBATIM, f.verdict(), f.toString());
        }
    }

    @Test
    void wordsTheRecordGivesToAnotherSpeakerAreAlteredAndAnAttribution() {
        AnalyzedArticle tribune = account("Capital Tribune", "Vladimir Putin hosted Alexander Lukashenko on the Volga on Tuesday. "
                + "\"Our engineers will finish the railway line by the end of the summer,\" Putin said.");
        Event e = against(TRANSCRIPT, tribune);
        Fidelity f = verdictOn(e, tribune, "railway line");
        assertEquals(FidelityVerdict.ALTERED, f.verdict(), f.toString());
        assertEquals("person:lukashenko", f.recordSpeaker());
        assertEquals("person:putin", f.speaker());
        Discrepancy d = discrepancy(e, f.discrepancy());
        assertEquals(DiscrepancyType.ATTRIBUTION, d.type());
        assertTrue(d.evidence().stream().anyMatch(s -> s.article().equals(tribune.id()) && s.text().contains("Putin said")),
                "the account's evidence names who it gives the words to: " + d);
    }

    @Test
    void aSpeakerReadOnlyFromAPronounIsNoGroundForAnAttribution() {
        AnalyzedArticle courier = account("Hill Courier", "Vladimir Putin spoke first at the talks on the Volga on Tuesday. "
                + "He said: \"Our engineers will finish the railway line by the end of the summer.\" Alexander Lukashenko was his guest.");
        Event e = against(TRANSCRIPT, courier);
        Fidelity f = verdictOn(e, courier, "railway line");
        assertEquals("person:putin", f.speaker(), "core reads 'He' as the person named before: " + f);
        assertEquals(FidelityVerdict.VERBATIM, f.verdict(), f.toString());
        assertTrue(String.join(" ", f.reasons()).contains("too little to call them misattributed"), f.reasons().toString());
    }

    @Test
    void wordsNoPassageRendersAreNotInTheRecordWithHowCloseTheNearestWas() {
        AnalyzedArticle wire = account("Northwire", "Alexander Lukashenko met Vladimir Putin on the Volga on Tuesday. "
                + "After the talks Lukashenko told reporters: \"Sanctions will never break the spirit of our farmers.\"");
        Event e = against(TRANSCRIPT, wire);
        Fidelity f = verdictOn(e, wire, "Sanctions will never break");
        assertEquals(FidelityVerdict.NOT_IN_RECORD, f.verdict(), f.toString());
        assertNull(f.record());
        assertTrue(f.similarity() < 0.5, f.toString());
        assertTrue(f.reasons().get(0).contains("nearest") || f.reasons().get(0).contains("no passage"), f.reasons().toString());
    }

    @Test
    void aQuotationOfOneOrTwoContentWordsIsPlacedOnlyWordForWord() {
        AnalyzedArticle wire = account("Northwire", "Alexander Lukashenko met Vladimir Putin on the Volga on Tuesday. "
                + "Putin said the price talks were \"about partners, not gas\", according to the Kremlin.");
        Event e = against(TRANSCRIPT, wire);
        Fidelity f = verdictOn(e, wire, "partners, not gas");
        assertEquals(FidelityVerdict.NOT_IN_RECORD, f.verdict(), "'partners' and 'gas' both stand in one passage, not as quoted: " + f);
        assertTrue(String.join(" ", f.reasons()).contains("word for word"), f.reasons().toString());
    }

    @Test
    void aPartialRecordNeverMakesTheRestOfTheRemarksAltered() {
        AnalyzedArticle cut = record("Office of the President", """
                President of Belarus Alexander Lukashenko: Thank you for the invitation.

                As for aircraft, we want to build our own small passenger planes with Russia. We have the plant and we have the eng""");
        AnalyzedArticle wire = account("Northwire", "Alexander Lukashenko met Vladimir Putin on the Volga on Tuesday. "
                + "\"We have the plant and we have the engineers, and we will build forty planes a year,\" Lukashenko said.");
        Event e = against(cut, wire);
        Fidelity f = verdictOn(e, wire, "forty planes");
        assertEquals(FidelityVerdict.NOT_IN_RECORD, f.verdict(), f.toString());
        assertTrue(String.join(" ", f.reasons()).contains("stops mid-sentence"), f.reasons().toString());
    }

    @Test
    void wordsFromLaterInACutTurnAreNotInTheRecordAndTheReasonSaysTheSpeakerWasCut() {
        AnalyzedArticle cut = record("Office of the President", """
                President of Belarus Alexander Lukashenko: Thank you for the invitation.

                As for aircraft, we want to build our own small passenger planes with Russia. We have the plant and we have the eng""");
        // the account quotes something said after the part Parallax holds, in other words than anything held
        AnalyzedArticle wire = account("Northwire", "Alexander Lukashenko met Vladimir Putin on the Volga on Tuesday. "
                + "\"Our farmers will sell more grain to the Far East next autumn,\" Lukashenko said.");
        Fidelity f = verdictOn(against(cut, wire), wire, "grain");
        assertEquals(FidelityVerdict.NOT_IN_RECORD, f.verdict(), f.toString());
        assertTrue(String.join(" ", f.reasons()).contains("nearest passage holds") || f.reasons().get(0).contains("shares a word"),
                f.reasons().toString());
        assertTrue(String.join(" ", f.reasons()).contains("stops mid-sentence in"), f.reasons().toString());
    }

    @Test
    void anAccountInAnotherLanguageIsNeverAlteredByWords() {
        // the figure differs from the record's, yet only names and figures are read across languages: it places nothing
        AnalyzedArticle russian = article("Severny Vestnik", null, "Владимир Путин принял Александра Лукашенко на Волге. "
                + "«Товарооборот вырос на 21 процент», — сказал Путин.", "ru");
        Event e = against(TRANSCRIPT, russian);
        Fidelity f = verdictOn(e, russian, "21 процент");
        assertEquals(FidelityVerdict.NOT_IN_RECORD, f.verdict(), f.toString());
        assertTrue(f.reasons().get(0).contains("written in ru"), f.reasons().toString());
    }

    @Test
    void aQuotationInTheHeadlineIsNotChecked() {
        AnalyzedArticle digest = article("Quick Digest", "Putin: \"Trade grew by 21 percent\"",
                "Vladimir Putin hosted Alexander Lukashenko on the Volga on Tuesday and spoke of trade.", "en");
        Event e = against(TRANSCRIPT, digest);
        assertFalse(hasVerdictOn(e, digest, "21 percent"), e.fidelity().toString());
    }

    @Test
    void reportedSpeechThatRendersAPassageIsCheckedAndTheAccountsOwnNarrativeIsNot() {
        AnalyzedArticle observer = account("The Observer", "Alexander Lukashenko flew to the Volga on Tuesday for his fifth meeting "
                + "with Vladimir Putin this year. Lukashenko said that his engineers would finish the railway line by the end of the summer. "
                + "The railway has been promised for a decade.");
        Event e = against(TRANSCRIPT, observer);
        Fidelity f = verdictOn(e, observer, "railway line by the end of the summer");
        assertTrue(f.verdict() == FidelityVerdict.FAITHFUL || f.verdict() == FidelityVerdict.VERBATIM, f.toString());
        assertFalse(hasVerdictOn(e, observer, "promised for a decade"), e.fidelity().toString());
    }

    @Test
    void saying_no_in_other_words_keeps_the_negation() {
        AnalyzedArticle statement = record("Joint Office", "The leaders agreed that any attempt to change borders by force is unacceptable "
                + "anywhere in the world. They will meet again in the autumn.");
        AnalyzedArticle summary = account("Summary Desk", "The leaders met on Tuesday. The statement said the leaders confirmed "
                + "they would not allow any attempt to change borders by force anywhere in the world.");
        Event e = against(statement, summary);
        for (Fidelity f : e.fidelity()) assertTrue(f.verdict() != FidelityVerdict.ALTERED, f.toString());
    }

    @Test
    void withoutARecordThereIsNoCheckAndTheReportIsAsBefore() {
        AnalyzedArticle a = account("Northwire", "Vladimir Putin hosted Alexander Lukashenko on the Volga on Tuesday. "
                + "\"Trade between our countries has grown by 21 percent,\" Putin said.");
        AnalyzedArticle b = account("Rio Agency", "Vladimir Putin received Alexander Lukashenko on the Volga on Tuesday. "
                + "\"Trade between our countries has grown by 12 percent,\" Putin said.");
        Comparison c = Comparison.withDefaults();
        ComparisonReport plain = c.compareAsOneEvent(List.of(a, b));
        ComparisonReport none = c.compareAsOneEvent(List.of(a, b), Set.of());
        assertEquals(new ReportJsonRenderer().render(plain), new ReportJsonRenderer().render(none));
        assertTrue(plain.events().get(0).reference().isEmpty());
        assertTrue(plain.events().get(0).fidelity().isEmpty());
    }

    @Test
    void theSameAccountsInAnyOrderGiveTheSameVerdicts() {
        List<AnalyzedArticle> all = new ArrayList<>(List.of(TRANSCRIPT,
                account("Quick Digest", "Vladimir Putin hosted Alexander Lukashenko on the Volga. \"Since then trade between our countries has grown by 21 percent,\" Putin said."),
                account("Northwire", "Vladimir Putin hosted Alexander Lukashenko on the Volga. \"We met six months ago in Minsk,\" Putin said."),
                account("Capital Tribune", "Vladimir Putin hosted Alexander Lukashenko on the Volga. \"Our engineers will finish the railway line by the end of the summer,\" Putin said.")));
        String first = new ReportJsonRenderer().render(Comparison.withDefaults().compare(all, Set.of(TRANSCRIPT.id())));
        Random random = new Random(7);
        for (int i = 0; i < 4; i++) {
            Collections.shuffle(all, random);
            assertEquals(first, new ReportJsonRenderer().render(Comparison.withDefaults().compare(all, Set.of(TRANSCRIPT.id()))));
        }
    }

    @Test
    void aRecordGroupingLeftAloneJoinsTheEventThatQuotesIt() {
        AnalyzedArticle statement = record("Joint Office", "We, the three governments, will hold joint naval exercises twice a year "
                + "in the northern seas. We commit to consult one another quickly in a crisis that affects our shared interests. "
                + "A hotline between our capitals will open by the end of the year.");
        AnalyzedArticle wire = account("Northwire", "The three governments pledged on Tuesday to \"hold joint naval exercises twice a year "
                + "in the northern seas\" and to \"consult one another quickly in a crisis\", their statement said.");
        AnalyzedArticle paper = account("Coast Daily", "A \"hotline between our capitals will open by the end of the year\", the three "
                + "governments said in a statement. They also said they would \"hold joint naval exercises twice a year\".");
        ComparisonReport r = Comparison.withDefaults().compare(List.of(statement, wire, paper), Set.of(statement.id()));
        assertEquals(1, r.events().size(), r.toString());
        assertEquals(Set.of(statement.id(), wire.id(), paper.id()), Set.copyOf(r.events().get(0).articles()));
        assertEquals(List.of(statement.id()), r.events().get(0).reference());
    }

    private static Discrepancy discrepancy(Event e, String id) {
        assertNotNull(id, "an altered quotation becomes a discrepancy");
        return e.discrepancies().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no discrepancy " + id + " in " + e.discrepancies()));
    }
}
