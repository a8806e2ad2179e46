package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A visit's meeting with another official that one account leaves out, with the real analyzer and sentence model: a
 * two-day visit to Minsk whose second day brought the guest together with the host's prime minister. People named in
 * passing (a spokesman quoted, aides of the delegation) and meetings a preview could not yet tell stay silent. Every
 * account here is written for this test; the visit itself is invented.
 */
class SideMeetingLeftOutTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String published, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse(published + "T18:00:00Z"), null, null, text,
                SourceFormat.TEXT, outlet));
    }

    private static List<Discrepancy> omissions(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.OMISSION);
    }

    private static List<Discrepancy> about(List<Discrepancy> found, String name) {
        // the subjects' findings ("'NATO' left out by", "meeting with 'Mikhail Mishustin' left out by"), not the statements'
        return found.stream().filter(d -> d.summary().matches("(meeting with )?'[^']*" + name + "[^']*' left out by.*")).toList();
    }

    private static String shown(List<Discrepancy> found) {
        return found.stream().map(d -> d.summary() + " :: " + String.join(" | ", d.evidence().stream().map(s -> s.text()).toList())).toList().toString();
    }

    /** A paper of the host country: the prime minister named at the airport first, his talks with the guest later. */
    private static final AnalyzedArticle HERALD = account("Minsk Herald", "2023-05-12", "Vladimir Putin ended a two-day visit to "
            + "Minsk on Friday after talks with Alexander Lukashenko on gas prices and a joint budget. "
            + "Belarusian Prime Minister Roman Golovchenko was among the officials waiting on the runway when the Russian plane landed. "
            + "On Friday morning, May 12, Putin held talks with Golovchenko on fuel supplies and a loan for a new power line. "
            + "Kremlin spokesman Dmitry Peskov said the talks with Lukashenko ran well past lunch. "
            + "The two presidents then signed a plan for the union's economy until 2026. "
            + "Lukashenko thanked his guest for the loans of recent years.");
    /** A wire story: the same meeting told in a photo caption. */
    private static final AnalyzedArticle WIRE = account("Eastern Wire", "2023-05-12", "Russian President Vladimir Putin and Belarusian "
            + "President Alexander Lukashenko agreed in Minsk on a common plan for the union's economy. "
            + "Putin attends a meeting with Belarusian Prime Minister Roman Golovchenko in Minsk, Belarus, May 12, 2023. "
            + "Kremlin spokesman Dmitry Peskov said the talks with Lukashenko covered energy and defence. "
            + "The leaders spent much of the second day on the price Belarus pays for Russian gas. "
            + "No agreement on the price was announced. "
            + "Lukashenko said his country would keep buying Russian fuel.");

    /** The Russian side's statements: the talks of the two presidents, no word of the prime minister. */
    private static AnalyzedArticle statements(String published) {
        return account("Presidential Press Office", published, "Vladimir Putin and Alexander Lukashenko held talks in Minsk. "
                + "The two presidents discussed the union's economy, gas prices and the budget of the common state. "
                + "Putin said the talks in one-on-one format and with the delegations had been frank and useful. "
                + "Lukashenko said Belarus valued the loans Russia had granted. "
                + "The presidents signed a plan for the economy of the union until 2026. "
                + "They agreed to meet again in the autumn in Saint Petersburg.");
    }

    @Test
    void aSideMeetingWithTheHostsPrimeMinisterThatOneAccountLeavesOutIsAnOmissionToldByTheMeetingsSentences() {
        List<Discrepancy> found = omissions(HERALD, WIRE, statements("2023-05-12"));
        List<Discrepancy> meeting = about(found, "Golovchenko");
        assertEquals(1, meeting.size(), shown(found));
        assertTrue(meeting.get(0).summary().contains("left out by Presidential Press Office"), shown(meeting));
        // the evidence is the sentence telling the meeting, not the prime minister's first mention at the airport
        List<String> evidence = meeting.get(0).evidence().stream().map(s -> s.text()).toList();
        assertTrue(evidence.stream().anyMatch(t -> t.contains("held talks with Golovchenko")), shown(meeting));
        assertTrue(evidence.stream().anyMatch(t -> t.contains("attends a meeting with Belarusian Prime Minister")), shown(meeting));
        assertFalse(evidence.stream().anyMatch(t -> t.contains("runway")), shown(meeting));
    }

    @Test
    void aSpokesmanQuotedByTwoOutletsIsNoSubjectEvenNextToTheWordTalks() {
        // both carriers quote the Kremlin's spokesman on "the talks with Lukashenko"; the statements do not name him
        List<Discrepancy> found = omissions(HERALD, WIRE, statements("2023-05-12"));
        assertTrue(about(found, "Peskov").isEmpty(), shown(found));
        assertEquals(1, about(found, "Golovchenko").size(), shown(found));
    }

    @Test
    void anAccountThatAppearedTheDayBeforeTheSideMeetingHasNotLeftItOut() {
        // the statements of the second day leave it out
        assertEquals(1, about(omissions(HERALD, WIRE, statements("2023-05-12")), "Golovchenko").size());
        // the statements of the first day could not tell a meeting of the second
        List<Discrepancy> found = omissions(HERALD, WIRE, statements("2023-05-11"));
        assertTrue(about(found, "Golovchenko").isEmpty(), shown(found));
        // a meeting only a preview tells, still to come, is no meeting told
        AnalyzedArticle preview = account("Evening Preview", "2023-05-10", "Vladimir Putin flies to Minsk on Thursday for two days of "
                + "talks with Alexander Lukashenko on gas prices. "
                + "On Friday Putin will also meet Belarusian Prime Minister Roman Golovchenko to discuss a loan. "
                + "The two presidents are expected to sign a plan for the union's economy. "
                + "Officials in Minsk said the budget of the common state was still open. "
                + "The last visit of the Russian leader to Minsk was in the winter. "
                + "Lukashenko has asked for a lower gas price for years.");
        AnalyzedArticle secondPreview = account("Morning Preview", "2023-05-10", "Alexander Lukashenko hosts Vladimir Putin in Minsk "
                + "from Thursday. "
                + "Putin is scheduled to hold talks with Belarusian Prime Minister Roman Golovchenko on Friday. "
                + "Gas prices and the union budget top the agenda. "
                + "A plan for the economy until 2026 is ready for signing. "
                + "Belarus wants more Russian loans. "
                + "The visit is the first this year.");
        List<Discrepancy> planned = omissions(preview, secondPreview, statements("2023-05-12"));
        assertTrue(about(planned, "Golovchenko").isEmpty(), shown(planned));
    }

    @Test
    void aMeetingOfAnotherYearIsNoPartOfTheVisit() {
        // both carriers recall, as background, the host's talks with a prime minister of years ago
        String recalled = "Lukashenko held talks with Russian Prime Minister Dmitry Medvedev in Sochi in February 2019. ";
        AnalyzedArticle herald = account("Minsk Herald", "2023-05-12", HERALD.text() + " " + recalled);
        AnalyzedArticle wire = account("Eastern Wire", "2023-05-12", WIRE.text() + " " + recalled);
        List<Discrepancy> found = omissions(herald, wire, statements("2023-05-12"));
        assertTrue(about(found, "Medvedev").isEmpty(), shown(found));
        assertEquals(1, about(found, "Golovchenko").size(), shown(found));
    }

    @Test
    void aidesListedInTheDelegationAreNoSideMeeting() {
        AnalyzedArticle herald = account("Minsk Herald", "2023-05-12", "Vladimir Putin ended a two-day visit to Minsk on Friday after "
                + "talks with Alexander Lukashenko on gas prices and a joint budget. "
                + "Putin's delegation included Foreign Minister Sergei Lavrov and Deputy Prime Minister Alexei Overchuk. "
                + "On Friday morning, May 12, Putin held talks with Roman Golovchenko, the Belarusian prime minister, on fuel supplies. "
                + "The two presidents then signed a plan for the union's economy until 2026. "
                + "Lukashenko thanked his guest for the loans of recent years. "
                + "The next meeting is planned for the autumn.");
        AnalyzedArticle wire = account("Eastern Wire", "2023-05-12", "Russian President Vladimir Putin and Belarusian President "
                + "Alexander Lukashenko agreed in Minsk on a common plan for the union's economy. "
                + "Putin attends a meeting with Belarusian Prime Minister Roman Golovchenko in Minsk, Belarus, May 12, 2023. "
                + "Putin held talks with Lukashenko in an expanded format, with Foreign Minister Sergei Lavrov in the Russian delegation. "
                + "The leaders spent much of the second day on the price Belarus pays for Russian gas. "
                + "No agreement on the price was announced. "
                + "Lukashenko said his country would keep buying Russian fuel.");
        List<Discrepancy> found = omissions(herald, wire, statements("2023-05-12"));
        assertTrue(about(found, "Lavrov").isEmpty(), shown(found));
        assertEquals(1, about(found, "Golovchenko").size(), shown(found));
    }
}
