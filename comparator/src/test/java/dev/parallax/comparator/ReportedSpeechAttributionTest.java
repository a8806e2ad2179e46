package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report paraphrasing one leader against the transcript of the meeting, where the other leader says it: the
 * two sentences share too few words to meet in one claim group, so the report's reported speech is read against
 * the transcript's speaker turns. Every account here is written for this test.
 */
class ReportedSpeechAttributionTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String published, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse(published + "T12:00:00Z"),
                null, null, text, SourceFormat.TEXT, outlet));
    }

    private static List<Discrepancy> attribution(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.ATTRIBUTION);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String PUTIN_TURN = "President of Russia Vladimir Putin: Mr Chairman, friends,\n\n"
            + "Thank you for the warm welcome in Beijing. Our delegations have a long agenda today.\n\n"
            + "Russian grain and fertiliser sales to China doubled last year, and we intend to open two more border crossings for lorries.\n\n";

    private static final String XI_TURN = "President of China Xi Jinping (via interpreter): Mr President, dear friend,\n\n"
            + "I am glad to receive you again in Beijing.\n\n"
            + "Our joint work on oil, gas and the northern sea route has become a pillar of energy security for the entire Eurasian continent.\n\n"
            + "We will also expand exchanges between our universities.\n";

    private static AnalyzedArticle transcript(String putinTurn) {
        return account("Presidential Record Office", "2031-05-16", "Russian-Chinese talks in an expanded format\n\n"
                + "May 16, 2031, Beijing\n\n" + putinTurn + XI_TURN);
    }

    private static AnalyzedArticle wire(String credited) {
        return account("Harbour Wire", "2031-05-16", "Chinese President Xi Jinping hosted Russian President Vladimir Putin for talks in Beijing on Thursday, May 16, 2031.\n\n"
                + credited + "\n\n"
                + "The two delegations also discussed student exchanges and new border crossings for trucks.");
    }

    private static AnalyzedArticle desk() {
        return account("Lantern Desk", "2031-05-16", "Vladimir Putin met Xi Jinping in Beijing on Thursday, May 16, 2031, at the start of a two-day state visit.\n\n"
                + "Putin said grain and fertiliser sales to China had doubled, and Xi said exchanges between universities would grow.");
    }

    @Test
    void aLeaderCreditedWithWhatTheTranscriptHasTheOtherLeaderSayIsReported() {
        List<Discrepancy> found = attribution(transcript(PUTIN_TURN),
                wire("Putin, who arrived on Wednesday evening, described their energy work as a pillar of security for the entire continent, according to a state news agency."),
                desk());
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertTrue(ev.contains("described their energy work as a pillar of security") && ev.contains("a pillar of energy security for the entire Eurasian continent"), ev);
    }

    @Test
    void staysSilentWhenTheCreditedLeaderAlsoSaysItInTheTranscript() {
        String putinSaysItToo = PUTIN_TURN + "Our energy work is a pillar of security for the entire continent, and it is aimed at no one.\n\n";
        List<Discrepancy> found = attribution(transcript(putinSaysItToo),
                wire("Putin, who arrived on Wednesday evening, described their energy work as a pillar of security for the entire continent, according to a state news agency."),
                desk());
        assertEquals(List.of(), found, evidence(found));
    }

    @Test
    void staysSilentWhenTheReportGivesTheWordsToBothLeaders() {
        List<Discrepancy> found = attribution(transcript(PUTIN_TURN),
                wire("Xi and Putin described their energy work as a pillar of security for the entire continent, according to a state news agency."),
                desk());
        assertEquals(List.of(), found, evidence(found));
    }

    @Test
    void staysSilentAgainstAReadoutWithoutSpeakerTurns() {
        AnalyzedArticle readout = account("Presidential Record Office", "2031-05-16", "Russian-Chinese talks in an expanded format\n\n"
                + "Xi Jinping and Vladimir Putin held talks in Beijing on May 16, 2031.\n\n"
                + "Russian grain and fertiliser sales to China doubled last year, and two more border crossings for lorries will open.\n\n"
                + "Joint work on oil, gas and the northern sea route has become a pillar of energy security for the entire Eurasian continent.\n\n"
                + "Exchanges between universities will expand.");
        List<Discrepancy> found = attribution(readout,
                wire("Putin, who arrived on Wednesday evening, described their energy work as a pillar of security for the entire continent, according to a state news agency."),
                desk());
        assertEquals(List.of(), found, evidence(found));
    }

    @Test
    void staysSilentWhenASpokesmanIsCreditedRatherThanALeader() {
        List<Discrepancy> found = attribution(transcript(PUTIN_TURN),
                wire("Kremlin spokesman Dmitry Peskov described their energy work as a pillar of security for the entire continent."),
                account("Lantern Desk", "2031-05-16", "Vladimir Putin met Xi Jinping in Beijing on Thursday, May 16, 2031, at the start of a two-day state visit.\n\n"
                        + "Peskov said grain and fertiliser sales to China had doubled, and Xi said exchanges between universities would grow."));
        assertEquals(List.of(), found, evidence(found));
    }

    @Test
    void staysSilentForAPreviewWrittenBeforeTheMeeting() {
        AnalyzedArticle preview = account("Harbour Wire", "2031-05-14", "Russian President Vladimir Putin will travel to Beijing for talks with Chinese President Xi Jinping on Thursday, May 16, 2031.\n\n"
                + "Putin, in an interview on Tuesday, described their energy work as a pillar of security for the entire continent.\n\n"
                + "The two delegations are expected to discuss student exchanges and new border crossings for trucks.");
        List<Discrepancy> found = attribution(transcript(PUTIN_TURN), preview, desk());
        assertEquals(List.of(), found, evidence(found));
    }

    @Test
    void aNearVerbatimRenderingTheClaimGroupAlreadyReportsIsReportedOnce() {
        String line = " said their joint work on oil, gas and the northern sea route had become a pillar of energy security for the entire Eurasian continent.";
        List<Discrepancy> found = attribution(transcript(PUTIN_TURN), wire("Putin" + line),
                account("Lantern Desk", "2031-05-16", "Vladimir Putin met Xi Jinping in Beijing on Thursday, May 16, 2031, at the start of a two-day state visit.\n\n"
                        + "Xi" + line));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertTrue(ev.contains("Putin said their joint work") && ev.contains("Xi said their joint work"), ev);
    }
}
