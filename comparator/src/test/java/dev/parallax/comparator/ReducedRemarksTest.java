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
 * A leader's remarks at a signing ceremony that the host's summary reduces to "also made statements" while a news
 * report and the guest's transcript each give something of what he said (different parts, so no one statement of his is
 * carried by two sources), with the real analyzer and sentence model. Stays silent when the
 * summary says what the remarks were about, and when only one source gives his words. Every account here is written
 * for this test; the ceremony is invented.
 */
class ReducedRemarksTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2031-05-03T18:00:00Z"), null, null, text,
                SourceFormat.TEXT, outlet));
    }

    private static List<Discrepancy> reduced(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.OMISSION).stream().filter(d -> d.summary().contains(" said left out by ")).toList();
    }

    private static String shown(List<Discrepancy> found) {
        return found.stream().map(d -> d.summary() + " :: " + String.join(" | ", d.evidence().stream().map(s -> s.text()).toList())).toList().toString();
    }

    private static final String MENTION = "Then, President Emmanuel Macron and Chancellor Olaf Scholz also made statements.";

    private static String summary(String mention) {
        return "On May 3, the leaders of the coastal states met in Lisbon for a ceremony to sign the Atlantic Fisheries Accord. "
                + "Prime Minister Luis Montenegro, speaking as host, said he was proud to open the signing. "
                + "Montenegro stated that the accord sets common catch limits for the next ten years. "
                + "He added that the accord is open to any state that fishes in the Atlantic. "
                + mention + " "
                + "The ceremony ended with a photograph of the leaders on the steps of the palace.";
    }

    private static final String NEWS = "Leaders signed the Atlantic Fisheries Accord at a ceremony in Lisbon on Saturday. "
            + "Portuguese Prime Minister Luis Montenegro said the accord sets common catch limits for ten years. "
            + "He said any state fishing in the Atlantic may join it. "
            + "French President Emmanuel Macron said France would send two patrol ships to enforce the limits. "
            + "German Chancellor Olaf Scholz said the limits would be checked by a joint inspection service. "
            + "The leaders then posed for a photograph.";

    private static final String TRANSCRIPT = "Remarks at the signing of the Atlantic Fisheries Accord, Lisbon\n\n"
            + "Prime Minister Montenegro. I am proud to open this signing. The accord sets common catch limits for the next ten years. "
            + "It is open to any state that fishes in the Atlantic.\n\n"
            + "President Macron. Thank you, Luis. This accord proves that Europe can protect its fishermen and its seas at the same time. "
            + "We will now make it work on every quay.";

    @Test
    void remarksOneSummaryReducesToAMentionWhileTwoSourcesGiveThemAreLeftOut() {
        List<Discrepancy> found = reduced(account("Office of the Prime Minister", summary(MENTION)), account("Lisbon Daily", NEWS),
                account("Elysee Transcripts", TRANSCRIPT));
        assertEquals(1, found.size(), shown(found));
        Discrepancy d = found.get(0);
        assertTrue(d.summary().contains("Macron") && d.summary().contains("left out by Office of the Prime Minister"), shown(found));
        String ev = Accounts.evidenceText(d);
        assertTrue(ev.contains("also made statements") && ev.contains("two patrol ships")
                && ev.contains("Europe can protect its fishermen"), shown(found));
    }

    @Test
    void aMentionThatSaysWhatTheRemarksWereAboutStaysSilent() {
        String told = "Then, President Emmanuel Macron and Chancellor Olaf Scholz also made statements welcoming the new catch limits.";
        List<Discrepancy> found = reduced(account("Office of the Prime Minister", summary(told)), account("Lisbon Daily", NEWS),
                account("Elysee Transcripts", TRANSCRIPT));
        assertEquals(List.of(), found, shown(found));
    }

    @Test
    void remarksOnlyOneSourceGivesStaySilent() {
        // Scholz's words are in the news report only: one source's choice, not a reduction the others show
        List<Discrepancy> found = reduced(account("Office of the Prime Minister", summary(MENTION)), account("Lisbon Daily", NEWS),
                account("Elysee Transcripts", TRANSCRIPT));
        assertTrue(found.stream().noneMatch(d -> d.summary().contains("Scholz said")), shown(found));
    }

    @Test
    void hisWordsAtAnotherOccasionOfTheDayCarryNothing() {
        // the guest's remarks before his bilateral talks with the host: his words, but not at the ceremony
        AnalyzedArticle bilateral = account("Elysee Transcripts", "Remarks before a bilateral meeting, Lisbon\n\n"
                + "Prime Minister Montenegro. Welcome to my residence, Emmanuel.\n\n"
                + "President Macron. Thank you for having me here this afternoon. We have a lot to discuss on energy. "
                + "The new power line across the Pyrenees must be built faster, and I want us to agree on a date today.");
        List<Discrepancy> found = reduced(account("Office of the Prime Minister", summary(MENTION)), account("Lisbon Daily", NEWS), bilateral);
        assertEquals(List.of(), found, shown(found));
    }
}
