package dev.parallax.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Modality;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();
    private static final ModalityClassifier MODALITY = new ModalityClassifier();

    static List<Claim> claims(String text) {
        AnalyzedArticle a = ANALYZER.analyze(new RawArticle("Wire", null, null,
                OffsetDateTime.parse("2024-12-19T10:00:00Z"), null, "en", text, SourceFormat.TEXT, "test"));
        return a.claims();
    }

    @Test
    void modalities() {
        assertEquals(Modality.ASSERTED, MODALITY.classify("Russia deployed the S-400 systems in Belarus."));
        assertEquals(Modality.HEDGED, MODALITY.classify("Russia reportedly deployed the systems."));
        assertEquals(Modality.HEDGED, MODALITY.classify("The missiles are said to be ready."));
        assertEquals(Modality.EXPECTED, MODALITY.classify("The leaders are expected to sign a treaty."));
        assertEquals(Modality.EXPECTED, MODALITY.classify("Minsk plans to host the council in June."));
        assertEquals(Modality.DENIED, MODALITY.classify("The Kremlin denied the report."));
        assertEquals(Modality.CONDITIONAL, MODALITY.classify("Russia will defend Belarus if it is attacked."));
    }

    @Test
    void reportedSpeechTakesTheModalityOfWhatIsReported() {
        assertEquals(Modality.HEDGED, MODALITY.classify("Lukashenko said that Minsk may consider a joint air patrol."));
        assertEquals(Modality.HEDGED, MODALITY.classify(
                "Lukashenko, who did not attend the forum, said that Minsk may consider a joint air patrol."));
        assertEquals(Modality.EXPECTED, MODALITY.classify("The ministry expects to finish the exercise by Friday."));
        assertEquals(Modality.EXPECTED, MODALITY.classify("Putin told reporters in the capital that the drills will continue."));
        assertEquals(Modality.EXPECTED, MODALITY.classify("Lukashenko expects that the council meets again soon."));
        assertEquals(Modality.EXPECTED, MODALITY.classify("“The drills will continue,” Putin said at the end of the summit."));
        assertEquals(Modality.DENIED, MODALITY.classify("Peskov denied that the troops will stay in Belarus."));
        assertEquals(Modality.DENIED, MODALITY.classify("The ministry did not confirm that the missiles will arrive."));
        assertEquals(Modality.DENIED, MODALITY.classify("The minister said the convoy did not cross the border."));
        assertEquals(Modality.HEDGED, MODALITY.classify("Putin reportedly said that the talks had ended."));
        assertEquals(Modality.ASSERTED, MODALITY.classify(
                "Lukashenko, who will travel to Moscow next week, said that the talks had ended."));
    }

    /**
     * "Peskov dismissed claims that Y" reports Peskov's denial of Y just as "Peskov denied that Y" does: both
     * are DENIED, so two accounts worded either way agree and the comparator finds no hedge between them.
     */
    @Test
    void dismissingWhatOthersClaimIsTheSpeakersDenial() {
        for (String s : List.of("Peskov denied that the convoy crossed into Belarus.",
                "Peskov dismissed claims that the convoy crossed into Belarus.",
                "Peskov dismissed as baseless reports that the convoy crossed into Belarus.",
                "Peskov rejected allegations that the convoy crossed into Belarus.",
                "Peskov brushed aside reports that the convoy crossed into Belarus.",
                "Peskov rebuffed suggestions that the convoy had crossed into Belarus.",
                "Peskov dismissed claims of a convoy crossing into Belarus.",
                "Peskov dismissed the reports.")) {
            assertEquals(Modality.DENIED, MODALITY.classify(s), s);
        }
        assertEquals(Modality.ASSERTED, MODALITY.classify("Crowds waved flags as the convoy crossed into Belarus."));
        assertEquals(Modality.ASSERTED, MODALITY.classify("Peskov brushed past the reporters waiting at the gate."));
    }

    @Test
    void aPredictionInsideARelativeClauseLeavesTheStatementAsserted() {
        assertEquals(Modality.ASSERTED, MODALITY.classify("The ministers met in Brest on Monday, where the defence "
                + "chief plans to open a depot on Friday, a site the two armies share."));
        assertEquals(Modality.ASSERTED, MODALITY.classify("Lavrov said the grain convoy reached Gomel, which is "
                + "expected to host the next fair."));
        assertEquals(Modality.EXPECTED, MODALITY.classify("The ministers will meet in Brest, where the depot stands."),
                "a prediction in the main clause still counts");
        assertEquals(Modality.EXPECTED, MODALITY.classify("The convoy, which left on Monday, is expected to arrive today."));
    }

    @Test
    void aNegationOnlyInALeadingConcessionOrAnAsideIsNotADenial() {
        assertEquals(Modality.ASSERTED, MODALITY.classify("While Minsk has not sent any troops, it has opened its "
                + "rail depots to the convoys."));
        assertEquals(Modality.ASSERTED, MODALITY.classify("The ferry, which did not sail on Sunday, crossed the bay on Monday."));
        assertEquals(Modality.DENIED, MODALITY.classify("Although the port reopened, the ferry did not sail."),
                "a negation in the main clause still counts");
    }

    @Test
    void theMonthMayAndTheNounWillAreNotModal() {
        assertEquals(Modality.ASSERTED, MODALITY.classify("The council met on 5 May in Minsk."));
        assertEquals(Modality.ASSERTED, MODALITY.classify("The treaty was signed in May 2023."));
        assertEquals(Modality.ASSERTED, MODALITY.classify("The vote showed the will of the people."));
        assertEquals(Modality.ASSERTED, MODALITY.classify("The posting underscores Minsk's willingness to cooperate."));
        assertEquals(Modality.HEDGED, MODALITY.classify("The ministers may meet in June."));
    }

    @Test
    void claimsCarryQuotesEntitiesNumbersAndTimesInTextOrder() {
        List<Claim> claims = claims("Putin and Lukashenko meet in Minsk\n\n"
                + "Putin arrived in Minsk on Thursday for a two-day visit.\n\n"
                + "“Trade grew by 12% this year,” Lukashenko said.\n\n"
                + "Is this the end?\n\nBy Anna Petrova\n\nPhoto: Leaders at the palace in Minsk");
        assertEquals(List.of("c0", "c1", "c2"), claims.stream().map(Claim::id).toList());
        assertTrue(claims.get(0).text().startsWith("Putin and Lukashenko meet"), "headlines may be claims");
        Claim arrival = claims.get(1);
        assertEquals(1, arrival.times().stream().filter(t -> t.surface().equals("on Thursday")).count());
        Claim quoted = claims.get(2);
        assertNotNull(quoted.quote());
        assertEquals("person:lukashenko", quoted.speakerId());
        assertEquals(12.0, quoted.quantities().get(0).value());
        assertTrue(quoted.checkWorthiness() > arrival.checkWorthiness() - 0.2);
        assertTrue(claims.stream().allMatch(c -> c.checkWorthiness() >= 0 && c.checkWorthiness() <= 1));
    }

    @Test
    void navigationBylinesCaptionsAndQuestionsAreNotClaims() {
        assertEquals(List.of(), claims("Share on Facebook\n\nBy Anna Petrova\n\nFile - Putin and Lukashenko in Minsk\n\n"
                + "Will Putin visit Minsk again next year?\n\nRead more: Lukashenko meets Putin in Sochi"));
    }

    @Test
    void aFragmentStaysASentenceButIsNotAClaim() {
        String text = "Grain trains reach Brest\n\n"
                + "Lukashenko told the council in Minsk that grain trains from Russia reached Brest on Monday. This.\n\n"
                + "Customs officers in Brest counted 40 wagons.";
        AnalyzedArticle a = ANALYZER.analyze(new RawArticle("Wire", null, null,
                OffsetDateTime.parse("2024-12-19T10:00:00Z"), null, "en", text, SourceFormat.TEXT, "test"));
        assertTrue(a.sentences().stream().anyMatch(s -> s.text().equals("This.")), "kept for offsets");
        assertTrue(a.claims().stream().noneMatch(c -> c.text().contains("This.")));
        assertTrue(a.claims().stream().anyMatch(c -> c.text().startsWith("Lukashenko told the council")));
    }

    @Test
    void titleCaseSubheadsAreNotClaimsButTheHeadlineMayBe() {
        String text = "Putin And Lukashenko Open Grain Corridor Talks\n\n"
                + "Putin met Lukashenko in Minsk on Monday to discuss grain shipments through Belarus.\n\n"
                + "Talks On Air Defence Continue In Minsk\n\n"
                + "The defence ministers of Russia and Belarus met separately in Minsk.\n\n"
                + "Border queues grow at Brest as grain trains from Russia wait\n\n"
                + "Importance of Rail Links Amid the Sanctions";
        AnalyzedArticle a = ANALYZER.analyze(new RawArticle("Wire", null, null,
                OffsetDateTime.parse("2024-12-19T10:00:00Z"), null, "en", text, SourceFormat.TEXT, "test"));
        List<String> claimed = a.claims().stream().map(Claim::text).toList();
        assertEquals(List.of("Putin And Lukashenko Open Grain Corridor Talks",
                "Putin met Lukashenko in Minsk on Monday to discuss grain shipments through Belarus.",
                "The defence ministers of Russia and Belarus met separately in Minsk.",
                "Border queues grow at Brest as grain trains from Russia wait"), claimed, "a sentence case line reads as a statement; Title Case ones are subheads");
        assertTrue(a.sentences().stream().anyMatch(s -> s.text().equals("Talks On Air Defence Continue In Minsk")),
                "the subhead stays in the text");
    }

    @Test
    void timeAgoCountsOnceThoughItIsAlsoADuration() {
        dev.parallax.core.ArticleAnalyzer analyzer = dev.parallax.core.ArticleAnalyzer.withDefaults();
        java.util.function.Function<String, Double> score = text -> analyzer.analyze(new dev.parallax.core.model.RawArticle(
                "Test", null, null, java.time.OffsetDateTime.parse("2024-12-19T10:00:00Z"), null, "en", text,
                dev.parallax.core.model.SourceFormat.TEXT, "test")).claims().get(0).checkWorthiness();
        assertEquals(score.apply("The council of Russia and Belarus last met two months ago in Minsk."),
                score.apply("The council of Russia and Belarus last met in October in Minsk."));
    }
}
