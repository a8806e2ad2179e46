package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
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
 * A leader addressed in a transcript by an office he does not hold ("Madam President" to a prime minister),
 * with the real analyzer and sentence model; and the look-alikes that must stay silent. Every account here is
 * written for this test.
 */
class AddressedOfficeTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, OffsetDateTime.parse("2024-03-12T12:00:00Z"),
                null, null, text, SourceFormat.TEXT, outlet));
    }

    private static List<Discrepancy> addressed(AnalyzedArticle... accounts) {
        ComparisonReport r = Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
        return Accounts.discrepancies(r, DiscrepancyType.ENTITY).stream().filter(d -> d.summary().contains("addressed as")).toList();
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String WIRE = "French President Emmanuel Macron hosted Italian Prime Minister Giorgia Meloni at the Elysee Palace "
            + "in Paris on Tuesday for talks on migration and on aid to Ukraine. The two leaders agreed to meet again in Rome before the summer.";

    private static final String WIRE_SEOUL = "French President Emmanuel Macron hosted South Korean President Yoon Suk Yeol at the Elysee Palace "
            + "in Paris on Tuesday for talks on nuclear energy and on aid to Ukraine. The two leaders agreed to meet again in Seoul in the autumn.";

    @Test
    void aPrimeMinisterGreetedAsPresidentInATwoVoiceTranscriptIsALowEntity() {
        List<Discrepancy> found = addressed(
                account("Palace Press Office", "Remarks before the working lunch\n\n"
                        + "PRESIDENT MACRON: Well, Madam President, welcome back to Paris. We have a long list for lunch, migration first.\n\n"
                        + "PRIME MINISTER MELONI: Thank you, Mr. President. I am glad to be here, and I expect we will find common ground.\n"),
                account("Continental Wire", WIRE));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertEquals(Severity.LOW, found.get(0).severity());
        assertTrue(found.get(0).summary().contains("addressed as President") && found.get(0).summary().contains("Prime Minister"),
                found.get(0).summary());
        assertTrue(ev.contains("Madam President, welcome") && ev.contains("Italian Prime Minister Giorgia Meloni"), ev);
    }

    @Test
    void twoPresidentsCallingEachOtherMrPresidentStaySilent() {
        List<Discrepancy> found = addressed(
                account("Palace Press Office", "Remarks before the talks\n\n"
                        + "PRESIDENT MACRON: Mr. President, welcome to Paris. We have much to discuss on reactors and on Ukraine.\n\n"
                        + "PRESIDENT YOON SUK YEOL: Thank you, Mr. President. It is an honour to be here again.\n"),
                account("Continental Wire", WIRE_SEOUL));
        assertTrue(found.isEmpty(), evidence(found));
    }

    @Test
    void anAddressInAThreeVoiceTranscriptWithoutANameStaysSilent() {
        // the host greets the third leader present: nothing says the prime minister was the one addressed
        List<Discrepancy> found = addressed(
                account("Palace Press Office", "Remarks before the trilateral lunch\n\n"
                        + "PRESIDENT MACRON: Mr. President, welcome to Paris, and thank you for making the trip.\n\n"
                        + "PRESIDENT BIDEN: Thank you. It is good to be back in France.\n\n"
                        + "PRIME MINISTER MELONI: Thank you both. I expect we will find common ground.\n"),
                account("Continental Wire", WIRE + " U.S. President Joe Biden joined them for lunch."));
        assertTrue(found.isEmpty(), evidence(found));
    }

    @Test
    void aNameAfterTheAddressSaysWhoIsAddressedAmongThreeVoices() {
        List<Discrepancy> found = addressed(
                account("Palace Press Office", "Remarks before the trilateral lunch\n\n"
                        + "PRESIDENT MACRON: Madam President Meloni, welcome to Paris, and thank you for making the trip.\n\n"
                        + "PRESIDENT BIDEN: Thank you. It is good to be back in France.\n\n"
                        + "PRIME MINISTER MELONI: Thank you both. I expect we will find common ground.\n"),
                account("Continental Wire", WIRE + " U.S. President Joe Biden joined them for lunch."));
        String ev = evidence(found);
        assertEquals(1, found.size(), ev);
        assertTrue(ev.contains("Madam President Meloni, welcome") && ev.contains("Italian Prime Minister Giorgia Meloni"), ev);
    }

    @Test
    void aThirdLeaderNamedInTheTranscriptMayBeTheOneAddressedThoughOnlyTwoSpeak() {
        // the page stops before the Ukrainian president speaks: the host's "Mr. President" is for him, not for the prime minister
        List<Discrepancy> found = addressed(
                account("Palace Press Office", "Remarks with Prime Minister Giorgia Meloni and President Volodymyr Zelensky on support for Ukraine\n\n"
                        + "PRIME MINISTER MELONI: We are here to sign a declaration of long-term support. Our backing will not waver.\n\n"
                        + "PRESIDENT MACRON: Thank you. Today every ally agreed that the path is open. I hope that is good news for you, Mr. President.\n"),
                account("Continental Wire", WIRE + " Ukrainian President Volodymyr Zelensky joined them to sign a declaration of support."));
        assertTrue(found.isEmpty(), evidence(found));
    }

    @Test
    void aTitleMentionedInPassingIsNoAddress() {
        // "as Mr. President said" speaks of someone, it does not speak to anyone
        List<Discrepancy> found = addressed(
                account("Palace Press Office", "Remarks before the working lunch\n\n"
                        + "PRESIDENT MACRON: We spoke yesterday, and as Mr. President said in Rome last week, the borders are a shared task.\n\n"
                        + "PRIME MINISTER MELONI: Thank you. I am glad to be here, and I expect we will find common ground.\n"),
                account("Continental Wire", WIRE));
        assertTrue(found.isEmpty(), evidence(found));
    }
}
